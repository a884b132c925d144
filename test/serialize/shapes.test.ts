import type { JsonObject } from '../../src/query/ast';
import type { QueryIssue } from '../../src/query/issues';
import { parseQuery } from '../../src/serialize/parse';
import { serializeQuery } from '../../src/serialize/serialize';

// Each malformed or unknown form is kept raw, written back unchanged, and reported once at its
// JSON path with a sentence that says how to fix it.

const pageview = (fields: JsonObject): JsonObject => ({ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 }, ...fields });

function issueAt(query: JsonObject, path: QueryIssue['path'], code: QueryIssue['code']): QueryIssue {
  const { query: ast, issues } = parseQuery(query);
  expect(ast).toBeDefined();
  expect(serializeQuery(ast!)).toStrictEqual(query);
  const found = issues.filter((issue) => issue.code === code && JSON.stringify(issue.path) === JSON.stringify(path));
  expect(found, `expected one ${code} at ${JSON.stringify(path)} in ${JSON.stringify(issues)}`).toHaveLength(1);
  return found[0]!;
}

interface Case {
  name: string;
  query: JsonObject;
  path: QueryIssue['path'];
  code: QueryIssue['code'];
  severity: QueryIssue['severity'];
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'a comparison with two operators',
    query: { and: [{ event: 'Pageview', frequency: { greater_than: 1, less_than: 5 } }] },
    path: ['and', 0, 'frequency'],
    code: 'invalid-comparison',
    severity: 'error',
    message: /exactly one operator, such as \{"greater_than_or_equal_to": 1\}; this one has 2 \(greater_than, less_than\)\./,
  },
  { name: 'a comparison with no operator', query: pageview({ frequency: {} }), path: ['frequency'], code: 'invalid-comparison', severity: 'error', message: /this one has none/ },
  { name: 'a comparison with a string', query: pageview({ frequency: { equal_to: '0' } }), path: ['frequency'], code: 'invalid-comparison', severity: 'error', message: /"equal_to" needs a number, such as \{"equal_to": 1\}; it has a string/ },
  { name: 'a comparison that is a number', query: pageview({ frequency: 3 }), path: ['frequency'], code: 'invalid-comparison', severity: 'error', message: /must be an object with one operator.*this one is a number/ },
  {
    name: 'engaged seconds with two operators',
    query: { engaged_time: { seconds: { greater_than: 1, equal_to: 2 } } },
    path: ['engaged_time', 'seconds'],
    code: 'invalid-comparison',
    severity: 'error',
    message: /greater_than, equal_to/,
  },
  { name: 'engaged views with a bad engaged_time', query: { engaged_views: { times: { greater_than: 1 }, engaged_time: [] } }, path: ['engaged_views', 'engaged_time'], code: 'invalid-comparison', severity: 'error', message: /an array/ },
  { name: 'a rolling window with a string value', query: pageview({ during: { the_last: { value: '30', unit: 'days' } } }), path: ['during'], code: 'invalid-window', severity: 'error', message: /number value and a unit string.*its value is a string/ },
  { name: 'a rolling window with no unit', query: pageview({ during: { the_last: { value: 30 } } }), path: ['during'], code: 'invalid-window', severity: 'error', message: /it has no unit/ },
  { name: 'a between-dates window', query: pageview({ during: { between: { start: '2024-01-01', end: '2024-02-01' } } }), path: ['during'], code: 'unknown-window', severity: 'warning', message: /does not know this window \(an object\).*"this_session"/ },
  { name: 'a rolling window with an extra key', query: { has_entered: { segment: 1, during: { the_last: { value: 1, unit: 'days', timezone: 'UTC' } } } }, path: ['has_entered', 'during'], code: 'unknown-window', severity: 'warning', message: /keys the library does not know \(timezone\)/ },
  { name: 'a where that is a string', query: pageview({ where: 'football' }), path: ['where'], code: 'invalid-where', severity: 'error', message: /must be an object such as \{"property"/ },
  { name: 'a where with both and and or', query: pageview({ where: { and: [], or: [] } }), path: ['where'], code: 'invalid-where', severity: 'error', message: /either "and" or "or", not both/ },
  { name: 'a where whose or is not a list', query: pageview({ where: { or: {} } }), path: ['where'], code: 'invalid-where', severity: 'error', message: /"or" in a where needs a list/ },
  { name: 'a where with a numeric property', query: pageview({ where: { property: 3, condition: { contains: 'x' } } }), path: ['where'], code: 'invalid-where', severity: 'error', message: /property of a where must be a string path/ },
  { name: 'a where with no condition', query: pageview({ where: { property: 'properties.client.url' } }), path: ['where'], code: 'invalid-where', severity: 'error', message: /"properties.client.url" has no condition; add one/ },
  {
    name: 'a where member with neither property nor list',
    query: pageview({ where: { or: [{ property: 'properties.a', condition: { contains: 'x' } }, { url: 'x' }] } }),
    path: ['where', 'or', 1],
    code: 'invalid-where',
    severity: 'error',
    message: /needs a property and a condition.*it has url/,
  },
  {
    name: 'a condition with two operators',
    query: pageview({ where: { property: 'properties.a', condition: { contains: 'x', equal_to: 'y' } } }),
    path: ['where', 'condition'],
    code: 'invalid-condition',
    severity: 'error',
    message: /exactly one operator, such as \{"contains": "football"\}; this one has 2 \(contains, equal_to\)/,
  },
  { name: 'a condition that is an unknown string', query: pageview({ where: { property: 'properties.a', condition: 'exists' } }), path: ['where', 'condition'], code: 'invalid-condition', severity: 'error', message: /the string "exists"/ },
  {
    name: 'a function condition without a property',
    query: pageview({ where: { property: 'properties.items', condition: { function: 'any', condition: { equal_to: 1 } } } }),
    path: ['where', 'condition'],
    code: 'invalid-condition',
    severity: 'error',
    message: /"any" condition needs a property.*it has none/,
  },
  {
    name: 'a malformed condition inside a function condition',
    query: pageview({ where: { property: 'properties.items', condition: { function: 'any', property: 'key', condition: {} } } }),
    path: ['where', 'condition', 'condition'],
    code: 'invalid-condition',
    severity: 'error',
    message: /this one has none/,
  },
  {
    name: 'a malformed where inside a function condition',
    query: pageview({ where: { property: 'properties.items', condition: { function: 'any', property: 'key', condition: { equal_to: 'a' }, where: [] } } }),
    path: ['where', 'condition', 'where'],
    code: 'invalid-where',
    severity: 'error',
    message: /this one is an array/,
  },
  { name: 'an unknown clause kind', query: { or: [pageview({}), { visited_domain: 'example.com' }] }, path: ['or', 1], code: 'unknown-clause', severity: 'warning', message: /does not know the clause kind "visited_domain"; it is kept as JSON and sent unchanged/ },
  { name: 'a clause with several unknown keys', query: { and: [{ a: 1, b: 2 }] }, path: ['and', 0], code: 'unknown-clause', severity: 'warning', message: /keys a, b/ },
  { name: 'a property condition in query position', query: { or: [{ property: 'url', condition: { contains: 'x' } }] }, path: ['or', 0], code: 'unknown-clause', severity: 'warning', message: /move it into the "where" of an event clause/ },
  { name: 'a transition whose segment is a string', query: { and: [{ has_entered: { segment: '1234' } }] }, path: ['and', 0], code: 'invalid-clause', severity: 'error', message: /segment of a has_entered clause must be the cohort's integer code, such as \{"has_entered": \{"segment": 1234\}\}; this one is a string/ },
  { name: 'a transition with no body object', query: { has_exited: 1234 }, path: [], code: 'invalid-clause', severity: 'error', message: /The has_exited clause needs an object body, such as \{"has_exited": \{"segment": 1234\}\}/ },
  { name: 'a membership whose provider is a number', query: { in_second_party_segment: { provider: 7, segment: 'gold' } }, path: [], code: 'invalid-clause', severity: 'error', message: /In this in_second_party_segment clause, the provider must be a string, such as "acme_crm"; this one is a number/ },
  { name: 'a membership whose segment is a list', query: { in_third_party_segment: { provider: 'p', segment: [1] } }, path: [], code: 'invalid-clause', severity: 'error', message: /segment must be a string or a number/ },
  { name: 'an in_segment holding an object', query: { or: [{ in_segment: { id: 42 } }] }, path: ['or', 0], code: 'invalid-clause', severity: 'error', message: /cohort id or code directly, such as \{"in_segment": 42\}; this one holds an object/ },
  { name: 'an event that is not a string', query: { and: [{ event: 42, frequency: { equal_to: 1 } }] }, path: ['and', 0], code: 'invalid-clause', severity: 'error', message: /event of a clause must be a string, such as "Pageview"; this one is a number/ },
  { name: 'a group with both and and or', query: { and: [], or: [] }, path: [], code: 'invalid-clause', severity: 'error', message: /nest one group inside the other/ },
  { name: 'an and that is not a list', query: { and: { event: 'Pageview' } }, path: [], code: 'invalid-clause', severity: 'error', message: /"and" needs a list of clauses/ },
  { name: 'a group member that is not an object', query: { or: [pageview({}), 'Pageview'] }, path: ['or', 1], code: 'invalid-clause', severity: 'error', message: /must be an object.*this one is a string/ },
  { name: 'an empty object in a group', query: { and: [{}] }, path: ['and', 0], code: 'invalid-clause', severity: 'error', message: /empty object is not a clause/ },
];

describe('raw reasons at their paths', () => {
  it.each(cases.map((c) => [c.name, c] as const))('given %s, then it is kept and reported once with a fix', (_, c) => {
    const issue = issueAt(c.query, c.path, c.code);
    expect(issue.severity).toBe(c.severity);
    expect(issue.message).toMatch(c.message);
  });
});

describe('typed forms keep what they do not know', () => {
  it('given unknown keys beside an event, then they go to extra and come back', () => {
    const input = pageview({ note: { by: 'ops' }, and_also: [1] });
    const { query } = parseQuery(input);
    expect(query).toMatchObject({ kind: 'expression', extra: { note: { by: 'ops' }, and_also: [1] } });
    expect(serializeQuery(query!)).toStrictEqual(input);
  });

  it('given unknown keys inside a wrapper body, then they go to the clause extra', () => {
    const { query } = parseQuery({ has_entered: { segment: 1234, source: 'crm' } });
    expect(query).toMatchObject({ kind: 'transition', type: 'has_entered', segment: 1234, extra: { source: 'crm' } });
  });

  it('given an unknown comparison operator, then it stays a typed comparison', () => {
    const { query } = parseQuery(pageview({ frequency: { at_least: 2 } }));
    expect(query).toMatchObject({ frequency: { kind: 'comparison', operator: 'at_least', value: 2 } });
  });

  it('given an unknown condition operator, then it stays a typed condition with its operand', () => {
    const { query } = parseQuery(pageview({ where: { property: 'properties.a', condition: { regex_match: ['^a'] } } }));
    expect(query).toMatchObject({ where: { condition: { kind: 'operator', operator: 'regex_match', operand: ['^a'] } } });
  });

  it('given a connections import by field, then its fields are typed', () => {
    const { query } = parseQuery({ in_connections_import_segment: { field_name: 'tier', value: 'gold' } });
    expect(query).toMatchObject({ kind: 'membership', type: 'in_connections_import_segment', fieldName: 'tier', value: 'gold' });
  });

  it('given this_session and presence conditions, then they are typed', () => {
    const { query } = parseQuery(pageview({ during: 'this_session', where: { property: 'properties.a', condition: 'is_not_empty' } }));
    expect(query).toMatchObject({ during: { kind: 'this_session' }, where: { condition: { kind: 'presence', operator: 'is_not_empty' } } });
  });
});
