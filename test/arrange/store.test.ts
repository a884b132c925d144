import { createIdGenerator, createQueryStore, parseQuery, serializeQuery } from '../../src/index';
import type { Group, JsonObject, Query } from '../../src/index';
import { applyArrange, checkArrange, checkMove, foldableIds, moveDestinations, positionOf } from '../../src/query/arrange';
import { cnf, eventsOf } from './support';

function storeOf(json: JsonObject, historyLimit?: number) {
  const ids = createIdGenerator('s');
  const { query } = parseQuery(json, { idGenerator: ids });
  return createQueryStore({ initial: query!, idGenerator: ids, historyLimit });
}

const group = (query: Query, at: number) => (query as Group).children[at] as Group;
const json = (store: ReturnType<typeof storeOf>) => serializeQuery(store.getState().query);

describe('arrange rules (the AND-of-ORs shape)', () => {
  const query = parseQuery(cnf(['A', 'B'], ['C']), { idGenerator: createIdGenerator('r') }).query!;
  const g1 = group(query, 0);
  const g2 = group(query, 1);

  it('given a clause, then it may go into any group, the top level included', () => {
    expect(checkMove(query, g1.children[0]!.id, g2.id)).toEqual({ ok: true });
    expect(checkMove(query, g1.children[0]!.id, query.id)).toEqual({ ok: true });
  });

  it('given a group, then it may not go into an OR group, nor into itself, and says why', () => {
    expect(checkMove(query, g2.id, g1.id)).toEqual({ ok: false, reason: 'group-into-or' });
    expect(checkMove(query, g1.id, g1.id)).toEqual({ ok: false, reason: 'into-itself' });
    expect(checkArrange(query, g2.id, { newGroup: true })).toEqual({ ok: false, reason: 'group-into-or' });
  });

  it('given a group below the top level, then no group may go into it', () => {
    const deep = parseQuery({ and: [{ or: [{ and: [{ event: 'X' }, { event: 'Y' }] }, { event: 'Z' }] }, { or: [{ event: 'W' }] }] }, { idGenerator: createIdGenerator('d') }).query!;
    const inner = group(group(deep, 0), 0);
    const other = group(deep, 1);
    expect(checkMove(deep, other.id, inner.id)).toEqual({ ok: false, reason: 'group-too-deep' });
    // Reordering among its own siblings never changes the shape, so a loose query stays editable.
    expect(checkMove(deep, inner.id, group(deep, 0).id)).toEqual({ ok: true });
  });

  it('given a refused move, then applyArrange returns the same query', () => {
    expect(applyArrange(query, g2.id, { parentId: g1.id, index: 0 }, createIdGenerator('x'))).toBe(query);
  });

  it('given the last clause of a group moved out, then the emptied group goes too', () => {
    const next = applyArrange(query, g2.children[0]!.id, { parentId: g1.id, index: 2 }, createIdGenerator('x'));
    expect(eventsOf(serializeQuery(next))).toEqual({ and: [{ or: ['A', 'B', 'C'] }] });
  });

  it('given an OR at the top, when a clause goes to a new group, then the OR becomes a member of a new AND', () => {
    const or = parseQuery({ or: [{ event: 'A' }, { event: 'B' }] }, { idGenerator: createIdGenerator('o') }).query!;
    const next = applyArrange(or, (or as Group).children[1]!.id, { newGroup: true }, createIdGenerator('n'));
    expect(serializeQuery(next)).toEqual({ and: [{ or: [{ event: 'A' }] }, { or: [{ event: 'B' }] }] });
  });

  it('lists destinations in document order, names positions as people read them, and folds every clause and group', () => {
    const a = g1.children[0]!.id;
    expect(moveDestinations(query, a).map((d) => ('newGroup' in d.target ? 'new' : d.position))).toEqual(['', '2', 'new']);
    // The one member of a nested group takes the group's number: the builder shows it alone.
    expect(positionOf(query, g2.children[0]!.id)).toBe('2');
    expect(foldableIds(query)).toHaveLength(5);
  });
});

describe('history in the store', () => {
  it('given edits, when undone and redone, then each step comes back exactly, and a new edit clears the future', () => {
    const store = storeOf(cnf(['A', 'B'], ['C']));
    const start = json(store);
    const { query, setCombinator } = store.getState();
    setCombinator(group(query, 0).id, 'and');
    const afterToggle = json(store);
    store.getState().moveTo(group(query, 0).children[0]!.id, { newGroup: true });
    expect(store.getState().canUndo).toBe(true);
    expect(store.getState().undo()).toBe(true);
    expect(json(store)).toEqual(afterToggle);
    expect(store.getState().undo()).toBe(true);
    expect(json(store)).toEqual(start);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().redo()).toBe(true);
    expect(json(store)).toEqual(afterToggle);
    store.getState().remove(group(store.getState().query, 1).id);
    expect(store.getState().canRedo).toBe(false);
  });

  it('given edits of the same field, then they are one step; another field starts the next', () => {
    const store = storeOf(cnf(['A']));
    const id = group(store.getState().query, 0).children[0]!.id;
    const rename = (event: string) => store.getState().setField(id, 'event', event);
    rename('P');
    rename('Pa');
    rename('Pag');
    store.getState().setField(id, 'during', { kind: 'this_session' });
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(eventsOf(json(store))).toEqual({ and: [{ or: ['Pag'] }] });
    expect(json(store)).not.toHaveProperty('and.0.or.0.during');
    store.getState().undo();
    expect(eventsOf(json(store))).toEqual({ and: [{ or: ['A'] }] });
  });

  it('given a limit, then history keeps only that many steps', () => {
    const store = storeOf(cnf(['A']), 3);
    const id = group(store.getState().query, 0).id;
    for (let i = 0; i < 6; i++) store.getState().setCombinator(id, i % 2 === 0 ? 'and' : 'or');
    expect(store.getState().history.past).toHaveLength(3);
  });

  it('given a new value loaded, then history starts again; given the value from before the latest edit, then its history comes back', () => {
    const store = storeOf(cnf(['A'], ['B']));
    const before = store.getState().query;
    store.getState().setCombinator(before.id, 'or');
    // The host refused the edit: the builder loads the value from before it.
    store.getState().load(before);
    expect(store.getState().canUndo).toBe(false);
    store.getState().setCombinator(before.id, 'or');
    store.getState().setCombinator(group(store.getState().query, 0).id, 'and');
    store.getState().load(parseQuery(cnf(['Z']), { idGenerator: createIdGenerator('z') }).query!);
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: false });
  });

  it('given an undo, then it is an edit the host hears of', () => {
    const store = storeOf(cnf(['A'], ['B']));
    store.getState().setCombinator(store.getState().query.id, 'or');
    store.getState().undo();
    expect(store.getState().origin).toBe('edit');
  });
});
