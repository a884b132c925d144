/**
 * The German words of query summaries: `Nutzer, die Pageview mindestens 2-mal in den letzten 30
 * Tagen ausgeführt haben, wobei URL „football“ enthält.`
 *
 * A whole-query sentence is a relative clause ("Nutzer, die ... haben"), so in the plural voice
 * the finite verb comes last; a clause alone reads as a sentence without its subject ("hat
 * Pageview mindestens einmal ausgeführt"). Conditions put the verb second when they stand alone
 * (`URL enthält „x“`) and last after "wobei" and inside "bei dem" (`URL „x“ enthält`).
 */
import type {
  ConditionForm,
  ConditionPhrase,
  OperatorPhrases,
  RangePhrase,
  SummaryPart,
  SummaryPhrasebook,
  SummaryVoice,
} from './phrasebook';

const words = (...parts: (string | undefined)[]): string => parts.filter((part) => part !== undefined && part !== '').join(' ');
// Decimal comma: "2,5-mal", "7,5 %".
const num = (n: number): string => String(n).replace('.', ',');
const counted = (n: number, one: string, many: string): string => `${num(n)} ${n === 1 ? one : many}`;

// Perfect or present with its auxiliary: "hat X ausgeführt" alone, "X ausgeführt haben" after "Nutzer, die".
function verb(voice: SummaryVoice, aux: 'haben' | 'sein', rest: string, participle = ''): string {
  const finite = aux === 'haben' ? (voice === 'plural' ? 'haben' : 'hat') : voice === 'plural' ? 'sind' : 'ist';
  return voice === 'plural' ? words(rest, participle, finite) : words(finite, rest, participle);
}
const corresponds = (voice: SummaryVoice, what: string): string => (voice === 'plural' ? `${what} entsprechen` : `entspricht ${what}`);
// The where part of a clause is a dependent clause at its end; `SummaryPart.endsWithClause` says so to the connectors.
const wobei = (text: string, where: string | undefined): string => (where === undefined ? text : `${text}, wobei ${where}`);
const not = (negated: boolean): string => (negated ? 'nicht' : '');

// A condition: verb second alone, verb last after "wobei" and inside "bei dem".
function condition(subject: string, rest: string, finite: string, form: ConditionForm): string {
  return form === 'statement' ? words(subject, finite, rest) : words(subject, rest, finite);
}
const de = (rest: (value: string) => string, finite: string): ConditionPhrase => (subject, value, form) => condition(subject, rest(value), finite, form);
const deOperator = (one: ConditionPhrase, many: ConditionPhrase = one): OperatorPhrases => ({ one, many });
const deRange: RangePhrase = (subject, start, end, form) => condition(subject, `zwischen ${start} und ${end}`, 'liegt', form);
const isValue = de((value) => value, 'ist');
const isAnyOf = de((values) => `einer der Werte ${values}`, 'ist');
const contains = deOperator(de((value) => value, 'enthält'), de((values) => `einen der Werte ${values}`, 'enthält'));
const listContains = deOperator(de((value) => `das Element ${value}`, 'enthält'), de((values) => `eines der Elemente ${values}`, 'enthält'));
const last = (one: string, many: string) => (n: number) => (n === 1 ? `innerhalb ${one}` : `in den letzten ${num(n)} ${many}`);

// "A oder B"; a part that ends with its own dependent clause is closed with a comma first. Appended
// in a loop: Array.prototype.join of long two-byte strings („“) measured ~4x slower per keystroke.
function joinDe(parts: readonly SummaryPart[], connector: string): string {
  let out = parts[0]?.text ?? '';
  for (let i = 1; i < parts.length; i++) out += `${parts[i - 1]!.endsWithClause ? ',' : ''} ${connector} ${parts[i]!.text}`;
  return out;
}
// Control characters would break the line; they read as JSON escapes, as in English.
const isControl = (code: number): boolean => code < 0x20 || code === 0x2028 || code === 0x2029;
function escape(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : text[i];
  }
  return out;
}
const UNRECOGNISED = 'von der Bibliothek nicht erkannte';

/** The German phrasebook: `describeQuery(query, { phrasebook: germanSummaryPhrasebook })`. */
export const germanSummaryPhrasebook: SummaryPhrasebook = {
  subject: 'Nutzer',
  sentence: (subject, clauses) => `${subject}, die ${clauses}.`,
  groups: {
    connectors: { and: 'und', or: 'oder' },
    joinClauses: joinDe,
    joinConditions: joinDe,
    nested: (text) => `(${text})`,
    empty: (voice) => corresponds(voice, 'einer leeren Gruppe'),
  },
  clauses: {
    event: ({ voice, event, times, window, where, negated }) =>
      wobei(verb(voice, 'haben', words(event, times, window, not(negated)), 'ausgeführt'), where),
    engagedTime: ({ voice, time, window, where }) =>
      wobei(verb(voice, 'haben', words(window, time, 'aktiv', where === undefined ? '' : 'auf Seiten'), 'verbracht'), where),
    completion: ({ voice, share, where }) => wobei(verb(voice, 'haben', `${share} der Seite`, 'gescrollt'), where),
    pageViews: ({ voice, views, each, window, where }) =>
      wobei(verb(voice, 'haben', words(window, views), each === undefined ? 'aufgerufen' : `aufgerufen und auf jeder ${each} aktiv verbracht`), where),
    transitions: {
      has_entered: ({ voice, cohort, window }) => verb(voice, 'sein', words(window, 'in Kohorte', cohort), 'eingetreten'),
      has_exited: ({ voice, cohort, window }) => verb(voice, 'sein', words(window, 'aus Kohorte', cohort), 'ausgetreten'),
      has_not_entered: ({ voice, cohort, window }) => verb(voice, 'sein', words(window, 'nicht in Kohorte', cohort), 'eingetreten'),
      has_not_exited: ({ voice, cohort, window }) => verb(voice, 'sein', words(window, 'nicht aus Kohorte', cohort), 'ausgetreten'),
    },
    secondPartySegment: ({ voice, negated, segment, provider }) =>
      verb(voice, 'sein', words(not(negated), 'im Zweitanbieter-Segment', segment, 'von', provider)),
    thirdPartySegment: ({ voice, negated, segment, provider }) =>
      verb(voice, 'sein', words(not(negated), 'im Drittanbieter-Segment', segment, 'von', provider)),
    importedSegment: ({ voice, negated, provider }) => verb(voice, 'sein', words(not(negated), 'im importierten Segment von', provider)),
    importedSegmentField: ({ voice, negated, field, value }) =>
      verb(voice, 'sein', words(not(negated), 'im importierten Segment mit', value, 'im Feld', field)),
    inCohort: ({ voice, cohort }) => verb(voice, 'sein', `in Kohorte ${cohort}`),
  },
  amounts: {
    count: { greater_than_or_equal_to: 'mindestens', greater_than: 'mehr als', equal_to: 'genau', less_than_or_equal_to: 'höchstens', less_than: 'weniger als' },
    amount: { greater_than_or_equal_to: 'mindestens', greater_than: 'mehr als', equal_to: 'genau', less_than_or_equal_to: 'höchstens', less_than: 'weniger als' },
    unknownOperator: (operator) => operator.replace(/_/g, ' '),
    times: ({ words: before, value }) => `${before} ${value === 1 ? 'einmal' : `${num(value)}-mal`}`,
    seconds: ({ words: before, value }) => `${before} ${counted(value, 'Sekunde', 'Sekunden')}`,
    pageViews: ({ words: before, value }) => `${before} ${counted(value, 'Seite', 'Seiten')}`,
    share: ({ words: before, value }) => `${before} ${num(value)}\u00a0%`,
    anySeconds: 'Zeit',
    anyShare: 'einen Teil',
    anyPageViews: 'Seiten',
  },
  windows: {
    allTime: '',
    thisSession: 'in dieser Sitzung',
    theLast: {
      second: last('der letzten Sekunde', 'Sekunden'),
      minute: last('der letzten Minute', 'Minuten'),
      hour: last('der letzten Stunde', 'Stunden'),
      day: last('des letzten Tages', 'Tagen'),
      week: last('der letzten Woche', 'Wochen'),
      month: last('des letzten Monats', 'Monaten'),
    },
    theLastUnknown: (n, unit) => `im letzten Zeitraum von ${num(n)} ${unit}`,
  },
  conditions: {
    operators: {
      contains,
      does_not_contain: deOperator(de((value) => `${value} nicht`, 'enthält'), de((values) => `keinen der Werte ${values}`, 'enthält')),
      equal_to: deOperator(isValue, isAnyOf),
      not_equal_to: deOperator(de((value) => `nicht ${value}`, 'ist'), de((values) => `keiner der Werte ${values}`, 'ist')),
      list_contains: listContains,
      list_does_not_contain: deOperator(de((value) => `das Element ${value} nicht`, 'enthält'), de((values) => `keines der Elemente ${values}`, 'enthält')),
      list_contains_integer: listContains,
      greater_than: deOperator(de((value) => `größer als ${value}`, 'ist')),
      greater_than_or_equal_to: deOperator(de((value) => `mindestens ${value}`, 'ist')),
      less_than: deOperator(de((value) => `kleiner als ${value}`, 'ist')),
      less_than_or_equal_to: deOperator(de((value) => `höchstens ${value}`, 'ist')),
      boolean_equal_to: deOperator(isValue, isAnyOf),
      float_equal_to: deOperator(isValue, isAnyOf),
      date_equal_to: deOperator(de((value) => `am ${value}`, 'ist'), de((values) => `an einem der Tage ${values}`, 'ist')),
      between: deRange,
      float_between: deRange,
      date_between: deRange,
    },
    isEmpty: (subject, form) => condition(subject, 'leer', 'ist', form),
    isNotEmpty: (subject, form) => condition(subject, 'nicht leer', 'ist', form),
    unknown: (subject, operator, value, form) => condition(subject, `die Bedingung ${operator} ${value}`, 'erfüllt', form),
  },
  functions: {
    // The list is the subject in both cases: a where condition's property, or the item property a nested function is about.
    someItem: ({ subject, condition: itemCondition, form }) => `${condition(subject, 'ein Element', 'enthält', form)}, bei dem ${itemCondition}`,
    everyItem: ({ subject, condition: itemCondition, form }) => `${condition(subject, 'nur Elemente', 'enthält', form)}, bei denen ${itemCondition}`,
    aggregate: ({ subject, name, item, where, condition: about }) =>
      about(`${name} von ${item} über alle Elemente von ${subject}${where === undefined ? '' : `, bei denen ${where},`}`),
    names: { sum: 'die Summe', product: 'das Produkt', count: 'die Anzahl', mean: 'der Mittelwert' },
    unknownName: (name) => `die Funktion ${name}`,
  },
  values: {
    quote: (text) => `„${escape(text)}“`,
    number: num,
    boolean: (value) => (value ? 'wahr' : 'falsch'),
    // "null" would read as the German word for zero.
    null: 'kein Wert',
    json: (value) => JSON.stringify(value),
    list: (values) => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} oder ${values[values.length - 1]}`),
  },
  propertyLabels: {
    'properties.client.url': 'URL',
    'properties.client.title': 'Seitentitel',
    'properties.client.domain': 'Domain',
    'properties.client.referrer': 'verweisende Seite',
  },
  unrecognised: {
    clause: (voice) => corresponds(voice, 'einer von der Bibliothek nicht erkannten Klausel'),
    times: 'in einer von der Bibliothek nicht erkannten Häufigkeit',
    seconds: `eine ${UNRECOGNISED} Anzahl von Sekunden`,
    pageViews: `eine ${UNRECOGNISED} Anzahl von Seiten`,
    share: 'einen von der Bibliothek nicht erkannten Anteil',
    window: 'in einem von der Bibliothek nicht erkannten Zeitraum',
    condition: (subject, form) => condition(subject, `eine ${UNRECOGNISED} Bedingung`, 'erfüllt', form),
    where: () => `eine ${UNRECOGNISED} Bedingung gilt`,
  },
  missing: {
    event: 'ein noch nicht gewähltes Ereignis',
    property: 'eine noch nicht gewählte Eigenschaft',
    cohort: '(noch kein Kohortencode)',
    provider: '(noch kein Anbieter)',
    field: '(noch kein Feld)',
    segment: '(noch kein Segment)',
    conditions: '(noch keine Bedingungen)',
    values: '(noch keine Werte)',
    value: '(noch kein Wert)',
  },
};
