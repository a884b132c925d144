/**
 * Every user-visible string of the leaf editors: the i18n seam. Each editor takes `labels` for its
 * own section, merged over these defaults. Strings that hold a number or a name are functions.
 */

/** Messages of a number field; spread into every section that has one, so each overrides its own. */
export interface NumberMessages {
  numberEmpty: string;
  numberInvalid: string;
  numberNotInteger: string;
  numberTooSmall: (min: number) => string;
  numberTooLarge: (max: number) => string;
}

const numberMessages: NumberMessages = {
  numberEmpty: 'Enter a number',
  numberInvalid: 'Enter a number using digits, such as 5',
  numberNotInteger: 'Enter a whole number',
  numberTooSmall: (min) => `Enter ${min} or more`,
  numberTooLarge: (max) => `Enter ${max} or less`,
};

/** Strings of the event picker. */
export interface EventPickerLabels {
  label: string;
  placeholder: string;
  required: string;
  loading: string;
  empty: string;
  error: string;
  retry: string;
}

/** Strings of the comparison and frequency editors. */
export interface ComparisonLabels extends NumberMessages {
  operators: Readonly<Record<string, string>>;
  operatorLabel: (subject: string) => string;
  valueLabel: (subject: string) => string;
  frequency: string;
  times: (n: number | undefined) => string;
  didNotHappen: string;
}

/** Strings of the during-window editor. */
export interface DuringLabels extends NumberMessages {
  label: string;
  allTime: string;
  thisSession: string;
  theLast: string;
  /** The same choices as words of a sentence ("did Pageview … in the last 30 days"), for the inline variant. */
  allTimeWords: string;
  thisSessionWords: string;
  theLastWords: string;
  lengthLabel: (subject: string) => string;
  unitLabel: (subject: string) => string;
  units: Readonly<Record<string, string>>;
  rawWindow: string;
  replace: string;
}

/** Strings of the where-condition editor and its parts. */
export interface WhereLabels extends NumberMessages {
  label: string;
  empty: string;
  matchLabel: (subject: string) => string;
  all: string;
  any: string;
  operators: Readonly<Record<string, string>>;
  group: (position: string) => string;
  condition: (position: string) => string;
  propertyLabel: (subject: string) => string;
  propertyPlaceholder: string;
  propertyRequired: string;
  operatorLabel: (subject: string) => string;
  valueLabel: (subject: string) => string;
  valuesLabel: (subject: string) => string;
  addValueHint: string;
  removeValue: (value: string) => string;
  valuesEmpty: string;
  startLabel: (subject: string) => string;
  endLabel: (subject: string) => string;
  betweenOrder: (start: number, end: number) => string;
  and: string;
  trueLabel: string;
  falseLabel: string;
  addCondition: string;
  addConditionTo: (subject: string) => string;
  addGroup: string;
  addGroupTo: (subject: string) => string;
  remove: string;
  removeNamed: (subject: string) => string;
  itemPropertyLabel: (subject: string) => string;
  itemSubject: (property: string, subject: string) => string;
  itemFilter: (subject: string) => string;
  addItemFilter: string;
  addItemFilterTo: (subject: string) => string;
  rawCondition: string;
  /** Why a where condition is kept as JSON: the parser's reason (its `code` says which), English `message` by default. */
  rawReason: (reason: { severity: 'error' | 'warning'; code: string; message: string }) => string;
  resetValue: string;
  resetValueOf: (subject: string) => string;
}

/** All sections of the leaf editors' strings; inside the builder they come from its `labels.fields`. */
export interface FieldLabels {
  eventPicker: EventPickerLabels;
  comparison: ComparisonLabels;
  during: DuringLabels;
  where: WhereLabels;
}

/** The default (English) strings. */
export const defaultFieldLabels: FieldLabels = {
  eventPicker: {
    label: 'Event',
    placeholder: 'Pageview',
    required: 'Choose or type an event name',
    loading: 'Loading events…',
    empty: 'No matching events',
    error: 'Could not load events',
    retry: 'Retry',
  },
  comparison: {
    ...numberMessages,
    operators: {
      greater_than_or_equal_to: 'at least',
      greater_than: 'more than',
      equal_to: 'exactly',
      less_than_or_equal_to: 'at most',
      less_than: 'fewer than',
    },
    operatorLabel: (subject) => `${subject} comparison`,
    valueLabel: (subject) => `${subject} value`,
    frequency: 'Frequency',
    times: (n) => (n === 1 ? 'time' : 'times'),
    didNotHappen: 'did not happen',
  },
  during: {
    ...numberMessages,
    label: 'During',
    allTime: 'All time',
    thisSession: 'This session',
    theLast: 'In the last',
    allTimeWords: 'at any time',
    thisSessionWords: 'in this session',
    theLastWords: 'in the last',
    lengthLabel: (subject) => `${subject} length`,
    unitLabel: (subject) => `${subject} unit`,
    units: { minutes: 'minutes', hours: 'hours', days: 'days', weeks: 'weeks', months: 'months' },
    rawWindow: 'This window is kept as JSON because the editor cannot read it.',
    replace: 'Replace',
  },
  where: {
    ...numberMessages,
    label: 'Where',
    empty: 'No conditions on properties.',
    matchLabel: (subject) => `Match for ${subject}`,
    all: 'all of',
    any: 'any of',
    operators: {
      contains: 'contains',
      does_not_contain: 'does not contain',
      equal_to: 'is',
      not_equal_to: 'is not',
      list_contains: 'includes',
      list_does_not_contain: 'does not include',
      greater_than: 'is more than',
      greater_than_or_equal_to: 'is at least',
      less_than: 'is less than',
      less_than_or_equal_to: 'is at most',
      between: 'is between',
      boolean_equal_to: 'is',
      float_equal_to: 'equals',
      list_contains_integer: 'includes',
      date_equal_to: 'is on',
      is_empty: 'is empty',
      is_not_empty: 'is not empty',
      'function:any': 'has any item with',
      'function:all': 'has every item with',
    },
    group: (position) => `group ${position}`,
    condition: (position) => `condition ${position}`,
    propertyLabel: (subject) => `Property for ${subject}`,
    propertyPlaceholder: 'properties.client.url',
    propertyRequired: 'Choose or type a property, such as properties.client.url',
    operatorLabel: (subject) => `Operator for ${subject}`,
    valueLabel: (subject) => `Value for ${subject}`,
    valuesLabel: (subject) => `Values for ${subject}`,
    addValueHint: 'Press Enter or type a comma to add a value; any of the values matches.',
    removeValue: (value) => `Remove ${value}`,
    valuesEmpty: 'Add at least one value',
    startLabel: (subject) => `From for ${subject}`,
    endLabel: (subject) => `To for ${subject}`,
    betweenOrder: (start, end) => `The range starts at ${start} but ends at ${end}; make the end ${start} or more`,
    and: 'and',
    trueLabel: 'true',
    falseLabel: 'false',
    addCondition: 'Add condition',
    addConditionTo: (subject) => `Add condition to ${subject}`,
    addGroup: 'Add group',
    addGroupTo: (subject) => `Add group to ${subject}`,
    remove: 'Remove',
    removeNamed: (subject) => `Remove ${subject}`,
    itemPropertyLabel: (subject) => `Item property for ${subject}`,
    itemSubject: (property, subject) => (property === '' ? `the item of ${subject}` : `${property} of ${subject}`),
    itemFilter: (subject) => `item filter of ${subject}`,
    addItemFilter: 'Add item filter',
    addItemFilterTo: (subject) => `Add item filter to ${subject}`,
    rawCondition: 'Kept as JSON because the editor cannot read it; it is sent unchanged.',
    rawReason: (reason) => reason.message,
    resetValue: 'Replace value',
    resetValueOf: (subject) => `Replace value (${subject})`,
  },
};

/** Merges a section's overrides over its defaults; memoize the result where it is passed down. */
export function mergeLabels<K extends keyof FieldLabels>(section: K, overrides?: Partial<FieldLabels[K]>): FieldLabels[K] {
  return overrides ? { ...defaultFieldLabels[section], ...overrides } : defaultFieldLabels[section];
}

/** Overrides of the leaf editors' strings: any section, any of its keys. */
export type FieldLabelOverrides = { [K in keyof FieldLabels]?: Partial<FieldLabels[K]> };

/** Every section's overrides merged over `base` (the defaults unless a whole table is given). */
export function mergeFieldLabels(overrides?: FieldLabelOverrides, base: FieldLabels = defaultFieldLabels): FieldLabels {
  if (!overrides) return base;
  return {
    eventPicker: { ...base.eventPicker, ...overrides.eventPicker },
    comparison: { ...base.comparison, ...overrides.comparison },
    during: { ...base.during, ...overrides.during },
    where: { ...base.where, ...overrides.where },
  };
}

/** The name a record gives a key, or the key itself; own keys only, so "constructor" stays "constructor". */
export function nameIn(record: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(record, key) ? (record[key] as string) : key;
}
