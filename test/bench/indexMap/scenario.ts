// The store-level edits the index-map bench times, at 500 clauses x 5 where conditions. Bundled
// twice (../indexMap.ts), once with each map behind the node index; nothing here knows which.
import type { NodeId, Query, WhereCondition, WhereGroup } from '../../../src/query/ast';
import { indexQuery } from '../../../src/query/nodeIndex';
import { walkQuery } from '../../../src/query/walk';
import { parseQuery } from '../../../src/serialize/parse';
import { createQueryStore, type QueryStore } from '../../../src/store/createQueryStore';
import { cohortQuery } from '../fixtures';
import { EDITED, SCENARIO } from '../pages/scenario';

/** A fresh AST of the scenario's query (new objects, so no index is cached for it yet). */
export function freshQuery(): Query {
  const { query, issues } = parseQuery(cohortQuery(SCENARIO.clauses, SCENARIO.conditions, SCENARIO.perGroup));
  if (!query) throw new Error(`the bench query does not parse: ${issues[0]?.message}`);
  return query;
}

/** One store on the scenario's query, with the ids the edits need. */
export interface Editing {
  store: QueryStore;
  clauses: NodeId[];
  groups: NodeId[];
  keystroke(clause?: NodeId): void;
  move(): void;
  undo(): void;
}

/** The where tree of a clause with its `EDITED.condition`-th condition's property one letter longer. */
function typed(store: QueryStore, clauseId: NodeId): WhereGroup {
  const clause = indexQuery(store.getState().query).get(clauseId)!.node as { where: WhereGroup };
  const at = EDITED.condition - 1;
  const condition = clause.where.children[at] as WhereCondition;
  const children = clause.where.children.slice();
  children[at] = { ...condition, property: `${condition.property}a` };
  return { ...clause.where, children };
}

/** A store to edit: keystrokes in one clause, moves of one clause between two groups, undo. */
export function editing(query = freshQuery()): Editing {
  const store = createQueryStore({ initial: query });
  const clauses: NodeId[] = [];
  const groups: NodeId[] = [];
  walkQuery(query, (node, _path, parent) => {
    if (node.kind === 'expression') clauses.push(node.id);
    if (node.kind === 'group' && parent) groups.push(node.id);
  });
  const edited = clauses[(EDITED.group - 1) * SCENARIO.perGroup + EDITED.clause - 1]!;
  const [from, to] = [groups[EDITED.group - 1]!, groups[EDITED.group]!];
  let moved = false;
  return {
    store,
    clauses,
    groups,
    // What the property input does on a key: the clause's where tree, one condition changed.
    keystroke: (clause = edited) => store.getState().setField(clause, 'where', typed(store, clause)),
    // What a drop does: the clause to the other group and back, one step each.
    move: () => {
      store.getState().moveTo(edited, moved ? { parentId: from, index: EDITED.clause - 1 } : { parentId: to, index: 0 });
      moved = !moved;
    },
    undo: () => {
      if (!store.getState().undo()) throw new Error('nothing to undo');
    },
  };
}

/** Builds the index of a query nobody indexed yet (what a mount or a foreign value costs). */
export function buildIndex(query: Query): number {
  return indexQuery(query).size;
}
