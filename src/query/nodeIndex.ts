/**
 * The id index of a query: where each node with an id sits. Built once per root object, and after
 * an edit derived from the index of the query before it, so a keystroke in one clause of 500
 * costs the path it changed, not a walk of the whole tree.
 */
import type { AnyNode, NodeId, Query } from './ast';
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
}

// Queries are immutable, so one index per root object serves every lookup until the next edit;
// a WeakMap lets old roots (and the parts of their indexes no other root shares) be collected.
const indexes = new WeakMap<Query, Indexed>();

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

function removeSubtree(draft: MapDraft<NodeEntry>, node: AnyNode): void {
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    draft.delete(next.id);
    for (const slot of childrenOf(next)) stack.push(slot.node);
  }
}

function build(query: Query): Indexed {
  let unique = true;
  const map = PersistentMap.empty<NodeEntry>().batch((draft) => {
    unique = addSubtree(draft, { node: query, parentId: undefined, segments: ROOT_SEGMENTS, layer: 'query' });
  });
  return { map, unique };
}

const sameSegments = (a: readonly PathSegment[], b: readonly PathSegment[]) => a.length === b.length && a.every((s, i) => s === b[i]);

// Walks the two trees together, stopping wherever an object is shared and sits where it sat. Ids
// that left are deleted before new subtrees go in, so a node that moved is found at its new place.
function derive(before: Query, previous: PersistentMap<NodeEntry>, after: Query): Indexed | undefined {
  const removed: AnyNode[] = [];
  const added: NodeEntry[] = [];
  let unique = true;
  const map = previous.batch((draft) => {
    const place = (entry: NodeEntry) => {
      const known = draft.get(entry.node.id);
      const same = known && known.node === entry.node && known.parentId === entry.parentId && known.layer === entry.layer && sameSegments(known.segments, entry.segments);
      if (!same) draft.set(entry.node.id, entry);
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
        if (old) sync(old, entry);
        else added.push(entry);
      }
      removed.push(...byId.values());
    };
    sync(before, { node: after, parentId: undefined, segments: ROOT_SEGMENTS, layer: 'query' });
    for (const node of removed) removeSubtree(draft, node);
    for (const entry of added) unique = addSubtree(draft, entry) && unique;
  });
  return unique ? { map, unique } : undefined;
}

/** The id index of a query, built once per root object (the first id wins if ids repeat). */
export function indexQuery(query: Query): NodeIndex {
  let indexed = indexes.get(query);
  if (!indexed) indexes.set(query, (indexed = build(query)));
  return indexed.map;
}

/**
 * Indexes `after`, a query made from `before` by an edit, from the index of `before` when there is
 * one: the walk stops at every subtree the edit shared. Ops and the store call it on each edit;
 * it changes no result, only what the next `indexQuery(after)` costs.
 */
export function indexAfterEdit(before: Query, after: Query): void {
  if (before === after || indexes.has(after)) return;
  const previous = indexes.get(before);
  if (!previous?.unique) return;
  // A tree that repeats an id is indexed afresh, so that the first of the id wins as it always has.
  const derived = derive(before, previous.map, after);
  if (derived) indexes.set(after, derived);
}
