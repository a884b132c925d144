/**
 * The id index of a query: where each node with an id sits. Built once per root object, and after
 * an edit derived from the index of the query before it, so a keystroke in one clause of 500
 * costs the path it changed, not a walk of the whole tree.
 */
import type { AnyNode, NodeId } from './ast';
import { childrenOf, type Layer } from './children';
import type { PathSegment } from './issues';
import { PersistentMap, type MapDraft } from './persistentMap';

/** Where a node sits in a query: its parent's id, its relative path and its layer. */
export interface NodeEntry {
  node: AnyNode;
  /**
   * The id of the nearest node with an id that holds it; undefined for the root. An id, not the
   * parent object: an edit replaces the objects on its path, and entries naming their parent by
   * id stay true for every untouched sibling, so the next index can share them.
   */
  parentId: NodeId | undefined;
  segments: readonly PathSegment[];
  layer: Layer;
}

/** Lookups of the index of one query. */
export interface NodeIndex {
  get(id: NodeId): NodeEntry | undefined;
  has(id: NodeId): boolean;
  readonly size: number;
}

interface Indexed {
  map: PersistentMap<NodeEntry>;
  /** False when the tree repeats an id (a hand-built tree): such an index is never derived from. */
  unique: boolean;
  /** The root this index was derived from, and the ids whose entries the edit changed. */
  from?: { root: AnyNode; changed: ReadonlySet<NodeId> };
}

// Queries are immutable, so one index per root object serves every lookup until the next edit;
// a WeakMap lets old roots (and the parts of their indexes no other root shares) be collected.
// A cache of a pure function of immutable objects: it changes no result, only what a lookup costs.
const indexes = new WeakMap<AnyNode, Indexed>();

const ROOT_SEGMENTS: readonly PathSegment[] = Object.freeze([]);

// Adds a subtree in document order; false when one of its ids is already there.
function addSubtree(draft: MapDraft<NodeEntry>, top: NodeEntry): boolean {
  let unique = true;
  const stack: NodeEntry[] = [top];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (draft.get(entry.node.id)) {
      // The first of a repeated id wins, as in document order.
      unique = false;
      continue;
    }
    draft.set(entry.node.id, entry);
    const children = childrenOf(entry.node);
    // Reversed, so siblings are indexed in document order.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      stack.push({ node: child.node, parentId: entry.node.id, segments: child.segments, layer: child.layer });
    }
  }
  return unique;
}

function build(query: AnyNode): Indexed {
  let unique = true;
  const map = PersistentMap.empty<NodeEntry>().batch((draft) => {
    unique = addSubtree(draft, { node: query, parentId: undefined, segments: ROOT_SEGMENTS, layer: layerOfRoot(query) });
  });
  return { map, unique };
}

const sameSegments = (a: readonly PathSegment[], b: readonly PathSegment[]) => a.length === b.length && a.every((s, i) => s === b[i]);

// Walks the two trees together, stopping wherever an object is shared and sits where it sat. Ids
// that left are deleted before new subtrees go in, so a node that moved is found at its new place.
function derive(before: AnyNode, previous: PersistentMap<NodeEntry>, after: AnyNode): Indexed {
  const removed: AnyNode[] = [];
  const added: NodeEntry[] = [];
  const changed = new Set<NodeId>();
  let unique = true;
  const map = previous.batch((draft) => {
    const place = (entry: NodeEntry) => {
      const known = draft.get(entry.node.id);
      const same = known && known.node === entry.node && known.parentId === entry.parentId && known.layer === entry.layer && sameSegments(known.segments, entry.segments);
      if (same) return;
      draft.set(entry.node.id, entry);
      changed.add(entry.node.id);
    };
    const sync = (was: AnyNode, entry: NodeEntry) => {
      const now = entry.node;
      if (was.id !== now.id) {
        removed.push(was);
        added.push(entry);
        return;
      }
      place(entry);
      if (was !== now) syncChildren(was, now);
    };
    const syncChildren = (was: AnyNode, now: AnyNode) => {
      // Groups keep their members in place on most edits: compare the arrays, allocate nothing.
      if (
        (was.kind === 'group' || was.kind === 'where-group') &&
        was.kind === now.kind &&
        was.combinator === now.combinator &&
        was.children.length === now.children.length &&
        was.children.every((child, i) => child.id === now.children[i]!.id)
      ) {
        const layer: Layer = now.kind === 'group' ? 'query' : 'where';
        now.children.forEach((child, i) => {
          const old = was.children[i]!;
          if (old !== child) sync(old, { node: child, parentId: now.id, segments: [now.combinator, i], layer });
        });
        return;
      }
      const byId = new Map(childrenOf(was).map((slot) => [slot.node.id, slot.node]));
      for (const slot of childrenOf(now)) {
        const entry: NodeEntry = { node: slot.node, parentId: now.id, segments: slot.segments, layer: slot.layer };
        const old = byId.get(slot.node.id);
        byId.delete(slot.node.id);
        // Members added, removed or reordered: each member's place among its siblings may differ.
        changed.add(slot.node.id);
        if (old) sync(old, entry);
        else added.push(entry);
      }
      removed.push(...byId.values());
    };
    sync(before, { node: after, parentId: undefined, segments: ROOT_SEGMENTS, layer: layerOfRoot(after) });
    for (const node of removed) collectSubtree(node, changed, (id) => draft.delete(id));
    for (const entry of added) {
      unique = addSubtree(draft, entry) && unique;
      collectSubtree(entry.node, changed);
    }
  });
  return { map, unique, from: { root: before, changed } };
}

function collectSubtree(node: AnyNode, out: Set<NodeId>, each?: (id: NodeId) => void): void {
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    out.add(next.id);
    each?.(next.id);
    for (const slot of childrenOf(next)) stack.push(slot.node);
  }
}

// A where tree may be a root of its own (ops edit it without a clause around it).
function layerOfRoot(root: AnyNode): Layer {
  return root.kind === 'where-condition' || root.kind === 'where-group' ? 'where' : 'query';
}

/** The id index of a query (or of any subtree as a root), built once per root object (the first id wins if ids repeat). */
export function indexQuery(query: AnyNode): NodeIndex {
  let indexed = indexes.get(query);
  if (!indexed) indexes.set(query, (indexed = build(query)));
  return indexed.map;
}

/**
 * Indexes `after`, a tree made from `before` by an edit, from the index of `before` when there is
 * one (the walk stops at every subtree the edit shared), and returns the ids whose entries differ:
 * the node object, its parent, its path or its place among its siblings. Undefined when that is
 * not known (`before` was never indexed, or repeats an id): treat every id as changed. Ops call it
 * on each edit, and the store asks again for the same pair at no cost.
 */
export function indexAfterEdit(before: AnyNode, after: AnyNode): ReadonlySet<NodeId> | undefined {
  if (before === after) return EMPTY_IDS;
  const known = indexes.get(after);
  if (known?.from?.root === before) return known.from.changed;
  const previous = indexes.get(before);
  if (!previous?.unique) return undefined;
  const derived = derive(before, previous.map, after);
  // A tree that repeats an id is indexed afresh, so that the first of the id wins as it always has.
  if (!known && derived.unique) indexes.set(after, derived);
  return derived.unique ? derived.from!.changed : undefined;
}

const EMPTY_IDS: ReadonlySet<NodeId> = new Set();
