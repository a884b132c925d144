import fc from 'fast-check';
import type { AnyNode, Group, NodeId, Query } from '../../src/query/ast';
import { checkArrange, type ArrangeTarget } from '../../src/query/arrange';
import { createIdGenerator } from '../../src/query/ids';
import { moveTo } from '../../src/query/intents';
import { addsGroup, nameOfNode, describePlace, nodePosition, stepTarget } from '../../src/query/places';
import { anyQueryArb, cnfArb, nodesOf, parentGroupOf, parsed, queryNodesOf } from './queries';

const cnf = (...groups: string[][]) => parsed({ and: groups.map((events) => ({ or: events.map((event) => ({ event })) })) });
const member = (query: Query, ...at: number[]) => at.reduce<Query>((node, i) => (node as Group).children[i]!, query);

// The numbers the builder shows, worked out as GroupCard does (a member's path is its group's path
// and its 1-based index): an oracle that shares no code with places.ts.
function shownPositions(query: Query): Map<NodeId, string> {
  const out = new Map<NodeId, string>();
  if (query.kind !== 'group') return out.set(query.id, '1');
  const visit = (group: Group, path: string) => {
    out.set(group.id, path);
    // A nested group of one is shown as its member alone, which takes the group's number.
    const single = group !== query && group.children.length === 1;
    group.children.forEach((child, i) => {
      const at = single ? path : path ? `${path}.${i + 1}` : `${i + 1}`;
      if (child.kind === 'group') visit(child, at);
      else out.set(child.id, at);
    });
  };
  visit(query, '');
  return out;
}

describe('nodePosition and nameOfNode', () => {
  it('given an AND of ORs, then members of the top level count from 1 and members of a group are "g.m"', () => {
    const query = cnf(['A'], ['B', 'C']);
    expect(nodePosition(query, member(query, 1).id)).toBe('2');
    expect(nodePosition(query, member(query, 1, 1).id)).toBe('2.2');
    expect(nameOfNode(query, member(query, 1, 1).id)).toEqual({ kind: 'clause', position: '2.2' });
    expect(nameOfNode(query, member(query, 1).id)).toEqual({ kind: 'group', position: '2' });
  });

  it('given a nested group of one, then its clause takes the group\'s number, as the builder shows it alone', () => {
    const query = cnf(['A'], ['B', 'C']);
    expect(nameOfNode(query, member(query, 0, 0).id)).toEqual({ kind: 'clause', position: '1' });
    // The group itself is shown as that clause too, so moving it says "clause 1", as its card does.
    expect(nameOfNode(query, member(query, 0).id)).toEqual({ kind: 'clause', position: '1' });
    expect(nodePosition(query, member(query, 1, 0).id)).toBe('2.1');
  });

  it('given the root group, then it is the top level; given a lone root clause, then it is clause 1', () => {
    const query = cnf(['A']);
    expect(nodePosition(query, query.id)).toBe('');
    expect(nameOfNode(query, query.id)).toEqual({ kind: 'top' });
    const lone = parsed({ event: 'A' });
    expect(nameOfNode(lone, lone.id)).toEqual({ kind: 'clause', position: '1' });
  });

  it('given a where node or an unknown id, then no name', () => {
    const query = parsed({ and: [{ event: 'A', where: { property: 'p', condition: { contains: 'x' } } }] });
    const where = nodesOf(query).find((node) => node.kind === 'where-condition')!;
    for (const id of [where.id, 'nope']) {
      expect(nodePosition(query, id)).toBeUndefined();
      expect(nameOfNode(query, id)).toBeUndefined();
    }
  });

  it('given any query, then every clause and group has the position the builder shows, and where nodes have none', () => {
    fc.assert(
      fc.property(anyQueryArb, (query) => {
        const shown = shownPositions(query);
        for (const node of nodesOf(query)) expect(nodePosition(query, node.id)).toBe(shown.get(node.id));
      }),
      { numRuns: 200 },
    );
  });
});

describe('describePlace', () => {
  it('given a clause aimed at another group, then the group, its 1-based index and the count it would have', () => {
    const query = cnf(['A'], ['B', 'C']);
    const a = member(query, 0, 0).id;
    expect(describePlace(query, a, { parentId: member(query, 1).id, index: 0 })).toEqual({ kind: 'group', position: '2', index: 1, count: 3 });
    const b = member(query, 1, 0).id;
    expect(describePlace(query, b, { parentId: query.id, index: 2 })).toEqual({ kind: 'top', index: 3, count: 3 });
  });

  it('given the last clause of a group aimed at the top level, then the group the move empties (and removes) counts no more', () => {
    const query = cnf(['A'], ['B', 'C']);
    const a = member(query, 0, 0).id;
    expect(describePlace(query, a, { parentId: query.id, index: 2 })).toEqual({ kind: 'top', index: 2, count: 2 });
    expect(describePlace(query, a, { parentId: query.id, index: 0 })).toEqual({ kind: 'top', index: 1, count: 2 });
  });

  it('given a clause aimed within its own group, then the count stays; given a new group or an unknown group, then that', () => {
    const query = cnf(['A', 'B']);
    const a = member(query, 0, 0).id;
    expect(describePlace(query, a, { parentId: member(query, 0).id, index: 1 })).toEqual({ kind: 'group', position: '1', index: 2, count: 2 });
    expect(describePlace(query, a, { newGroup: true })).toEqual({ kind: 'new-group' });
    expect(describePlace(query, a, { parentId: 'nope', index: 0 })).toBeUndefined();
    expect(describePlace(query, a, { parentId: a, index: 0 })).toBeUndefined();
  });

  it('given any allowed move, then the node lands at the index and in a group of the count that describePlace named', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(cnfArb, anyQueryArb), fc.nat(), fc.nat(), fc.nat(), (query, at, to, index) => {
        const nodes = queryNodesOf(query);
        const node: AnyNode = nodes[at % nodes.length]!;
        const groups = nodes.filter((n): n is Group => n.kind === 'group');
        if (groups.length === 0) return;
        const group = groups[to % groups.length]!;
        const target: ArrangeTarget = { parentId: group.id, index: index % (group.children.filter((c) => c.id !== node.id).length + 1) };
        if (!checkArrange(query, node.id, target).ok) return;
        const place = describePlace(query, node.id, target)!;
        const after = moveTo(query, node.id, target, createIdGenerator('m')).query;
        const holder = parentGroupOf(after, node.id)!;
        expect({ index: holder.children.findIndex((child) => child.id === node.id) + 1, count: holder.children.length }).toEqual({
          index: place.kind === 'new-group' ? -1 : place.index,
          count: place.kind === 'new-group' ? -1 : place.count,
        });
        expect(place.kind === 'top' ? holder.id === after.id : place.kind === 'group' && place.position === nodePosition(query, group.id)).toBe(true);
        checked++;
      }),
      // About a third of random moves are allowed; 600 runs make "at least 100 checked" hold on any
      // seed (300 runs once checked only 91).
      { numRuns: 600 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});

describe('stepTarget: Move up and Move down', () => {
  it('given a clause in a group of three, then up and down are the places beside it, and the ends have none', () => {
    const query = cnf(['A', 'B', 'C'], ['D']);
    const [a, b, c] = (member(query, 0) as Group).children;
    expect(stepTarget(query, b!.id, -1)).toEqual({ movedId: b!.id, target: { parentId: member(query, 0).id, index: 0 } });
    expect(stepTarget(query, b!.id, 1)).toEqual({ movedId: b!.id, target: { parentId: member(query, 0).id, index: 2 } });
    expect(stepTarget(query, a!.id, -1)).toBeUndefined();
    expect(stepTarget(query, c!.id, 1)).toBeUndefined();
  });

  it('given the one clause of a nested group, then it steps as that group among the top-level members', () => {
    const query = cnf(['A', 'B'], ['C'], ['D']);
    const lone = member(query, 1, 0);
    expect(stepTarget(query, lone.id, -1)).toEqual({ movedId: member(query, 1).id, target: { parentId: query.id, index: 0 } });
    expect(stepTarget(query, lone.id, 1)).toEqual({ movedId: member(query, 1).id, target: { parentId: query.id, index: 2 } });
  });

  it('given any query and any of its clauses or groups, then a step the function offers is a move the rules allow, to an index one away', () => {
    fc.assert(
      fc.property(anyQueryArb, fc.nat(), fc.constantFrom(-1 as const, 1 as const), (query, pick, delta) => {
        const nodes = queryNodesOf(query).filter((node) => node.id !== query.id);
        fc.pre(nodes.length > 0);
        const node = nodes[pick % nodes.length]!;
        const step = stepTarget(query, node.id, delta);
        if (!step || 'newGroup' in step.target) return;
        const parent = parentGroupOf(query, step.movedId)!;
        const from = parent.children.findIndex((child) => child.id === step.movedId);
        expect(step.target.parentId).toBe(parent.id);
        expect(step.target.index - from).toBe(delta);
        expect(checkArrange(query, step.movedId, step.target)).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  });
});

describe('addsGroup: what "+ And" adds', () => {
  it('given an AND top level, then "+ And" adds a group of one and "+ Or" a clause; an OR top level or a nested group gets a clause', () => {
    const query = cnf(['A', 'B'], ['C']);
    expect(addsGroup(query, query.id, 'and')).toBe(true);
    expect(addsGroup(query, member(query, 0).id, 'or')).toBe(false);
    expect(addsGroup(query, member(query, 1, 0).id, 'or')).toBe(false);
    const or = parsed({ or: [{ event: 'A' }, { event: 'B' }] });
    expect(addsGroup(or, or.id, 'or')).toBe(false);
    const lone = parsed({ event: 'A' });
    expect(addsGroup(lone, lone.id, 'and')).toBe(false);
  });
});
