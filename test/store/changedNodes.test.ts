import { createIdGenerator, createQueryStore, parseQuery } from '../../src/index';
import type { ExpressionClause, Group, JsonObject } from '../../src/index';
import { changedNodeIds } from '../../src/store/changedNodes';
import { nodeSubscriptions } from '../../src/store/nodeSubscriptions';
import { cnf } from '../arrange/support';

function storeOf(json: JsonObject) {
  const ids = createIdGenerator('c');
  return createQueryStore({ initial: parseQuery(json, { idGenerator: ids }).query!, idGenerator: ids });
}

const groups = (store: ReturnType<typeof storeOf>) => (store.getState().query as Group).children as Group[];

describe('which nodes an edit changes', () => {
  it('given a clause edited, then the changed nodes are the clause and the groups above it', () => {
    const store = storeOf(cnf(['A', 'B'], ['C', 'D']));
    const before = store.getState();
    const [, second] = groups(store);
    const clause = second!.children[1] as ExpressionClause;
    store.getState().update(clause.id, (node) => ({ ...node, event: 'DX' }) as ExpressionClause);

    expect([...changedNodeIds(before, store.getState())].sort()).toEqual([before.query.id, second!.id, clause.id].sort());
  });

  it('given a clause moved up, then every member of its group counts as changed (their places moved)', () => {
    const store = storeOf(cnf(['A', 'B', 'C'], ['D']));
    const before = store.getState();
    const [first] = groups(store);
    const [a, b, c] = first!.children;
    store.getState().move(c!.id, first!.id, 0);

    expect(changedNodeIds(before, store.getState())).toEqual(new Set([before.query.id, first!.id, a!.id, b!.id, c!.id]));
  });

  it('given an edit that makes a clause invalid, then its groups count as changed for their issue counts', () => {
    const store = storeOf(cnf(['A'], ['B']));
    const before = store.getState();
    const [, second] = groups(store);
    const clause = second!.children[0] as ExpressionClause;
    store.getState().update(clause.id, (node) => ({ ...node, event: '' }) as ExpressionClause);

    const changed = changedNodeIds(before, store.getState());
    expect(store.getState().issueIndex.get(clause.id)?.length).toBeGreaterThan(0);
    expect(changed).toContain(clause.id);
    expect(changed).toContain(second!.id);
    expect(changed).not.toContain(groups(store)[0]!.children[0]!.id);
  });
});

describe('per-node subscriptions', () => {
  it('given listeners on two clauses, when one clause is edited, then only its listener is called', () => {
    const store = storeOf(cnf(['A', 'B'], ['C']));
    const [first, second] = groups(store);
    const edited = vi.fn();
    const other = vi.fn();
    const subscribe = nodeSubscriptions(store);
    const stopEdited = subscribe(first!.children[1]!.id, edited);
    const stopOther = subscribe(second!.children[0]!.id, other);
    store.getState().update(first!.children[1]!.id, (node) => ({ ...node, event: 'BX' }) as ExpressionClause);

    expect(edited).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
    stopEdited();
    stopOther();
    store.getState().update(first!.children[1]!.id, (node) => ({ ...node, event: 'BY' }) as ExpressionClause);
    expect(edited).toHaveBeenCalledTimes(1);
  });
});
