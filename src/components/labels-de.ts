/**
 * The German tables: every string of the leaf editors, the builder, the cohort editor and the
 * arrangement announcements, in German. Pass them whole, with the German summary phrasebook (all
 * four and `germanSummaryPhrasebook` are exported by the package's main entry):
 *
 * ```tsx
 * <CohortEditor labels={germanEditorLabels} announcements={germanAnnouncements} phrasebook={germanSummaryPhrasebook} … />
 * <CohortQueryBuilder labels={germanBuilderLabels} announcements={germanAnnouncements} phrasebook={germanSummaryPhrasebook} … />
 * ```
 *
 * Put them inside an element with `lang="de"` so screen readers pronounce German. The tables are
 * complete, so they replace the English defaults whole; to reword a few strings, spread a table:
 * `labels={{ ...germanEditorLabels, save: 'Sichern' }}`.
 *
 * The words follow `germanSummaryPhrasebook` ("Kohorte", "Ereignis", "Klausel", "Bedingung",
 * "Nutzer"), address the person as "Sie", and write numbers with a decimal comma. Event names,
 * property paths, operator keys and JSON stay as the Cohorts API spells them.
 */
import type { BuilderAnnouncements } from './announcements';
import type { BuilderLabels } from './builderLabels';
import type { EditorLabels, SaveFailure, UncertainCreate } from './editor/editorLabels';
import type { FieldLabels, NumberMessages } from './labels';
import type { IssueCode, PathSegment, QueryIssue } from '../query/issues';
import type { DefaultTemplateKey, TemplateWords } from '../query/templates';

// Decimal comma, as in the phrasebook: "0,5", "2,5".
const num = (n: number): string => String(n).replace('.', ',');
const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const numberMessages: NumberMessages = {
  numberEmpty: 'Geben Sie eine Zahl ein',
  numberInvalid: 'Geben Sie eine Zahl in Ziffern ein, etwa 5',
  numberNotInteger: 'Geben Sie eine ganze Zahl ein',
  numberTooSmall: (min) => `Geben Sie ${num(min)} oder mehr ein`,
  numberTooLarge: (max) => `Geben Sie ${num(max)} oder weniger ein`,
};

/** The leaf editors' strings in German (event picker, comparisons, windows, where conditions). */
export const germanFieldLabels: FieldLabels = {
  eventPicker: {
    label: 'Ereignis',
    // An event name, as the Cohorts API spells it.
    placeholder: 'Pageview',
    required: 'Wählen Sie ein Ereignis, oder geben Sie seinen Namen ein',
    loading: 'Ereignisse werden geladen…',
    empty: 'Keine passenden Ereignisse',
    error: 'Ereignisse konnten nicht geladen werden',
    retry: 'Erneut versuchen',
  },
  comparison: {
    ...numberMessages,
    operators: {
      greater_than_or_equal_to: 'mindestens',
      greater_than: 'mehr als',
      equal_to: 'genau',
      less_than_or_equal_to: 'höchstens',
      less_than: 'weniger als',
    },
    operatorLabel: (subject) => `${subject}: Vergleich`,
    valueLabel: (subject) => `${subject}: Wert`,
    frequency: 'Häufigkeit',
    // "1 Mal", "2 Mal": the word does not change with the number.
    times: () => 'Mal',
    didNotHappen: 'hat nicht stattgefunden',
  },
  during: {
    ...numberMessages,
    label: 'Zeitraum',
    allTime: 'Gesamter Zeitraum',
    thisSession: 'Diese Sitzung',
    theLast: 'In den letzten',
    allTimeWords: 'jederzeit',
    thisSessionWords: 'in dieser Sitzung',
    theLastWords: 'in den letzten',
    lengthLabel: (subject) => `${subject}: Länge`,
    unitLabel: (subject) => `${subject}: Einheit`,
    // After "in den letzten [30]": the dative plural.
    units: { minutes: 'Minuten', hours: 'Stunden', days: 'Tagen', weeks: 'Wochen', months: 'Monaten' },
    rawWindow: 'Dieser Zeitraum bleibt als JSON erhalten, weil der Editor ihn nicht lesen kann.',
    replace: 'Ersetzen',
  },
  where: {
    ...numberMessages,
    label: 'Bedingungen',
    empty: 'Keine Bedingungen an Eigenschaften.',
    matchLabel: (subject) => `Übereinstimmung für ${subject}`,
    all: 'alle',
    any: 'mindestens eine',
    operators: {
      contains: 'enthält',
      does_not_contain: 'enthält nicht',
      equal_to: 'ist',
      not_equal_to: 'ist nicht',
      list_contains: 'umfasst',
      list_does_not_contain: 'umfasst nicht',
      greater_than: 'ist größer als',
      greater_than_or_equal_to: 'ist mindestens',
      less_than: 'ist kleiner als',
      less_than_or_equal_to: 'ist höchstens',
      between: 'liegt zwischen',
      boolean_equal_to: 'ist',
      float_equal_to: 'ist gleich',
      list_contains_integer: 'umfasst',
      date_equal_to: 'ist am',
      is_empty: 'ist leer',
      is_not_empty: 'ist nicht leer',
      'function:any': 'enthält ein Element mit',
      'function:all': 'enthält nur Elemente mit',
    },
    group: (position) => `Gruppe ${position}`,
    condition: (position) => `Bedingung ${position}`,
    // A button's name holds its visible text as it stands ("Bedingung hinzufügen …"), for voice control and axe.
    propertyLabel: (subject) => `Eigenschaft für ${subject}`,
    propertyPlaceholder: 'properties.client.url',
    propertyRequired: 'Wählen Sie eine Eigenschaft, oder geben Sie sie ein, etwa properties.client.url',
    operatorLabel: (subject) => `Operator für ${subject}`,
    valueLabel: (subject) => `Wert für ${subject}`,
    valuesLabel: (subject) => `Werte für ${subject}`,
    addValueHint: 'Drücken Sie die Eingabetaste oder tippen Sie ein Komma, um einen Wert hinzuzufügen; es genügt, wenn einer der Werte zutrifft.',
    removeValue: (value) => `${value} entfernen`,
    valuesEmpty: 'Fügen Sie mindestens einen Wert hinzu',
    startLabel: (subject) => `Von-Wert für ${subject}`,
    endLabel: (subject) => `Bis-Wert für ${subject}`,
    betweenOrder: (start, end) =>
      `Der Bereich beginnt bei ${num(start)}, endet aber bei ${num(end)}; setzen Sie das Ende auf ${num(start)} oder mehr`,
    and: 'und',
    trueLabel: 'wahr',
    falseLabel: 'falsch',
    addCondition: 'Bedingung hinzufügen',
    addConditionTo: (subject) => `Bedingung hinzufügen zu ${subject}`,
    addGroup: 'Gruppe hinzufügen',
    addGroupTo: (subject) => `Gruppe hinzufügen zu ${subject}`,
    remove: 'Entfernen',
    removeNamed: (subject) => `${subject} entfernen`,
    itemPropertyLabel: (subject) => `Element-Eigenschaft für ${subject}`,
    itemSubject: (property, subject) => (property === '' ? `das Element von ${subject}` : `${property} von ${subject}`),
    itemFilter: (subject) => `Elementfilter von ${subject}`,
    addItemFilter: 'Elementfilter hinzufügen',
    addItemFilterTo: (subject) => `Elementfilter hinzufügen zu ${subject}`,
    rawCondition: 'Bleibt als JSON erhalten, weil der Editor sie nicht lesen kann; sie wird unverändert gesendet.',
    rawReason: (reason) => germanIssue({ severity: reason.severity, code: reason.code as IssueCode, path: [], message: reason.message }),
    resetValue: 'Wert ersetzen',
    resetValueOf: (subject) => `Wert ersetzen (${subject})`,
  },
};

// ---------------------------------------------------------------------------------------------
// Issues: one German sentence per issue code, true for every message the core gives that code.

const CHECK_AFTER_SAVING = 'Prüfen Sie die Kohorte nach dem Speichern im Permutive-Dashboard.';

/** A readable JSON path, `and[0].where.condition`, as the core's messages write it. */
function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(segment) ? (out === '' ? segment : `.${segment}`) : `[${JSON.stringify(segment)}]`;
  }
  return out;
}
const at = (path: readonly PathSegment[]): string => (path.length === 0 ? '' : ` (an der Stelle ${formatPath(path)})`);
const lastKey = (path: readonly PathSegment[], back = 1): string | undefined => {
  const segment = path[path.length - back];
  return typeof segment === 'string' ? segment : undefined;
};
const quoted = (text: string | undefined): string => (text === undefined ? '' : ` „${text}“`);

// A missing or invalid field, named by the last key of its path (the core reports each at its own key).
function missingField(issue: QueryIssue): string {
  const key = lastKey(issue.path);
  const owner = lastKey(issue.path, 2) ?? '';
  switch (key) {
    case 'frequency':
      return 'Fügen Sie eine Häufigkeit hinzu, etwa mindestens 1 Mal; jedes dokumentierte Beispiel hat eine.';
    case 'seconds':
      return 'Fügen Sie die aktiven Sekunden hinzu, etwa mindestens 30; jedes Beispiel dieser Klausel hat sie.';
    case 'completion':
      return 'Fügen Sie die Scrolltiefe hinzu, etwa mindestens 0,5 (die halbe Seite); jedes Beispiel dieser Klausel hat sie.';
    case 'times':
      return 'Fügen Sie die Anzahl der Seitenaufrufe hinzu, etwa mindestens 1.';
    case 'engaged_time':
      return 'Fügen Sie die aktiven Sekunden hinzu, die jeder Seitenaufruf braucht, etwa mindestens 30.';
    case 'in_segment':
      return 'Geben Sie die ID oder den Code der Kohorte ein.';
    case 'segment':
      return owner.startsWith('has_') ? 'Geben Sie den Code der Kohorte ein, eine ganze Zahl wie 1234.' : 'Geben Sie den Code des Segments ein.';
    case 'provider':
      return owner.endsWith('connections_import_segment')
        ? 'Geben Sie den Anbieter des Connections-Imports ein, oder einen Feldnamen und einen Wert.'
        : 'Geben Sie den Anbieter ein: bei einem Zweitanbieter-Segment den Code des Imports, bei einem Drittanbieter-Segment den Datenanbieter.';
    case 'field_name':
      return 'Geben Sie den Feldnamen ein, mit dem der Wert verglichen wird.';
    case 'value':
      return 'Geben Sie den Wert des Feldes ein.';
    case 'property':
      return owner === 'condition'
        ? 'Wählen Sie die Eigenschaft jedes Elements, die geprüft wird, etwa price.'
        : 'Wählen Sie die Eigenschaft, die diese Bedingung prüft, etwa properties.client.url.';
    default:
      return issue.severity === 'error'
        ? 'Ein Pflichtfeld dieser Klausel fehlt oder ist ungültig; füllen Sie es aus.'
        : 'Dieser Klausel fehlt ein Wert, den die dokumentierten Beispiele haben; ergänzen Sie ihn.';
  }
}

// A condition kept as JSON: an error must be fixed before saving, a warning is sent as it is.
const keptCondition = (issue: QueryIssue, fix: string): string =>
  issue.severity === 'error'
    ? `Diese Bedingung ist fehlerhaft und bleibt als JSON erhalten. ${fix}`
    : 'Die Bibliothek kann diese Bedingung nicht lesen; sie bleibt als JSON erhalten und wird unverändert gesendet. Bearbeiten Sie sie als JSON, falls sie geändert werden muss.';

/** The German sentence for an issue, by its code; the English `issue.message` is never shown. */
function germanIssue(issue: QueryIssue): string {
  switch (issue.code) {
    case 'not-json-object':
      return `Die Abfrage ist kein reines JSON-Objekt${at(issue.path)}: Sie ist selbst kein Objekt, oder sie enthält etwas, das JSON nicht darstellen kann. Übergeben Sie ein einfaches JSON-Objekt, etwa das Ergebnis von JSON.parse.`;
    case 'too-deep':
      return `Die Abfrage ist tiefer verschachtelt, als die Bibliothek liest${at(issue.path)}; eine echte Abfrage hat nur wenige Ebenen. Vereinfachen Sie sie (oder erhöhen Sie maxDepth).`;
    case 'too-large':
      return `Die Abfrage enthält mehr JSON-Werte, als die Bibliothek liest${at(issue.path)}; teilen Sie sie auf kleinere Kohorten auf (oder erhöhen Sie maxNodes).`;
    case 'unknown-clause':
      return issue.severity === 'error'
        ? 'Diese Klausel ist fehlerhaft und bleibt als JSON erhalten. Korrigieren Sie sie als JSON, oder entfernen Sie sie.'
        : 'Die Bibliothek weiß nicht, was diese Klausel bewirkt; sie bleibt als JSON erhalten und wird unverändert gesendet. Bearbeiten Sie sie als JSON, falls sie geändert werden muss.';
    case 'invalid-clause':
      return 'Diese Klausel hat keine gültige Form und bleibt als JSON erhalten. Korrigieren Sie sie als JSON, oder entfernen Sie sie.';
    case 'invalid-where':
      return keptCondition(issue, 'Korrigieren Sie sie als JSON: eine Eigenschaft mit einer Bedingung, etwa {"property": "properties.client.url", "condition": {"contains": "football"}}, oder eine Liste unter "and" / "or".');
    case 'invalid-condition':
      return keptCondition(issue, 'Schreiben Sie sie als einen Operator mit seinem Wert, etwa {"contains": "football"}.');
    case 'invalid-comparison':
      return issue.severity === 'error'
        ? 'Dieser Vergleich ist fehlerhaft und bleibt als JSON erhalten. Schreiben Sie ihn als einen Operator mit einer Zahl, etwa {"greater_than_or_equal_to": 1}.'
        : 'Diesen Vergleich kann die Bibliothek nicht lesen; er bleibt als JSON erhalten. Schreiben Sie ihn als einen Operator mit einer Zahl, etwa {"greater_than_or_equal_to": 1}.';
    case 'invalid-window':
      return 'Dieser Zeitraum ist ungültig: Er braucht als Länge eine ganze Zahl größer als 0 und eine Einheit, etwa {"the_last": {"value": 30, "unit": "days"}}.';
    case 'invalid-operand':
      return `Der Wert von${quoted(lastKey(issue.path))} fehlt oder passt nicht zum Operator (Text, Zahl, Liste, wahr/falsch oder Bereich); geben Sie einen passenden Wert ein.`;
    case 'empty-group':
      return 'Diese Gruppe ist leer: Fügen Sie ihr etwas hinzu, oder entfernen Sie sie.';
    case 'missing-event':
      return 'Geben Sie einen Ereignisnamen ein, etwa Pageview.';
    case 'missing-field':
      return missingField(issue);
    case 'negative-count':
      return 'Eine Anzahl kann nicht negativ sein; geben Sie 0 oder mehr ein.';
    case 'not-integer':
      return 'Diese Anzahl muss eine ganze Zahl sein; runden Sie auf oder ab.';
    case 'completion-range':
      return 'Die Scrolltiefe ist der gescrollte Anteil der Seite, von 0 bis 1 (0,4 bedeutet 40 %); geben Sie einen Wert von 0 bis 1 ein.';
    case 'between-order':
      return 'Der Bereich endet, bevor er beginnt; vertauschen Sie die beiden Zahlen.';
    case 'unknown-operator':
      return `Den Operator${quoted(lastKey(issue.path))} kennt die Bibliothek nicht; er bleibt unverändert erhalten. Wählen Sie einen bekannten Operator, falls die API die Abfrage ablehnt.`;
    case 'unknown-function':
      return 'Die Bibliothek kennt diese Funktion nicht; sie bleibt unverändert erhalten. Verwenden Sie „any“, falls die API sie ablehnt.';
    case 'unknown-window':
      return 'Diesen Zeitraum (oder seine Einheit) kennt die Bibliothek nicht; er bleibt unverändert erhalten und wird so gesendet. Die dokumentierte Form ist {"the_last": {"value": 30, "unit": "days"}}.';
    case 'unknown-keys':
      return `Der Schlüssel${quoted(lastKey(issue.path))} bleibt unverändert erhalten; die Bibliothek weiß nicht, was er bewirkt. Entfernen Sie ihn, falls die API die Abfrage ablehnt.`;
    case 'unverified-form': {
      // The one safe alternative the core offers: "never" as exactly 0 times. Every other form only
      // gets the check, never an alternative: "has not entered" must not turn into "has entered".
      const never = lastKey(issue.path, 2) === 'frequency' ? ' Um „nie“ auszudrücken, verwenden Sie genau 0 Mal (equal_to 0); prüfen Sie sonst die Kohorte nach dem Speichern im Permutive-Dashboard.' : ` ${CHECK_AFTER_SAVING}`;
      return `Diese Form ist von Permutive nicht dokumentiert, und es ist nicht belegt, dass sie mit der Cohorts-API funktioniert; die API lehnt sie womöglich ab oder liest sie anders.${never}`;
    }
    case 'not-cnf':
      return 'Diese Gruppe liegt tiefer als das UND aus ODER-Gruppen von Klauseln, das die Cohorts-API dokumentiert; die API lehnt die Abfrage womöglich ab. Verschieben Sie ihre Klauseln eine Ebene höher, oder schreiben Sie die Abfrage als UND aus ODER-Gruppen.';
    default:
      // A code added to the core after this table: a German sentence that holds for any of them.
      return issue.severity === 'error'
        ? 'Dieser Teil der Abfrage ist fehlerhaft; korrigieren Sie ihn, bevor Sie speichern.'
        : `Die Bibliothek kann diesen Teil der Abfrage nicht prüfen. ${CHECK_AFTER_SAVING}`;
  }
}

/** The names and descriptions of the default templates, in German. */
export const germanTemplateWords: Readonly<Record<DefaultTemplateKey, TemplateWords>> = {
  sectionReaders: {
    name: 'Leser einer Rubrik',
    description: 'Nutzer, die in den letzten 30 Tagen mindestens zweimal eine Rubrik der Website gelesen haben (ersetzen Sie „/sport/“ durch ihren Pfad).',
  },
  frequentVisitors: { name: 'Häufige Besucher', description: 'Nutzer, die in den letzten 30 Tagen mindestens 10 Seiten aufgerufen haben.' },
  engagedReaders: { name: 'Aufmerksame Leser', description: 'Nutzer, die insgesamt mindestens zwei Minuten aktiv auf Seiten verbracht haben.' },
  videoViewers: {
    name: 'Videozuschauer',
    description: 'Nutzer, die in den letzten 30 Tagen ein Video angesehen haben (ersetzen Sie videoViews, wenn Ihre Website ihr Video-Ereignis anders nennt).',
  },
};

/** The builder's strings in German, its leaf editors' (`fields`) and its issue sentences included. */
export const germanBuilderLabels: BuilderLabels = {
  fields: germanFieldLabels,
  issue: germanIssue,
  builder: 'Kohortenabfrage',
  combinator: { and: 'Alle', or: 'Mindestens eine' },
  combinatorGroup: 'Übereinstimmung',
  clauseKinds: {
    expression: 'Ereignis',
    engaged_time: 'Aktive Zeit',
    engaged_completion: 'Scrolltiefe',
    engaged_views: 'Aktive Seitenaufrufe',
    transition: 'Kohorte betreten oder verlassen',
    membership: 'Segmentzugehörigkeit',
    in_segment: 'In Kohorte',
    raw: 'Rohes JSON',
  },
  removeText: 'Entfernen',
  duplicateText: 'Duplizieren',
  copyJson: 'JSON kopieren',
  clause: (position) => `Klausel ${position}`,
  group: (position) => `Gruppe ${position}`,
  heading: capital,
  clauseTitle: (heading, kind) => `${heading}: ${kind}`,
  emptyGroup: 'Diese Gruppe ist leer: Fügen Sie eine Klausel hinzu, oder entfernen Sie die Gruppe.',
  summary: 'Zusammenfassung',
  jsonPreview: 'JSON für die Cohorts-API',
  issues: 'Probleme',
  error: 'Fehler',
  warning: 'Warnung',
  valueNotLoaded: 'Der übergebene Wert ist keine Kohortenabfrage, deshalb bleibt der Entwurf unten erhalten:',
  transitionTypes: {
    has_entered: 'eingetreten in',
    has_exited: 'ausgetreten aus',
    has_not_entered: 'nicht eingetreten in',
    has_not_exited: 'nicht ausgetreten aus',
  },
  membershipTypes: {
    in_second_party_segment: 'ist im Zweitanbieter-Segment',
    not_in_second_party_segment: 'ist nicht im Zweitanbieter-Segment',
    in_third_party_segment: 'ist im Drittanbieter-Segment',
    not_in_third_party_segment: 'ist nicht im Drittanbieter-Segment',
    in_connections_import_segment: 'ist im importierten Segment',
    not_in_connections_import_segment: 'ist nicht im importierten Segment',
  },
  fieldOf: (field, clause) => `${field} (${clause})`,
  eventField: 'Ereignis',
  frequencyField: 'Häufigkeit',
  duringField: 'Zeitraum',
  whereField: 'Bedingungen',
  cohort: 'Kohorte',
  cohortCode: 'Kohortencode',
  cohortCodeInvalid: 'Ein Kohortencode ist eine ganze Zahl, etwa 1234.',
  transitionType: 'Nutzer ist',
  membershipType: 'Nutzer',
  inSegment: 'Kohorten-ID oder -Code',
  provider: 'Anbieter',
  segment: 'Segment',
  fieldName: 'Feldname',
  fieldValue: 'Feldwert',
  engagedSeconds: 'Aktive Sekunden',
  completion: 'Scrolltiefe',
  pageViews: 'Seitenaufrufe',
  engagedTimePerView: 'Aktive Sekunden pro Aufruf',
  rawJson: 'JSON der Klausel',
  rawJsonHelp: 'Der Editor erkennt diese Klausel nicht; sie bleibt genau so erhalten, wie sie geschrieben ist. Bearbeiten Sie sie als JSON.',
  applyJson: 'JSON übernehmen',
  invalidJson: (reason) => `Das ist kein gültiges JSON, daher wurde es nicht übernommen (Ihr Text bleibt erhalten): ${reason}`,
  notAClause: 'Das ist keine Klausel.',
  rootName: 'Kohortenabfrage',
  rawValue: 'Unbekannter Wert, bleibt unverändert',
  replaceRawValue: 'Ersetzen',
  readOnlyNote: 'Schreibgeschützt',
  drag: (what) => `${what} ziehen`,
  draggable: 'ziehbar',
  actions: (what) => `Aktionen für ${what}`,
  actionsText: '⋯',
  moveUpItem: 'Nach oben',
  moveDownItem: 'Nach unten',
  moveToItem: 'In andere Gruppe verschieben…',
  copyItem: 'Als JSON kopieren',
  pasteItem: 'Einfügen',
  makeGroupItem: 'Zur Gruppe machen',
  ungroupItem: 'Gruppe auflösen',
  ungroupEachItem: 'Gruppe auflösen (jede muss zutreffen)',
  copyByHand: (what) => `${capital(what)} von Hand kopieren`,
  jsonOf: (what) => `JSON von ${what}`,
  pasteByHand: 'Von Hand einfügen',
  jsonToPaste: 'Einzufügendes JSON',
  close: 'Schließen',
  // The sentence of a clause keeps its fields in the English order, so the German verb comes
  // first, closed by a colon: "hat ausgeführt: Pageview mindestens 2 Mal in den letzten 30 Tagen".
  words: {
    did: 'hat ausgeführt:',
    where: 'wobei gilt:',
    spent: 'hat',
    engaged: 'aktiv verbracht',
    scrolled: 'hat',
    ofAPage: 'einer Seite gescrollt',
    viewed: 'hat aufgerufen:',
    eachEngaged: 'jeweils aktiv',
    onPagesWhere: 'auf Seiten, für die gilt:',
    cohort: 'Kohorte',
    isInCohort: 'ist in Kohorte',
    // "[ist im Drittanbieter-Segment] [gold] von [acme]"; "… wobei gilt: [email] ist [a@b.c]".
    from: 'von',
    is: 'ist',
    seconds: 'Sekunden',
    percent: '%',
    pages: 'Seiten',
  },
  connector: { and: 'und', or: 'oder' },
  addAnd: '+ Und',
  addOr: '+ Oder',
  addTo: (what) => ` (${what})`,
  alternativeTo: (what) => `Oder mit ${what}`,
  moveTo: (what) => `${what} in eine andere Gruppe verschieben`,
  moveDestination: (what) => `Ziel für ${what}`,
  moveConfirm: 'Verschieben',
  cancel: 'Abbrechen',
  topLevel: 'Oberste Ebene',
  newGroup: 'Neue Gruppe',
  newGroupZone: 'Klausel hier ablegen, um eine neue Gruppe zu beginnen',
  details: (what) => `Details zu ${what}`,
  issueCount: (errors, warnings) =>
    [errors && `${errors} Fehler`, warnings && `${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}`].filter(Boolean).join(', '),
  tools: 'Abfragewerkzeuge',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  collapseAll: 'Alle einklappen',
  expandAll: 'Alle ausklappen',
  codeView: 'Als JSON bearbeiten',
  codeLabel: 'Abfrage als JSON für die Cohorts-API',
  codeHelp: 'Änderungen, die gültiges JSON sind, gelten sofort. Teile, die der Editor nicht kennt, bleiben so erhalten, wie sie geschrieben sind.',
  codeLoading: 'Der JSON-Editor wird geladen…',
  codeIssues: 'Probleme im JSON',
  codeIssueAt: (line, column, severity, message) => `Zeile ${line}, Spalte ${column}: ${severity}: ${message}`,
  codeNotJson: (message) => `Das ist kein JSON: ${message}`,
  codeCannotLeave: (reason) => `Der Editor kann diesen Text nicht anzeigen, daher bleibt er hier geöffnet (nichts Getipptes geht verloren). ${reason}`,
  templatesHeading: 'Mit einer Vorlage beginnen',
  templateSet: germanTemplateWords,
  announcements: 'Ansagen zum Anordnen',
  cannotDrop: 'Hier nicht ablegbar',
};

// ---------------------------------------------------------------------------------------------
// The cohort editor

const CHECK_FIRST =
  'Die Kohorte wurde möglicherweise trotzdem erstellt (die API kann das nicht mitteilen): Prüfen Sie die Kohortenliste, bevor Sie es erneut versuchen, sonst erhalten Sie womöglich zwei.';
const RELOAD_FIRST = 'Laden Sie die Kohorte neu, um das zu prüfen, bevor Sie es erneut versuchen.';

// Advice by what failed, as in English: the message says what happened, this says what to do.
function advice({ kind, status, mode }: SaveFailure): string {
  const create = mode === 'create';
  if (kind === 'timeout') return `Die Cohorts-API hat nicht rechtzeitig geantwortet. ${create ? CHECK_FIRST : 'Versuchen Sie es gleich noch einmal.'}`;
  if (kind === 'network') return `Die Verbindung ist abgebrochen, bevor eine vollständige Antwort kam. ${create ? CHECK_FIRST : 'Prüfen Sie Ihre Verbindung, und versuchen Sie es erneut.'}`;
  if (kind === 'invalid-response') return `Die API hat mit etwas geantwortet, das keine Kohorte ist, daher hat das Speichern womöglich funktioniert. ${create ? CHECK_FIRST : RELOAD_FIRST}`;
  if (kind === 'validation') return 'Die Abfrage hat Probleme: Beheben Sie die markierten Klauseln, und speichern Sie dann erneut.';
  if (kind === 'abort') return 'Das Speichern wurde abgebrochen. Versuchen Sie es erneut, wenn Sie so weit sind.';
  if (kind === 'redirect')
    return 'Die Adresse der Cohorts-API hat die Anfrage anderswohin umgeleitet, daher wurde sie gestoppt und Ihr Schlüssel nicht dorthin gesendet. Bitten Sie die Person, die diese Seite eingerichtet hat, die API-Adresse zu prüfen.';
  if (kind === 'too-large') return `Die Antwort der API war zu groß zum Lesen, daher hat das Speichern womöglich funktioniert. ${create ? CHECK_FIRST : RELOAD_FIRST}`;
  if (status === 401)
    return 'Der API-Schlüssel wurde abgelehnt. Bitten Sie die Person, die diese Seite eingerichtet hat, den Schlüssel (oder den Proxy, der ihn hinzufügt) zu prüfen; bis dahin hilft ein erneuter Versuch nicht.';
  if (status === 403) return 'Dieser API-Schlüssel darf keine Kohorten ändern. Verwenden Sie einen Schlüssel mit Schreibzugriff.';
  if (status === 404) return 'Die Kohorte existiert nicht mehr; sie wurde womöglich gelöscht. Kopieren Sie Ihre Änderungen, und erstellen Sie sie neu.';
  if (status === 409) return 'Die Kohorte wurde inzwischen auf dem Server geändert. Laden Sie sie neu, und übernehmen Sie Ihre Änderungen dann noch einmal.';
  if (status === 400) return 'Die API hat die Kohorte in dieser Form abgelehnt. Ändern Sie, was die Meldung nennt, und speichern Sie dann erneut.';
  if (status === 429) return 'Gerade gibt es zu viele Anfragen. Warten Sie einen Moment, und versuchen Sie es dann erneut.';
  if (status !== undefined && status >= 500) return 'Die Cohorts-API hatte auf ihrer Seite ein Problem. Ihre Änderungen bleiben hier erhalten: Versuchen Sie es gleich noch einmal.';
  return 'Ihre Änderungen bleiben hier erhalten. Versuchen Sie es erneut, oder laden Sie die Seite neu, wenn es weiterhin fehlschlägt.';
}

// Advice after a failed load: nothing was changed, so every answer is safe to try again.
function loadAdvice({ kind, status }: Omit<SaveFailure, 'mode'>): string {
  if (status === 401) return 'Der API-Schlüssel wurde abgelehnt. Bitten Sie die Person, die diese Seite eingerichtet hat, den Schlüssel (oder den Proxy, der ihn hinzufügt) zu prüfen.';
  if (status === 403) return 'Dieser API-Schlüssel darf diese Kohorte nicht lesen.';
  if (status === 404) return 'Es gibt keine Kohorte mit dieser ID: Sie wurde womöglich gelöscht, oder der Link ist falsch.';
  if (kind === 'timeout' || kind === 'network' || (status !== undefined && status >= 500))
    return 'Die Cohorts-API war nicht erreichbar oder hatte ein Problem. Versuchen Sie es gleich noch einmal.';
  if (kind === 'redirect')
    return 'Die Adresse der Cohorts-API hat die Anfrage anderswohin umgeleitet, daher wurde sie gestoppt und Ihr Schlüssel nicht dorthin gesendet. Bitten Sie die Person, die diese Seite eingerichtet hat, die API-Adresse zu prüfen.';
  return 'Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, laden Sie die Seite neu.';
}

const MAYBE = 'daher wurde die Kohorte womöglich erstellt, womöglich auch nicht.';

// What happened, in the person's terms; the error's own message waits behind "Technische Details".
function createUncertain({ outcome, kind }: UncertainCreate): string {
  if (outcome === 'applied') return 'Die Cohorts-API hat gemeldet, dass die Kohorte erstellt wurde, aber ihre Antwort konnte nicht gelesen werden.';
  if (kind === 'timeout') return `Die Cohorts-API hat nicht rechtzeitig geantwortet, ${MAYBE}`;
  if (kind === 'http') return `Bei der Cohorts-API ist beim Verarbeiten des Speicherns ein Fehler aufgetreten, ${MAYBE}`;
  if (kind === 'abort') return `Das Speichern wurde nach dem Senden abgebrochen, ${MAYBE}`;
  return `Die Verbindung ist abgebrochen, bevor die Cohorts-API geantwortet hat, ${MAYBE}`;
}

const codeOf = (code: number | undefined): string => (code === undefined ? '' : ` (Code ${code})`);
const formatter = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });

/** The cohort editor's strings in German, the builder's (`builder`) included. */
export const germanEditorLabels: EditorLabels = {
  builder: germanBuilderLabels,
  createTitle: 'Neue Kohorte',
  updateTitle: (name) => `Kohorte bearbeiten: ${name}`,
  details: 'Details',
  name: 'Name',
  nameRequired: 'Geben Sie der Kohorte einen Namen.',
  description: 'Beschreibung',
  tags: 'Tags',
  tagsHelp: 'Drücken Sie die Eingabetaste oder tippen Sie ein Komma, um ein Tag hinzuzufügen.',
  removeTag: (tag) => `Tag ${tag} entfernen`,
  segmentType: 'Segmenttyp',
  segmentTypes: { real_time: 'Echtzeit', offline: 'Offline' },
  state: 'Status',
  states: { Enabled: 'Aktiviert', Disabled: 'Deaktiviert' },
  query: 'Wer zur Kohorte gehört',
  save: 'Kohorte speichern',
  saving: 'Wird gespeichert…',
  saved: 'Gespeichert.',
  retry: 'Erneut versuchen',
  saveStatus: 'Speicherstatus',
  blockers: {
    name: 'Die Kohorte braucht einen Namen.',
    query: (errors) => (errors === 1 ? 'Die Abfrage hat 1 Problem, das zu beheben ist.' : `Die Abfrage hat ${errors} Probleme, die zu beheben sind.`),
    unchanged: 'Es gibt keine Änderungen zu speichern.',
    unresolved: 'Wählen Sie zuerst unten, ob Sie die erstellte Kohorte öffnen oder sie erneut erstellen möchten.',
  },
  saveFailed: 'Die Kohorte wurde nicht gespeichert. Ihre Änderungen bleiben erhalten.',
  technicalDetails: 'Technische Details',
  createUncertain,
  searchingCreated: 'Ihre Kohorten werden danach durchsucht…',
  foundCreated: (count, name) =>
    count === 1 ? `Eine Kohorte namens „${name}“ wurde gerade erstellt.` : `${count} Kohorten namens „${name}“ wurden gerade erstellt.`,
  foundCohort: ({ time, code, sameAsSent }) =>
    `${time ? `Erstellt am ${time}` : 'Erstellt'}${codeOf(code)}: ${sameAsSent ? 'Abfrage und Details sind die, die Sie gespeichert haben.' : 'Abfrage oder Details weichen von Ihren ab.'}`,
  openCreated: ({ time, code }, count) =>
    count === 1 ? 'Die erstellte Kohorte öffnen' : `Die ${time ? `am ${time} ` : ''}erstellte Kohorte${codeOf(code)} öffnen`,
  noneCreated: (name, time) => `Seit dem Speichern wurde keine Kohorte namens „${name}“ erstellt (geprüft am ${time}).`,
  mayStillLand: 'Eine langsame Anfrage kann noch ankommen: Prüfen Sie gleich noch einmal, bevor Sie sie erneut erstellen.',
  searchFailed: 'Auch Ihre Kohorten konnten nicht geprüft werden, daher ist unbekannt, ob sie erstellt wurde.',
  createAgainMakesAnother: 'Wenn Sie sie erneut erstellen, entsteht eine weitere Kohorte mit demselben Namen.',
  createAgain: 'Erneut erstellen',
  searchAgain: 'Erneut prüfen',
  requestId: (id) => `Anfrage-ID: ${id}`,
  advice,
  changes: 'Zu speichernde Änderungen',
  changedField: { name: 'Name', description: 'Beschreibung', tags: 'Tags', state: 'Status' },
  noValue: '(leer)',
  clauseAdded: (position, text) => `Klausel ${position} hinzugefügt: ${text}`,
  clauseRemoved: (position, text) => `Klausel ${position} entfernt: ${text}`,
  clauseChanged: (position, before, after) => `Klausel ${position} geändert: ${before} → ${after}`,
  structureChanged: 'Gruppen oder ihr „alle“ / „mindestens eine“ wurden geändert.',
  queryChanged: 'Die Abfrage wurde geändert.',
  draftFound: (time) => `Sie haben ungespeicherte Änderungen vom ${time}.`,
  draftStale: 'Die Kohorte wurde seitdem gespeichert; das Wiederherstellen ersetzt die seither gespeicherten Änderungen.',
  draftHeld: 'Bis Sie sich entscheiden, werden Änderungen hier nicht als Entwurf gespeichert.',
  restore: 'Wiederherstellen',
  discard: 'Verwerfen',
  newerDraft: (time) => `Neuere Änderungen an dieser Kohorte wurden am ${time} in einem anderen Tab oder Fenster gemacht.`,
  takeNewer: 'Diese Änderungen übernehmen',
  keepMine: 'Meine behalten',
  draftNotKept: (reason) =>
    `${reason === 'quota' ? 'Der Speicher dieses Browsers für diese Website ist voll' : 'Dieser Browser lässt die Seite keine Daten speichern (privates Surfen oder blockierter Speicher)'}, daher werden Ihre Änderungen nicht als Entwurf gespeichert: Sie gehen verloren, wenn diese Seite geschlossen wird. Kopieren Sie die Abfrage, um sie zu behalten.`,
  copyQuery: 'Abfrage kopieren',
  copied: 'Die Abfrage wurde kopiert.',
  copyFailed: 'Kopieren ist hier nicht möglich: Markieren Sie den Text unten, und kopieren Sie ihn.',
  queryJson: 'Die Abfrage als JSON',
  formatTime: (date) => formatter.format(date),
  loading: 'Die Kohorte wird geladen…',
  loadFailed: 'Die Kohorte konnte nicht geladen werden.',
  loadAdvice,
  reload: 'Erneut versuchen',
  lookalike: 'Dies ist eine Lookalike-Kohorte: Sie hat keine Abfrage, und die API lässt keine Änderungen an ihr zu.',
};

// ---------------------------------------------------------------------------------------------
// Announcements. The items are "Klausel 1.2" or "Gruppe 2": both feminine, hence "sie".

const SHAPE = 'Die Cohorts-API nimmt ein UND aus ODER-Gruppen von Klauseln an, daher stehen Gruppen nur auf der obersten Ebene.';

/** The arrangement announcements and refusal reasons in German. */
export const germanAnnouncements: BuilderAnnouncements = {
  instructions:
    'Drücken Sie die Leertaste oder die Eingabetaste, um dieses Element aufzunehmen. Bewegen Sie es beim Ziehen mit den Pfeiltasten, legen Sie es mit der Leertaste oder der Eingabetaste ab, oder brechen Sie mit Escape ab.',
  pickedUp: (item) => `${capital(item)} aufgenommen. Bewegen Sie sie mit den Pfeiltasten, legen Sie sie mit der Leertaste ab, oder brechen Sie mit Escape ab.`,
  over: (item, place) => `${capital(item)} käme an diese Stelle: ${place}.`,
  overRefused: (item, place, reason) => `${capital(item)} kann hier nicht abgelegt werden (${place}): ${reason}`,
  notOver: (item) => `${capital(item)} ist über keiner Stelle, an der sie abgelegt werden kann.`,
  moved: (item, place, now) => `${capital(item)} verschoben an diese Stelle: ${place}. Sie ist jetzt ${now}.`,
  unchanged: (item) => `${capital(item)} wurde an ihrer bisherigen Stelle abgelegt. Nichts hat sich geändert.`,
  refused: (item, reason) => `${capital(item)} wurde nicht verschoben: ${reason}`,
  cancelled: (item) => `Abgebrochen. ${capital(item)} wurde nicht verschoben.`,
  undone: 'Die letzte Änderung wurde rückgängig gemacht.',
  templateApplied: (name) => `Die Vorlage „${name}“ wurde übernommen.`,
  redone: 'Die Änderung wurde wiederhergestellt.',
  place: (parent, position, count) => `${parent}, Position ${position} von ${count}`,
  topLevel: 'oberste Ebene',
  newGroup: 'neue Gruppe',
  reasons: {
    unknown: 'diese Stelle gehört nicht zu dieser Abfrage.',
    'not-a-group': 'nur Gruppen enthalten Klauseln.',
    'into-itself': 'eine Gruppe kann nicht in sich selbst liegen.',
    'group-into-or': `eine Gruppe kann nicht in einer ODER-Gruppe liegen. ${SHAPE}`,
    'group-too-deep': `eine Gruppe kann nicht in einer anderen Gruppe liegen. ${SHAPE}`,
    'group-into-and': 'eine UND-Gruppe im UND der obersten Ebene fügt nichts hinzu, was die Cohorts-API dokumentiert; verschieben Sie stattdessen ihre Klauseln.',
  },
  copied: (item) => `${capital(item)} wurde als JSON kopiert.`,
  copyFailed: (item) => `${capital(item)} konnte nicht kopiert werden: Der Browser hat es nicht erlaubt. Markieren Sie das JSON unten, und kopieren Sie es.`,
  pasted: (first, count) => (count === 1 ? `${capital(first)} wurde eingefügt.` : `${count} Klauseln oder Gruppen wurden eingefügt, die erste als ${first}.`),
  pastedQuery: 'Die Abfrage wurde anstelle der leeren eingefügt.',
  pasteRefused: (reason) => `Nichts wurde eingefügt: ${reason}`,
  pasteNotAClause: (why) => `Nichts wurde eingefügt: Das JSON ist weder eine Klausel noch eine Gruppe noch eine Abfrage. ${why}`,
  pasteReasons: {
    empty: 'die Zwischenablage ist leer.',
    'not-json': 'die Zwischenablage enthält kein JSON. Kopieren Sie eine Klausel, eine Gruppe oder eine Abfrage als JSON für die Cohorts-API, und fügen Sie sie dann erneut ein.',
    nothing: 'die Zwischenablage enthält keine Klausel.',
    'empty-group': 'eine eingefügte Gruppe enthält keine Klauseln, und die Cohorts-API lehnt leere Gruppen ab.',
  },
  pasteUnreadable: 'Der Browser hat dem Editor das Lesen der Zwischenablage nicht erlaubt. Fügen Sie das JSON stattdessen in das Feld unten ein.',
  ungrouped: (item, now) => `${capital(item)} wurde aufgelöst; ihre Klauseln bedeuten dasselbe wie zuvor. Die erste ist jetzt ${now}.`,
  ungroupedEach: (item, now) => `${capital(item)} wurde aufgelöst: Jede ihrer Klauseln muss jetzt zutreffen, wo vorher eine genügte. Die erste ist jetzt ${now}.`,
  ungroupRefused: (item, reason) => `${capital(item)} wurde nicht aufgelöst: ${reason}`,
  ungroupReasons: {
    unknown: 'sie ist keine Gruppe dieser Abfrage.',
    'top-level': 'die oberste Ebene hat keine Gruppe um sich, die ihre Klauseln aufnehmen könnte.',
    'holds-groups': `sie enthält eigene Gruppen. ${SHAPE}`,
    'changes-meaning': 'ihre Klauseln müssen alle zutreffen, in der Gruppe um sie herum genügt aber eine; aufgelöst bedeuteten sie etwas anderes. Verschieben Sie ihre Klauseln stattdessen einzeln.',
  },
  grouped: (item, add) => `${capital(item)} steht jetzt in einer eigenen Gruppe; fügen Sie mit ${add} Alternativen hinzu.`,
};
