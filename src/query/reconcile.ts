/**
 * A whole new query (typed as JSON, a template) set against the one it replaces, so that what did
 * not change keeps its identity: a clause (or group, or where condition) equal to one of the old
 * query, ids aside, is that old node, object and id, so its focus, fold state and card survive and
 * per-node selectors see no change. A group that changed keeps the id of the group in its place.
 */
import type { AnyNode, JsonValue, NodeId, Query } from './ast';
import { childrenOf, replaceChild, type Layer } from './children';

// Sorted keys, so that equal JSON is one string whatever order its keys were written in.
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/**
 * What a node says, ids aside, as a number: equal numbers for nodes that write the same JSON. A
 * node's own fields are written out and its child nodes stand as their numbers, so the strings stay
 * the size of one node however deep the tree.
 */
function keyMaker(): (node: AnyNode) => number {
  const known = new Map<AnyNode, number>();
  const interned = new Map<string, number>();
  // Fields that hold nodes (`children`, `where`) or conditions that may hold where trees; the rest
  // (`json` of a raw node, `extra`, comparisons, windows) is plain data.
  const fields = (object: Record<string, unknown>): string => {
    const keys = Object.keys(object).filter((key) => key !== 'id' && object[key] !== undefined).sort();
    let out = '';
    for (const key of keys) {
      const value = object[key];
      if (key === 'children') out += `children:[${(value as AnyNode[]).map(keyOf).join(',')}];`;
      else if (key === 'where') out += `where:${keyOf(value as AnyNode)};`;
      else if (key === 'condition' && (value as { kind?: string }).kind === 'function') out += `condition:{${fields(value as Record<string, unknown>)}};`;
      else out += `${key}:${canonicalJson(value as JsonValue)};`;
    }
    return out;
  };
  const keyOf = (node: AnyNode): number => {
    let key = known.get(node);
    if (key === undefined) {
      const text = fields(node as unknown as Record<string, unknown>);
      key = interned.get(text);
      if (key === undefined) interned.set(text, (key = interned.size));
      known.set(node, key);
    }
    return key;
  };
  return keyOf;
}

interface Placed {
  node: AnyNode;
  layer: Layer;
}

// The nodes of a tree level by level (a parent before anything deeper), query nodes before where nodes.
function byLayerAndDepth(root: AnyNode): Placed[] {
  const query: Placed[] = [];
  const where: Placed[] = [];
  let level: Placed[] = [{ node: root, layer: 'query' }];
  while (level.length > 0) {
    const next: Placed[] = [];
    for (const placed of level) {
      (placed.layer === 'query' ? query : where).push(placed);
      for (const slot of childrenOf(placed.node)) next.push({ node: slot.node, layer: slot.layer });
    }
    level = next;
  }
  return [...query, ...where];
}

function subtreeIds(node: AnyNode): NodeId[] {
  const out: NodeId[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    out.push(current.id);
    for (const slot of childrenOf(current)) stack.push(slot.node);
  }
  return out;
}

const isGroup = (node: AnyNode) => node.kind === 'group' || node.kind === 'where-group';

/**
 * `next` with the nodes of `previous` kept where they still stand: a node of `next` equal to one of
 * `previous` (ids aside, key order ignored) becomes that node, object and id, each old node used
 * once, in document order, larger parts first (groups before clauses before where nodes); a group
 * that changed takes the id of the old group in its place when no other node holds it. The JSON is
 * `next`'s, and ids stay unique as long as `next`'s own ids are not ids of `previous` (give it
 * fresh ones). Returns `previous` itself when the two are equal.
 */
export function reconcileQuery(previous: Query, next: Query): Query {
  const keyOf = keyMaker();
  // Old nodes by what they say, in document order; `next` is the first that may still be free.
  const candidates = new Map<string, { nodes: AnyNode[]; next: number }>();
  for (const { node, layer } of byLayerAndDepth(previous)) {
    const key = `${layer}${keyOf(node)}`;
    const list = candidates.get(key);
    if (list) list.nodes.push(node);
    else candidates.set(key, { nodes: [node], next: 0 });
  }
  // Ids of old nodes in use: whole subtrees of exact matches, then groups kept in place.
  const taken = new Set<NodeId>();
  const matched = new Map<AnyNode, AnyNode>();
  const skipped = new Set<AnyNode>();
  for (const { node, layer } of byLayerAndDepth(next)) {
    if (skipped.has(node)) {
      for (const slot of childrenOf(node)) skipped.add(slot.node);
      continue;
    }
    const list = candidates.get(`${layer}${keyOf(node)}`);
    if (!list) continue;
    // Candidates taken whole stay taken: skip them once.
    while (list.next < list.nodes.length && taken.has(list.nodes[list.next]!.id)) list.next++;
    let old: AnyNode | undefined;
    for (let i = list.next; i < list.nodes.length && !old; i++) {
      const candidate = list.nodes[i]!;
      if (!taken.has(candidate.id) && subtreeIds(candidate).every((id) => !taken.has(id))) old = candidate;
    }
    if (!old) continue;
    for (const id of subtreeIds(old)) taken.add(id);
    matched.set(node, old);
    for (const slot of childrenOf(node)) skipped.add(slot.node);
  }

  // Rebuilds `node` with its matches in place; `counterpart` is the old node in its place.
  const rebuild = (node: AnyNode, counterpart: AnyNode | undefined): AnyNode => {
    const old = matched.get(node);
    if (old) return old;
    let out = node;
    if (counterpart && isGroup(node) && counterpart.kind === node.kind && !taken.has(counterpart.id)) {
      taken.add(counterpart.id);
      out = { ...node, id: counterpart.id };
    }
    const oldSlots = counterpart && counterpart.kind === node.kind ? childrenOf(counterpart) : [];
    childrenOf(node).forEach((slot, i) => {
      // Members by position; a clause's where tree by its slot.
      const inPlace = isGroup(node) ? oldSlots[i]?.node : oldSlots.find((o) => o.segments.join('\u0000') === slot.segments.join('\u0000'))?.node;
      const child = rebuild(slot.node, inPlace);
      if (child !== slot.node) out = replaceChild(out, slot.node, child);
    });
    return out;
  };
  return rebuild(next, previous) as Query;
}
