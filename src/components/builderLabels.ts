import type { Combinator, TransitionType, MembershipType } from '../query/ast';
import type { QueryIssue } from '../query/issues';
import type { NewClauseKind } from '../query/newClause';
import type { DefaultTemplateKey, TemplateWords } from '../query/templates';
import { defaultFieldLabels, mergeFieldLabels, type FieldLabelOverrides, type FieldLabels } from './labels';

/** Every user-visible string of the builder: its chrome, and (`fields`) its leaf editors. */
export interface BuilderLabels {
  /** The leaf editors' strings (event picker, comparisons, windows, where conditions). */
  fields: FieldLabels;
  /** The sentence shown for an issue of the query; the core's English `issue.message` by default (reword by `issue.code`). */
  issue: (issue: QueryIssue) => string;
  builder: string;
  combinator: Record<Combinator, string>;
  combinatorGroup: string;
  clauseKinds: Record<NewClauseKind, string>;
  removeText: string;
  duplicateText: string;
  copyJson: string;
  clause: (position: string) => string;
  group: (position: string) => string;
  /** A name ("clause 1.2", "group 2") as a heading starts: "Clause 1.2". */
  heading: (name: string) => string;
  /** A clause card's title from its heading and its kind: "Clause 1.2: Event". */
  clauseTitle: (heading: string, kind: string) => string;
  emptyGroup: string;
  summary: string;
  jsonPreview: string;
  issues: string;
  error: string;
  warning: string;
  valueNotLoaded: string;
  transitionTypes: Record<TransitionType, string>;
  membershipTypes: Record<MembershipType, string>;
  /** The accessible name of a clause's field: `fieldOf('Event', 'clause 1.2')` → "Event (clause 1.2)". */
  fieldOf: (field: string, clause: string) => string;
  eventField: string;
  frequencyField: string;
  duringField: string;
  whereField: string;
  cohort: string;
  cohortCode: string;
  cohortCodeInvalid: string;
  transitionType: string;
  membershipType: string;
  inSegment: string;
  provider: string;
  segment: string;
  fieldName: string;
  fieldValue: string;
  engagedSeconds: string;
  completion: string;
  pageViews: string;
  engagedTimePerView: string;
  rawJson: string;
  rawJsonHelp: string;
  applyJson: string;
  invalidJson: (reason: string) => string;
  /** Typed JSON that is not a clause, when the parser says nothing more (else its issue, worded by `issue`). */
  notAClause: string;
  /** The top level's name inside other names ("+ And (cohort query)"). */
  rootName: string;
  rawValue: string;
  replaceRawValue: string;
  readOnlyNote: string;
  /** Arranging: drag handles, move actions, folding, undo. */
  drag: (what: string) => string;
  draggable: string;
  /** The menu button of a clause or group, and its items. */
  actions: (what: string) => string;
  actionsText: string;
  moveUpItem: string;
  moveDownItem: string;
  moveToItem: string;
  /** Power editing in the actions menu: copy and paste as Cohort API JSON, make a group, ungroup. */
  copyItem: string;
  pasteItem: string;
  makeGroupItem: string;
  /** Ungroup where the meaning stays the same (a group inside a group that combines alike). */
  ungroupItem: string;
  /** Ungroup an OR group at the top level: its clauses become separate, each must match (the meaning changes). */
  ungroupEachItem: string;
  /** When the browser refuses the clipboard: the JSON of `what` to copy by hand, or a box to paste into. */
  copyByHand: (what: string) => string;
  jsonOf: (what: string) => string;
  pasteByHand: string;
  jsonToPaste: string;
  close: string;
  /** The words of a clause's sentence around its fields. */
  words: {
    did: string;
    where: string;
    spent: string;
    engaged: string;
    scrolled: string;
    ofAPage: string;
    viewed: string;
    eachEngaged: string;
    onPagesWhere: string;
    cohort: string;
    /** In-cohort clauses: "is in cohort [42]". */
    isInCohort: string;
    /** Segment clauses: "… from [provider]", "… where [field] is [value]". */
    from: string;
    is: string;
    seconds: string;
    percent: string;
    pages: string;
  };
  /** The word between siblings ("and" / "or"). */
  connector: Record<Combinator, string>;
  /** The add control of a level: its visible text, and the rest of its name (what it adds to). */
  addAnd: string;
  addOr: string;
  addTo: (what: string) => string;
  /** A "Move to…" destination that is a group of one, shown as its clause: the moved node joins it as an alternative. */
  alternativeTo: (what: string) => string;
  moveTo: (what: string) => string;
  moveDestination: (what: string) => string;
  moveConfirm: string;
  cancel: string;
  topLevel: string;
  newGroup: string;
  newGroupZone: string;
  details: (what: string) => string;
  issueCount: (errors: number, warnings: number) => string;
  tools: string;
  undo: string;
  redo: string;
  collapseAll: string;
  expandAll: string;
  /** Code mode: the toolbar's toggle (aria-pressed) between the builder and the query as JSON text. */
  codeView: string;
  /** The JSON text area's label, its help, and what shows while its code loads. */
  codeLabel: string;
  codeHelp: string;
  codeLoading: string;
  /** The heading of the list of the text's issues. */
  codeIssues: string;
  /** One issue at its place in the text: `codeIssueAt(3, 7, 'Error', 'Add an event name.')` → "Line 3, column 7: Error: Add an event name." */
  codeIssueAt: (line: number, column: number, severity: string, message: string) => string;
  /** Why the text is not JSON (`message` is the JavaScript engine's). */
  codeNotJson: (message: string) => string;
  /** Why the builder cannot go back from code mode (the text is kept). */
  codeCannotLeave: (reason: string) => string;
  /** Templates, offered while the query holds no clause: the heading, and each template's button name. */
  templatesHeading: string;
  /** The names and descriptions of the default templates (`defaultTemplates`). */
  templateSet: Record<DefaultTemplateKey, TemplateWords>;
  announcements: string;
  cannotDrop: string;
}

/** The names and descriptions of the default templates, in English (`labels.templateSet`). */
export const defaultTemplateWords: Readonly<Record<DefaultTemplateKey, TemplateWords>> = {
  sectionReaders: {
    name: 'Section readers',
    description: 'People who read a section of the site (change "/sport/" to its path) at least twice in the last 30 days.',
  },
  frequentVisitors: { name: 'Frequent visitors', description: 'People who viewed at least 10 pages in the last 30 days.' },
  engagedReaders: { name: 'Engaged readers', description: 'People who spent at least two minutes actively engaged with pages.' },
  videoViewers: {
    name: 'Video viewers',
    description: 'People who watched a video in the last 30 days (change videoViews if your site names its video event differently).',
  },
};

/** The default (English) strings of the builder. */
export const defaultBuilderLabels: BuilderLabels = {
  fields: defaultFieldLabels,
  issue: (issue) => issue.message,
  builder: 'Cohort query',
  combinator: { and: 'All of', or: 'Any of' },
  combinatorGroup: 'Match',
  clauseKinds: {
    expression: 'Event',
    engaged_time: 'Engaged time',
    engaged_completion: 'Page completion',
    engaged_views: 'Engaged page views',
    transition: 'Cohort entry or exit',
    membership: 'Segment membership',
    in_segment: 'In cohort',
    raw: 'Raw JSON',
  },
  removeText: 'Remove',
  duplicateText: 'Duplicate',
  copyJson: 'Copy JSON',
  clause: (position) => `clause ${position}`,
  group: (position) => `group ${position}`,
  heading: (name) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
  clauseTitle: (heading, kind) => `${heading}: ${kind}`,
  emptyGroup: 'This group is empty: add a clause, or remove the group.',
  summary: 'Summary',
  jsonPreview: 'Cohort API JSON',
  issues: 'Issues',
  error: 'Error',
  warning: 'Warning',
  valueNotLoaded: 'The value given to the builder is not a cohort query, so the draft below was kept:',
  transitionTypes: {
    has_entered: 'entered',
    has_exited: 'exited',
    has_not_entered: 'has not entered',
    has_not_exited: 'has not exited',
  },
  membershipTypes: {
    in_second_party_segment: 'is in second-party segment',
    not_in_second_party_segment: 'is not in second-party segment',
    in_third_party_segment: 'is in third-party segment',
    not_in_third_party_segment: 'is not in third-party segment',
    in_connections_import_segment: 'is in connections import',
    not_in_connections_import_segment: 'is not in connections import',
  },
  fieldOf: (field, clause) => `${field} (${clause})`,
  eventField: 'Event',
  frequencyField: 'Frequency',
  duringField: 'During',
  whereField: 'Where',
  cohort: 'Cohort',
  cohortCode: 'Cohort code',
  cohortCodeInvalid: 'A cohort code is a whole number, such as 1234.',
  transitionType: 'User has',
  membershipType: 'User',
  inSegment: 'Cohort id or code',
  provider: 'Provider',
  segment: 'Segment',
  fieldName: 'Field name',
  fieldValue: 'Field value',
  engagedSeconds: 'Engaged seconds',
  completion: 'Completion',
  pageViews: 'Page views',
  engagedTimePerView: 'Engaged seconds per view',
  rawJson: 'Clause JSON',
  rawJsonHelp: 'The builder does not recognise this clause; it is kept exactly as written. Edit it as JSON.',
  applyJson: 'Apply JSON',
  invalidJson: (reason) => `This is not valid JSON, so it was not applied (your text is kept): ${reason}`,
  notAClause: 'This is not a clause.',
  rootName: 'cohort query',
  rawValue: 'Unrecognised value, kept as is',
  replaceRawValue: 'Replace',
  readOnlyNote: 'Read only',
  drag: (what) => `Drag ${what}`,
  draggable: 'draggable',
  actions: (what) => `Actions for ${what}`,
  actionsText: '⋯',
  moveUpItem: 'Move up',
  moveDownItem: 'Move down',
  moveToItem: 'Move to another group…',
  copyItem: 'Copy as JSON',
  pasteItem: 'Paste',
  makeGroupItem: 'Make a group',
  ungroupItem: 'Ungroup',
  ungroupEachItem: 'Ungroup (each must match)',
  copyByHand: (what) => `Copy ${what} by hand`,
  jsonOf: (what) => `JSON of ${what}`,
  pasteByHand: 'Paste by hand',
  jsonToPaste: 'JSON to paste',
  close: 'Close',
  connector: { and: 'and', or: 'or' },
  words: {
    did: 'did',
    where: 'where',
    spent: 'spent',
    engaged: 'engaged',
    scrolled: 'scrolled',
    ofAPage: 'of a page',
    viewed: 'viewed',
    eachEngaged: 'each engaged',
    onPagesWhere: 'on pages where',
    cohort: 'cohort',
    isInCohort: 'is in cohort',
    from: 'from',
    is: 'is',
    seconds: 'seconds',
    percent: '%',
    pages: 'pages',
  },
  addAnd: '+ And',
  addOr: '+ Or',
  addTo: (what) => ` (${what})`,
  alternativeTo: (what) => `Or with ${what}`,
  moveTo: (what) => `Move ${what} to another group`,
  moveDestination: (what) => `Destination for ${what}`,
  moveConfirm: 'Move',
  cancel: 'Cancel',
  topLevel: 'Top level',
  newGroup: 'New group',
  newGroupZone: 'Drop a clause here to start a new group',
  details: (what) => `Details of ${what}`,
  issueCount: (errors, warnings) =>
    [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(', '),
  tools: 'Query tools',
  undo: 'Undo',
  redo: 'Redo',
  collapseAll: 'Collapse all',
  expandAll: 'Expand all',
  codeView: 'Edit as JSON',
  codeLabel: 'Query as Cohort API JSON',
  codeHelp: 'Changes that are valid JSON apply as you type. Parts the builder does not know are kept as written.',
  codeLoading: 'Loading the JSON editor…',
  codeIssues: 'Issues in the JSON',
  codeIssueAt: (line, column, severity, message) => `Line ${line}, column ${column}: ${severity}: ${message}`,
  codeNotJson: (message) => `This is not JSON: ${message}`,
  codeCannotLeave: (reason) => `The builder cannot show this text, so it stays open here (nothing typed is lost). ${reason}`,
  templatesHeading: 'Start from a template',
  templateSet: defaultTemplateWords,
  announcements: 'Arrangement announcements',
  cannotDrop: 'Cannot drop here',
};

/** Overrides of the builder's strings: any key, and any key of any `fields` section. */
export type BuilderLabelOverrides = Partial<Omit<BuilderLabels, 'fields'>> & { fields?: FieldLabelOverrides };

/** The overrides merged over `base` (the English defaults, or a whole table such as `germanBuilderLabels`). */
export function mergeBuilderLabels(overrides?: BuilderLabelOverrides, base: BuilderLabels = defaultBuilderLabels): BuilderLabels {
  if (!overrides) return base;
  return { ...base, ...overrides, fields: mergeFieldLabels(overrides.fields, base.fields) };
}
