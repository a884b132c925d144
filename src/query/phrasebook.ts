/**
 * The words of query summaries, as one table a host can replace:
 * `describeQuery(query, { phrasebook: germanSummaryPhrasebook })`.
 *
 * `describe` decides what a query says (which clause, which operator, what is missing) and hands
 * the parts to these phrases; the phrases decide the words and their order. So a phrase is a
 * function of its parts wherever languages order them differently (German puts the verb last in a
 * relative clause), and of its number wherever plurals differ. User values (event names, property
 * paths, cohort codes) arrive already worded; a phrase only places them.
 */
import type { Combinator, ComparisonOperator, ConditionOperator, JsonValue, TransitionType } from './ast';

/** Who a clause speaks of: `plural` inside a whole-query sentence ("Users who are in cohort 1"), `singular` alone ("is in cohort 1"). */
export type SummaryVoice = 'plural' | 'singular';

/**
 * Where a condition stands: `statement` alone (`URL contains "x"`), `where` in a clause's where
 * part ("did Pageview where URL contains "x""), `item` about an item of a list inside a function
 * condition (`price at least 100`). English words `statement` and `where` alike; German puts the
 * verb last in `where` and `item`.
 */
export type ConditionForm = 'statement' | 'where' | 'item';

/** A member of a group, worded, as the connectors receive it. */
export interface SummaryPart {
  text: string;
  /** The part ends with a dependent clause of its own (a clause's where part, or the condition on an item): German closes it with a comma before "und"/"oder". */
  endsWithClause: boolean;
}

/** A comparison to word: its JSON operator (known or not), the operator's words from `amounts.count`/`amounts.amount`, and the number. */
export interface Amount {
  operator: string;
  words: string;
  value: number;
}

/** The units of a `the_last` window the phrasebook names (the JSON's "days" and "day" are both `day`). */
export type WindowUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month';

/** Operators whose operand is a range `{"start", "end"}`. */
export type RangeConditionOperator = 'between' | 'float_between' | 'date_between';
/** Operators whose operand is one value, or a list meaning any of them. */
export type ValueConditionOperator = Exclude<ConditionOperator, RangeConditionOperator>;

/** A condition about a subject (a property's label): the value (or the list from `values.list`) worded, and where it stands. */
export type ConditionPhrase = (subject: string, value: string, form: ConditionForm) => string;
/** A range condition: `price is between 50 and 200`. */
export type RangePhrase = (subject: string, start: string, end: string, form: ConditionForm) => string;
/** A condition the subject meets, without a value: `URL is empty`. */
export type SubjectPhrase = (subject: string, form: ConditionForm) => string;

/** One value operator: with one value, and with a list meaning any of them. */
export interface OperatorPhrases {
  one: ConditionPhrase;
  many: ConditionPhrase;
}

/** Parts every clause phrase gets. */
export interface ClauseParts {
  voice: SummaryVoice;
}
/** `did Pageview at least 2 times in the last 30 days where URL contains "x"`; `negated` for `equal_to 0` ("did not do"), then `times` is empty. */
export interface EventParts extends ClauseParts {
  event: string;
  /** Empty when the clause has no frequency. */
  times: string;
  /** Empty for all time (`windows.allTime`). */
  window: string;
  where?: string;
  negated: boolean;
}
/** `spent at least 120 seconds engaged in the last 7 days on pages where ...`. */
export interface EngagedTimeParts extends ClauseParts {
  time: string;
  window: string;
  where?: string;
}
/** `scrolled at least 40% of the page on pages where ...`. */
export interface CompletionParts extends ClauseParts {
  share: string;
  where?: string;
}
/** `had at least 3 page views with at least 30 seconds engaged each in the last 14 days ...`. */
export interface PageViewsParts extends ClauseParts {
  views: string;
  /** Engaged time per view, when the clause sets one. */
  each?: string;
  window: string;
  where?: string;
}
/** `entered cohort 1234 in the last 30 days`. */
export interface TransitionParts extends ClauseParts {
  cohort: string;
  window: string;
}
/** `is (not) in second-party segment gold from acme`. */
export interface SegmentParts extends ClauseParts {
  negated: boolean;
  segment: string;
  provider: string;
}
/** `is (not) in the connections import from acme`. */
export interface ImportParts extends ClauseParts {
  negated: boolean;
  provider: string;
}
/** `is (not) in the connections import where email is "a"`. */
export interface ImportFieldParts extends ClauseParts {
  negated: boolean;
  field: string;
  value: string;
}

/**
 * A function condition's parts. `of: 'property'`: the subject is the list property the function
 * looks into (`any item of products has ...`). `of: 'condition'`: the function is the condition of
 * the subject, an item property or an aggregate, which is then the list (`tags with any item of the
 * array has ...`).
 */
export interface FunctionParts {
  subject: string;
  of: 'property' | 'condition';
  form: ConditionForm;
}
/** `any`/`all`: `condition` is the condition on an item and the function's own where, joined, in `item` form. */
export interface ItemFunctionParts extends FunctionParts {
  condition: string;
}
/** An aggregate: `the sum of price over the items of products with ... is at least 100`. */
export interface AggregateParts extends FunctionParts {
  /** From `functions.names`, or `functions.unknownName`. */
  name: string;
  item: string;
  /** The function's own where, in `item` form: which items count. */
  where?: string;
  /** The aggregate's condition about the subject the phrase builds. */
  condition: (subject: string) => string;
}

/** The words of summaries. Every word of a summary comes from here; see `defaultSummaryPhrasebook`. */
export interface SummaryPhrasebook {
  /** Who a whole-query sentence is about when `options.subject` is not set. */
  subject: string;
  /** A whole-query sentence from its subject and its clauses (plural voice). */
  sentence: (subject: string, clauses: string) => string;
  groups: {
    connectors: Readonly<Record<Combinator, string>>;
    /** The members of a group of clauses, joined with the group's connector. */
    joinClauses: (parts: readonly SummaryPart[], connector: string) => string;
    /** The members of a where group, or an item's condition and the function's where, joined. */
    joinConditions: (parts: readonly SummaryPart[], connector: string) => string;
    /** A group of several set apart among its siblings, so that its connector is not theirs. */
    nested: (text: string) => string;
    empty: (voice: SummaryVoice) => string;
  };
  clauses: {
    event: (parts: EventParts) => string;
    engagedTime: (parts: EngagedTimeParts) => string;
    completion: (parts: CompletionParts) => string;
    pageViews: (parts: PageViewsParts) => string;
    transitions: Readonly<Record<TransitionType, (parts: TransitionParts) => string>>;
    secondPartySegment: (parts: SegmentParts) => string;
    thirdPartySegment: (parts: SegmentParts) => string;
    importedSegment: (parts: ImportParts) => string;
    importedSegmentField: (parts: ImportFieldParts) => string;
    /** `in_segment`: membership of another cohort. */
    inCohort: (parts: ClauseParts & { cohort: string }) => string;
  };
  amounts: {
    /** Operator words before a number of things (times, page views). */
    count: Readonly<Record<ComparisonOperator, string>>;
    /** Operator words before an amount (engaged time, a share of the page). */
    amount: Readonly<Record<ComparisonOperator, string>>;
    /** Words for an operator the library does not know, from its JSON name. */
    unknownOperator: (operator: string) => string;
    times: (amount: Amount) => string;
    seconds: (amount: Amount) => string;
    pageViews: (amount: Amount) => string;
    /** A share of the page; `value` is in percent. */
    share: (amount: Amount) => string;
    /** What a clause without its comparison says: "spent time engaged". */
    anySeconds: string;
    anyShare: string;
    anyPageViews: string;
  };
  windows: {
    /** No `during`: English and German say nothing. */
    allTime: string;
    thisSession: string;
    theLast: Readonly<Record<WindowUnit, (n: number) => string>>;
    /** A unit the library does not know, as it came. */
    theLastUnknown: (n: number, unit: string) => string;
  };
  conditions: {
    operators: Readonly<Record<ValueConditionOperator, OperatorPhrases> & Record<RangeConditionOperator, RangePhrase>>;
    isEmpty: SubjectPhrase;
    isNotEmpty: SubjectPhrase;
    /** An operator the library does not know, with its JSON name and its operand. */
    unknown: (subject: string, operator: string, value: string, form: ConditionForm) => string;
  };
  functions: {
    someItem: (parts: ItemFunctionParts) => string;
    everyItem: (parts: ItemFunctionParts) => string;
    aggregate: (parts: AggregateParts) => string;
    names: Readonly<Record<'sum' | 'product' | 'count' | 'mean', string>>;
    /** An aggregate the library does not know, by its quoted name. */
    unknownName: (name: string) => string;
  };
  values: {
    /** A user's text: English `"football"` (JSON), German `„football“`. */
    quote: (text: string) => string;
    number: (n: number) => string;
    boolean: (value: boolean) => string;
    null: string;
    /** An object or array operand. */
    json: (value: JsonValue) => string;
    /** Two or more worded values meaning any of them. */
    list: (values: readonly string[]) => string;
  };
  /** Labels of property paths; `options.propertyLabels` go over them. */
  propertyLabels: Readonly<Record<string, string>>;
  /** Forms the library keeps as raw JSON. */
  unrecognised: {
    clause: (voice: SummaryVoice) => string;
    times: string;
    seconds: string;
    pageViews: string;
    share: string;
    window: string;
    condition: SubjectPhrase;
    /** A member of a where tree, without a subject. */
    where: (form: ConditionForm) => string;
  };
  /** Placeholders for what is not filled in yet. */
  missing: {
    event: string;
    property: string;
    cohort: string;
    provider: string;
    field: string;
    segment: string;
    conditions: string;
    /** An empty list operand. */
    values: string;
    /** A range without its start or end. */
    value: string;
  };
}
