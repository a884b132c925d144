import { createIdGenerator, createQueryStore, parseQuery } from '../../src/index';
import type { ExpressionClause, Group, JsonObject } from '../../src/index';
import { changedIds } from '../../src/store/nodeListeners';
import { cnf } from '../arrange/support';

function storeOf(json: JsonObject) {
  const ids = createIdGenerator('c');
  return createQueryStore({ initial: parseQuery(json, { idGenerator: ids }).query!, idGenerator: ids });
}

const groups = (store: ReturnType<typeof storeOf>) => (store.getState().query as Group).children as Group[];

describe('which nodes an edit changes (the index diff, plus issue changes)', () => {
  it('given a clause edited, then the changed nodes are the clause and the groups above it', () => {
    const store = storeOf(cnf(['A', 'B'], ['C', 'D']));
    const before = store.getState();
    const [, second] = groups(store);
    const clause = second!.children[1] as ExpressionClause;
    store.getState().setField(clause.id, 'event', 'DX');

    expect([...changedIds(before, store.getState())!].sort()).toEqual([before.query.id, second!.id, clause.id].sort());
  });

  it('given a clause moved up, then every member of its group counts as changed (their places moved)', () => {
    const store = storeOf(cnf(['A', 'B', 'C'], ['D']));
    const before = store.getState();
    const [first] = groups(store);
    const [a, b, c] = first!.children;
    store.getState().moveTo(c!.id, { parentId: first!.id, index: 0 });

    expect(changedIds(before, store.getState())).toEqual(new Set([before.query.id, first!.id, a!.id, b!.id, c!.id]));
  });

  it('given an edit that makes a clause invalid, then its groups count as changed for their issue counts', () => {
    const store = storeOf(cnf(['A'], ['B']));
    const before = store.getState();
    const [, second] = groups(store);
    const clause = second!.children[0] as ExpressionClause;
    store.getState().setField(clause.id, 'event', '');

    const changed = changedIds(before, store.getState());
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
    const subscribe = store.subscribeNode;
    const stopEdited = subscribe(first!.children[1]!.id, edited);
    const stopOther = subscribe(second!.children[0]!.id, other);
    store.getState().setField(first!.children[1]!.id, 'event', 'BX');

    expect(edited).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
    stopEdited();
    stopOther();
    store.getState().setField(first!.children[1]!.id, 'event', 'BY');
    expect(edited).toHaveBeenCalledTimes(1);
  });
});

describe('per-node subscriptions belong to the store instance', () => {
  it('given two stores over the same query, when one is edited, then the listeners of the other are not called', () => {
    const json = cnf(['A', 'B']);
    const one = storeOf(json);
    const two = storeOf(json);
    const id = groups(one)[0]!.children[0]!.id;
    expect(groups(two)[0]!.children[0]!.id).toBe(id);
    const heardOne = vi.fn();
    const heardTwo = vi.fn();
    one.subscribeNode(id, heardOne);
    two.subscribeNode(id, heardTwo);
    one.getState().setField(id, 'event', 'AX');
    expect(heardOne).toHaveBeenCalledTimes(1);
    expect(heardTwo).not.toHaveBeenCalled();
  });

  it('given an undo across several edits, then exactly the nodes it changes are told, and none of the others', () => {
    const store = storeOf(cnf(['A', 'B'], ['C', 'D']));
    const [first, second] = groups(store);
    const listeners = new Map([first!, second!].flatMap((group) => group.children).map((clause) => [clause.id, vi.fn()]));
    for (const [id, listener] of listeners) store.subscribeNode(id, listener);
    const edited = first!.children[0]!.id;
    store.getState().setField(edited, 'event', 'A1');
    store.getState().setField(second!.children[1]!.id, 'event', 'D1');
    for (const listener of listeners.values()) listener.mockClear();
    store.getState().undo();
    store.getState().undo();
    expect([...listeners].filter(([, l]) => l.mock.calls.length > 0).map(([id]) => id).sort()).toEqual([edited, second!.children[1]!.id].sort());
  });
});
