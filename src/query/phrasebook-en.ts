/**
 * The English words of query summaries: `Users who did Pageview at least 2 times in the last 30
 * days where URL contains "football".` The default of `describeQuery` and `describeNode`.
 */
import type {
  ConditionPhrase,
  FunctionParts,
  OperatorPhrases,
  RangePhrase,
  SummaryPhrasebook,
  SummaryVoice,
} from './phrasebook';

// "a b", skipping an empty first part: a property label may be empty, an operator's words too (`key "x"`).
const join = (first: string, rest: string): string => (first === '' ? rest : `${first} ${rest}`);
const after = (text: string): string => (text === '' ? '' : ` ${text}`);
const lead = (words: string, where: string | undefined): string => (where === undefined ? '' : ` ${words} ${where}`);
const be = (voice: SummaryVoice, negated = false): string => `${voice === 'plural' ? 'are' : 'is'}${negated ? ' not' : ''}`;
const match = (voice: SummaryVoice): string => (voice === 'plural' ? 'match' : 'matches');
const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const UNRECOGNISED = 'the library does not recognise';

// [statement, item]: `URL contains "x"`, `price containing "x"`.
function en(statement: string, item: string): ConditionPhrase {
  return (subject, value, form) => join(subject, join(form === 'item' ? item : statement, value));
}
const enOperator = (one: [string, string], many: [string, string] = one): OperatorPhrases => ({ one: en(...one), many: en(...many) });
const enRange: RangePhrase = (subject, start, end, form) => join(subject, `${form === 'item' ? '' : 'is '}between ${start} and ${end}`);
const enLast = (unit: string) => (n: number) => (n === 1 ? `in the last ${unit}` : `in the last ${n} ${unit}s`);

// A function condition in `item` form reads "with ...", and as the condition of its subject after it.
function enFunction(parts: FunctionParts, text: string): string {
  const withed = parts.form === 'item' ? `with ${text}` : text;
  return parts.of === 'property' ? withed : join(parts.subject, withed);
}
const enList = (parts: FunctionParts): string => (parts.of === 'property' ? parts.subject : 'the array');

/** The English phrasebook: the words of summaries unless `options.phrasebook` says otherwise. */
export const defaultSummaryPhrasebook: SummaryPhrasebook = {
  subject: 'Users',
  sentence: (subject, clauses) => `${subject} who ${clauses}.`,
  groups: {
    connectors: { and: 'and', or: 'or' },
    joinClauses: (parts, connector) => parts.map((part) => part.text).join(`, ${connector} `),
    joinConditions: (parts, connector) => parts.map((part) => part.text).join(` ${connector} `),
    nested: (text) => `(${text})`,
    empty: (voice) => `${match(voice)} an empty group`,
  },
  clauses: {
    event: ({ event, times, window, where, negated }) =>
      `${negated ? 'did not do' : 'did'} ${event}${after(times)}${after(window)}${lead('where', where)}`,
    engagedTime: ({ time, window, where }) => `spent ${time} engaged${after(window)}${lead('on pages where', where)}`,
    completion: ({ share, where }) => `scrolled ${share} of the page${lead('on pages where', where)}`,
    pageViews: ({ views, each, window, where }) =>
      `had ${views}${each === undefined ? '' : ` with ${each} engaged each`}${after(window)}${lead('on pages where', where)}`,
    transitions: {
      has_entered: ({ cohort, window }) => `entered cohort ${cohort}${after(window)}`,
      has_exited: ({ cohort, window }) => `exited cohort ${cohort}${after(window)}`,
      has_not_entered: ({ cohort, window }) => `did not enter cohort ${cohort}${after(window)}`,
      has_not_exited: ({ cohort, window }) => `did not exit cohort ${cohort}${after(window)}`,
    },
    secondPartySegment: ({ voice, negated, segment, provider }) => `${be(voice, negated)} in second-party segment ${segment} from ${provider}`,
    thirdPartySegment: ({ voice, negated, segment, provider }) => `${be(voice, negated)} in third-party segment ${segment} from ${provider}`,
    importedSegment: ({ voice, negated, provider }) => `${be(voice, negated)} in the connections import from ${provider}`,
    importedSegmentField: ({ voice, negated, field, value }) => `${be(voice, negated)} in the connections import where ${field} is ${value}`,
    inCohort: ({ voice, cohort }) => `${be(voice)} in cohort ${cohort}`,
  },
  amounts: {
    count: { greater_than_or_equal_to: 'at least', greater_than: 'more than', equal_to: 'exactly', less_than_or_equal_to: 'at most', less_than: 'fewer than' },
    // Time and shares are amounts, not numbers of things: "less than 30 seconds", but "fewer than 3 page views".
    amount: { greater_than_or_equal_to: 'at least', greater_than: 'more than', equal_to: 'exactly', less_than_or_equal_to: 'at most', less_than: 'less than' },
    unknownOperator: (operator) => operator.replace(/_/g, ' '),
    // "at least once", but "fewer than 1 time": "fewer than once" is not English.
    times: ({ operator, words, value }) => `${words} ${value === 1 && operator !== 'less_than' ? 'once' : counted(value, 'time', 'times')}`,
    seconds: ({ words, value }) => `${words} ${counted(value, 'second', 'seconds')}`,
    pageViews: ({ words, value }) => `${words} ${counted(value, 'page view', 'page views')}`,
    share: ({ words, value }) => `${words} ${value}%`,
    anySeconds: 'time',
    anyShare: 'some',
    anyPageViews: 'page views',
  },
  windows: {
    allTime: '',
    thisSession: 'in this session',
    theLast: { second: enLast('second'), minute: enLast('minute'), hour: enLast('hour'), day: enLast('day'), week: enLast('week'), month: enLast('month') },
    theLastUnknown: (n, unit) => (n === 1 ? `in the last ${unit.endsWith('s') ? unit.slice(0, -1) : unit}` : `in the last ${n} ${unit}`),
  },
  conditions: {
    operators: {
      contains: enOperator(['contains', 'containing'], ['contains any of', 'containing any of']),
      does_not_contain: enOperator(['does not contain', 'not containing'], ['contains none of', 'containing none of']),
      equal_to: enOperator(['is', ''], ['is any of', 'any of']),
      not_equal_to: enOperator(['is not', 'not'], ['is none of', 'none of']),
      list_contains: enOperator(['includes', 'including'], ['includes any of', 'including any of']),
      list_does_not_contain: enOperator(['does not include', 'not including'], ['includes none of', 'including none of']),
      list_contains_integer: enOperator(['includes', 'including'], ['includes any of', 'including any of']),
      greater_than: enOperator(['is more than', 'more than']),
      greater_than_or_equal_to: enOperator(['is at least', 'at least']),
      less_than: enOperator(['is less than', 'less than']),
      less_than_or_equal_to: enOperator(['is at most', 'at most']),
      boolean_equal_to: enOperator(['is', '']),
      float_equal_to: enOperator(['is', ''], ['is any of', 'any of']),
      date_equal_to: enOperator(['is on', 'on'], ['is on any of', 'on any of']),
      between: enRange,
      float_between: enRange,
      date_between: enRange,
    },
    isEmpty: (subject, form) => join(subject, form === 'item' ? 'empty' : 'is empty'),
    isNotEmpty: (subject, form) => join(subject, form === 'item' ? 'not empty' : 'is not empty'),
    unknown: (subject, operator, value, form) => join(subject, `${form === 'item' ? 'meeting' : 'meets'} the condition ${operator} ${value}`),
  },
  functions: {
    someItem: (parts) => enFunction(parts, `any item of ${enList(parts)} has ${parts.condition}`),
    everyItem: (parts) => enFunction(parts, `every item of ${enList(parts)} has ${parts.condition}`),
    aggregate: (parts) =>
      enFunction(parts, parts.condition(`the ${parts.name} of ${parts.item} over the items of ${enList(parts)}${lead('with', parts.where)}`)),
    names: { sum: 'sum', product: 'product', count: 'count', mean: 'mean' },
    unknownName: (name) => `function ${name}`,
  },
  values: {
    quote: (text) => JSON.stringify(text),
    number: (n) => String(n),
    boolean: (value) => String(value),
    null: 'null',
    json: (value) => JSON.stringify(value),
    list: (values) => values.join(', '),
  },
  propertyLabels: {
    'properties.client.url': 'URL',
    'properties.client.title': 'page title',
    'properties.client.domain': 'domain',
    'properties.client.referrer': 'referrer',
  },
  unrecognised: {
    clause: (voice) => `${match(voice)} a clause ${UNRECOGNISED}`,
    times: `a number of times ${UNRECOGNISED}`,
    seconds: `a number of seconds ${UNRECOGNISED}`,
    pageViews: `a number of page views ${UNRECOGNISED}`,
    share: `an amount ${UNRECOGNISED}`,
    window: `in a time window ${UNRECOGNISED}`,
    condition: (subject, form) => join(subject, `${form === 'item' ? 'meeting' : 'meets'} a condition ${UNRECOGNISED}`),
    where: (form) => (form === 'item' ? `meeting a condition ${UNRECOGNISED}` : `a condition ${UNRECOGNISED} holds`),
  },
  missing: {
    event: 'an event not yet chosen',
    property: 'a property not yet chosen',
    cohort: '(no cohort code yet)',
    provider: '(no provider yet)',
    field: '(no field yet)',
    segment: '(no segment yet)',
    conditions: '(no conditions yet)',
    values: '(no values yet)',
    value: '(no value yet)',
  },
};
