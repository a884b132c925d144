// Support for the phrasebook tests: the leaves of a phrasebook, every phrase called with sample
// parts, the words of a text, the words a person typed into a query, and a query of every kind.
import type { AnyNode, Condition, JsonValue, QueryNode, WhereNode, Window } from '../../src/query/ast';
import { describeNode, describeQuery } from '../../src/query/describe';
import { DEFAULT_PROPERTY_LABELS } from '../../src/query/describe-where';
import { createIdGenerator } from '../../src/query/ids';
import type { SummaryPhrasebook } from '../../src/query/phrasebook';
import {
  comparisonOperatorMark,
  comparisonOperators,
  conditionOperatorEntry,
  conditionOperators,
  functionNameMark,
  membershipTypes,
  transitionTypes,
  windowUnitMark,
  windowUnits,
} from '../../src/query/vocabulary';
import { walkQuery } from '../../src/query/walk';

type Leaf = string | ((...args: never[]) => unknown);
/** A leaf of a phrasebook: a string, or a function of parts. */
export interface PhraseLeaf {
  path: string;
  value: Leaf;
}

/** Every leaf of a phrasebook, by its dotted path (`clauses.event`, `amounts.count.less_than`). */
export function leavesOf(table: object, prefix = ''): PhraseLeaf[] {
  return Object.entries(table).flatMap(([key, value]): PhraseLeaf[] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || typeof value === 'function') return [{ path, value: value as Leaf }];
    return leavesOf(value as object, path);
  });
}

/** A phrasebook with every leaf replaced: `make(path, leaf)` gives the new leaf. */
export function mapLeaves(table: object, make: (path: string, leaf: Leaf) => Leaf, prefix = ''): SummaryPhrasebook {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[key] = typeof value === 'string' || typeof value === 'function' ? make(path, value as Leaf) : mapLeaves(value as object, make, path);
  }
  return out as unknown as SummaryPhrasebook;
}

// What stands in for a person's text in the sample calls; it has no letters, so it adds no words.
const USER = '§';
const VOICES = ['plural', 'singular'] as const;
const FORMS = ['statement', 'where', 'item'] as const;
const NUMBERS = [0, 1, 2, 1.5, 30];
const product = <T>(...lists: T[][]): T[][] => lists.reduce<T[][]>((acc, list) => acc.flatMap((xs) => list.map((x) => [...xs, x])), [[]]);

// Every combination of the parts a clause or function phrase may get.
const partsObjects = (): object[] =>
  product<unknown>(VOICES as unknown as unknown[], [true, false], [USER, undefined], [USER, ''], FORMS as unknown as unknown[], ['property', 'condition']).map(
    ([voice, negated, where, window, form, of]) => ({
      voice, negated, where, window, form, of, each: where, times: window,
      event: USER, time: USER, share: USER, views: USER, cohort: USER, segment: USER, provider: USER, field: USER, value: USER,
      subject: USER, condition: USER, name: USER, item: USER,
    }),
  );

// The sample arguments of a phrase, by the shape its path says it has.
function sampleArgs(path: string): unknown[][] {
  const amount = product<unknown>(['less_than', 'greater_than'], NUMBERS).map(([operator, value]) => [{ operator, words: USER, value }]);
  const parts = (ends: boolean[]) => ends.map((endsWithClause) => ({ text: USER, endsWithClause }));
  if (path === 'sentence') return [[USER, USER]];
  if (path === 'groups.joinClauses' || path === 'groups.joinConditions') return product<unknown>([parts([false, false, false]), parts([true, false, true])], [USER]);
  if (path === 'groups.nested' || path === 'functions.unknownName' || path === 'amounts.unknownOperator' || path === 'values.quote') return [[USER]];
  if (path === 'groups.empty' || path === 'unrecognised.clause') return VOICES.map((voice) => [voice]);
  if (path === 'functions.aggregate') return partsObjects().map((p) => [{ ...p, condition: (subject: string) => `${subject} ${USER}` }]);
  if (path.startsWith('clauses.') || path.startsWith('functions.')) return partsObjects().map((p) => [p]);
  if (/^amounts\.(times|seconds|pageViews|share)$/.test(path)) return amount;
  if (path.startsWith('windows.theLast.')) return NUMBERS.map((n) => [n]);
  if (path === 'windows.theLastUnknown') return NUMBERS.map((n) => [n, USER]);
  if (/\.(one|many)$/.test(path)) return FORMS.map((form) => [USER, USER, form]);
  if (/between$/.test(path) || path === 'conditions.unknown') return FORMS.map((form) => [USER, USER, USER, form]);
  if (path === 'conditions.isEmpty' || path === 'conditions.isNotEmpty' || path === 'unrecognised.condition') return FORMS.map((form) => [USER, form]);
  if (path === 'unrecognised.where') return FORMS.map((form) => [form]);
  if (path === 'values.number') return NUMBERS.map((n) => [n]);
  if (path === 'values.boolean') return [[true], [false]];
  if (path === 'values.json') return [[[USER, { [USER]: USER }]]];
  if (path === 'values.list') return [[[USER, USER]], [[USER, USER, USER]]];
  throw new Error(`no sample arguments for the phrase ${path}: add them here`);
}

/** Everything a phrasebook says: each string, and each phrase called with every sample of its parts. */
export function phraseOutputs(phrasebook: SummaryPhrasebook): { path: string; text: string }[] {
  return leavesOf(phrasebook).flatMap(({ path, value }) =>
    typeof value === 'string' ? [{ path, text: value }] : sampleArgs(path).map((args) => ({ path, text: String((value as (...a: unknown[]) => unknown)(...args)) })),
  );
}

/** The words of a text, lower case. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

// Keys whose strings are the library's own (node kinds, ids, vocabulary), not a person's text.
const NOT_TYPED = new Set(['kind', 'id', 'combinator', 'type', 'json', 'reason', 'extra']);
// A labelled property path reads as its label, which is the phrasebook's words, not the person's.
const known = (key: string, value: string): boolean =>
  (key === 'property' && Object.hasOwn(DEFAULT_PROPERTY_LABELS, value)) ||
  (key === 'operator' && (conditionOperatorEntry(value) !== undefined || comparisonOperatorMark(value) !== undefined || value === 'is_empty' || value === 'is_not_empty')) ||
  (key === 'function' && functionNameMark(value) !== undefined) ||
  (key === 'unit' && windowUnitMark(value) !== undefined);

/** The words a person typed into a query: event names, property paths, values, providers, unknown operator names. */
export function typedWords(node: unknown, key = ''): Set<string> {
  const out = new Set<string>();
  const visit = (value: unknown, at: string) => {
    if (typeof value === 'string') {
      if (!known(at, value)) wordsOf(value).forEach((word) => out.add(word));
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, at));
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) if (!NOT_TYPED.has(k)) visit(v, k);
    }
  };
  visit(node, key);
  return out;
}

/** The sentence of a query and the phrase of each of its nodes. */
export function summariesOf(query: QueryNode, phrasebook?: SummaryPhrasebook): string[] {
  const out = [describeQuery(query, { phrasebook })];
  walkQuery(query, (node: AnyNode) => void out.push(describeNode(node, { phrasebook })));
  return out;
}

// ---------------------------------------------------------------------------------------------
// A query of every kind: every clause, transition, membership, operator, unit, function, window,
// placeholder and unrecognised form, so that together its summaries use every phrase.

const ids = createIdGenerator('k');
const op = (operator: string, operand: JsonValue): Condition => ({ kind: 'operator', operator, operand });
const cmp = (operator: string, value: number) => ({ kind: 'comparison' as const, operator, value });
const where = (property: string, condition: Condition): WhereNode => ({ kind: 'where-condition', id: ids(), property, condition });
const whereGroup = (combinator: 'and' | 'or', children: WhereNode[]): WhereNode => ({ kind: 'where-group', id: ids(), combinator, children });
const group = (combinator: 'and' | 'or', children: QueryNode[]): QueryNode => ({ kind: 'group', id: ids(), combinator, children });
const event = (fields: Partial<Extract<QueryNode, { kind: 'expression' }>>): QueryNode => ({ kind: 'expression', id: ids(), event: 'Pageview', ...fields });
const fn = (name: string, condition: Condition, extra: { where?: WhereNode } = {}): Condition => ({ kind: 'function', function: name, property: 'price', condition, ...extra });

const operands: JsonValue[] = ['football', ['rugby', 'golf', 'tennis'], [], 3, true, null, [['nested']]];
const everyCondition: Condition[] = [
  ...conditionOperators.flatMap((entry) =>
    entry.operand === 'range' || entry.value.endsWith('_between')
      ? [op(entry.value, { start: 50, end: 200 }), op(entry.value, { start: 50 })]
      : operands.map((operand) => op(entry.value, operand)),
  ),
  op('shiny_new', 'x'),
  { kind: 'presence', operator: 'is_empty' },
  { kind: 'presence', operator: 'is_not_empty' },
  { kind: 'raw', json: 5 },
];
const functions: Condition[] = ['any', 'all', 'sum', 'product', 'count', 'mean', 'median'].flatMap((name) => [
  fn(name, op('greater_than_or_equal_to', 100), { where: where('key', op('equal_to', 'permutive')) }),
  fn(name, fn('any', op('contains', 'x'))),
  fn(name, fn('sum', op('less_than', 5), { where: whereGroup('or', [where('a', op('contains', 'y')), where('', op('contains', 'z'))]) })),
  fn(name, op('is_a_thing', 1), { where: where('tags', fn('all', op('contains', 'q'))) }),
]);
const windows: (Window | undefined)[] = [
  undefined,
  { kind: 'this_session' },
  { kind: 'raw', json: 'yesterday' },
  { kind: 'the_last', value: 3, unit: 'fortnights' },
  ...windowUnits.flatMap((unit) => [1, 30].map((value): Window => ({ kind: 'the_last', value, unit: unit.value }))),
];
const comparisons = [...comparisonOperators.flatMap((entry) => [cmp(entry.value, 1), cmp(entry.value, 2)]), cmp('odd_one', 2), { kind: 'raw' as const, json: 'x' }];
const labelled = ['properties.client.url', 'properties.client.title', 'properties.client.domain', 'properties.client.referrer', 'properties.article.tags', ''];

/** Clauses of every kind, each alone and inside groups, with every where form. */
export function everyKindQuery(): QueryNode {
  const clauses: QueryNode[] = [
    ...windows.map((during) => event({ during })),
    ...comparisons.map((frequency) => event({ frequency })),
    event({ event: ' ', frequency: cmp('equal_to', 0), where: where('properties.client.url', op('contains', 'football')) }),
    event({ where: whereGroup('and', everyCondition.map((condition, i) => where(labelled[i % labelled.length]!, condition))) }),
    event({ where: whereGroup('or', functions.map((condition) => where('properties.products', condition))) }),
    event({ where: whereGroup('or', [whereGroup('and', [where('properties.a', op('contains', 'a')), where('properties.b', op('contains', 'b'))]), { kind: 'raw', id: ids(), json: 1 }, whereGroup('and', [])]) }),
    ...comparisons.map((seconds) => ({ kind: 'engaged_time' as const, id: ids(), seconds, during: windows[4], where: where('properties.client.url', op('contains', 'dogs')) })),
    { kind: 'engaged_time', id: ids() },
    ...comparisons.map((completion) => ({ kind: 'engaged_completion' as const, id: ids(), completion: completion.kind === 'comparison' ? { ...completion, value: 0.4 } : completion })),
    { kind: 'engaged_completion', id: ids(), where: where('properties.client.url', op('contains', 'dogs')) },
    ...comparisons.map((times) => ({ kind: 'engaged_views' as const, id: ids(), times, engagedTime: times, during: windows[5] })),
    { kind: 'engaged_views', id: ids(), where: where('properties.client.url', op('contains', 'sport')) },
    ...transitionTypes.flatMap((entry) => [
      { kind: 'transition' as const, id: ids(), type: entry.value, segment: 1234, during: windows[5] },
      { kind: 'transition' as const, id: ids(), type: entry.value },
    ]),
    ...membershipTypes.flatMap((entry) => [
      { kind: 'membership' as const, id: ids(), type: entry.value, provider: 'acme', segment: 'gold' },
      { kind: 'membership' as const, id: ids(), type: entry.value, provider: '', segment: '' },
      { kind: 'membership' as const, id: ids(), type: entry.value, fieldName: 'email', value: 'ann' },
      { kind: 'membership' as const, id: ids(), type: entry.value, fieldName: '', value: 'ann' },
    ]),
    { kind: 'in_segment', id: ids(), segment: 42 },
    { kind: 'in_segment', id: ids(), segment: '' },
    { kind: 'raw', id: ids(), json: { unknown_clause: 1 } },
    group('and', []),
  ];
  return group('and', [group('or', clauses.slice(0, 3)), ...clauses.slice(3), group('or', [clauses[0]!, group('and', clauses.slice(1, 3))])]);
}
