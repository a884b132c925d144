import type { CohortApiErrorKind } from '../../hooks/cohortTypes';
import { defaultBuilderLabels, mergeBuilderLabels, type BuilderLabelOverrides, type BuilderLabels } from '../builderLabels';

/** What the advice for a failed save depends on: the error's kind and status, and create or update. */
export interface SaveFailure {
  kind: CohortApiErrorKind;
  status?: number;
  mode: 'create' | 'update';
}

/** What the words about an ambiguous create depend on. */
export interface UncertainCreate {
  /** `applied`: the API said it created the cohort but its answer was unreadable; `unknown`: no answer came. */
  outcome: 'applied' | 'unknown';
  kind: CohortApiErrorKind;
  /** The name that was sent. */
  name: string;
}

/** A cohort found after an ambiguous create, as the editor describes it. */
export interface FoundCohort {
  /** Its creation time, already formatted (`formatTime`); empty when the API gave none. */
  time: string;
  /** Its integer code, when the API gave one. */
  code?: number;
  /** True when its query and details are exactly what was sent. */
  sameAsSent: boolean;
}

/** Every user-visible string of the cohort editor, the builder inside it (`builder`) included. */
export interface EditorLabels {
  /** The strings of the builder inside the editor, its leaf editors included. */
  builder: BuilderLabels;
  createTitle: string;
  updateTitle: (name: string) => string;
  details: string;
  name: string;
  nameRequired: string;
  description: string;
  tags: string;
  tagsHelp: string;
  removeTag: (tag: string) => string;
  segmentType: string;
  segmentTypes: Record<'real_time' | 'offline', string>;
  state: string;
  states: Record<'Enabled' | 'Disabled', string>;
  query: string;
  save: string;
  saving: string;
  saved: string;
  retry: string;
  saveStatus: string;
  blockers: { name: string; query: (errors: number) => string; unchanged: string; unresolved: string };
  saveFailed: string;
  /** The summary of the disclosure that holds an error's own message and request id. */
  technicalDetails: string;
  /** The first line after a create that may or may not have made the cohort. */
  createUncertain: (create: UncertainCreate) => string;
  /** While the cohort list is searched for it. */
  searchingCreated: string;
  /** What the search found: `count` cohorts named `name` created since Save. */
  foundCreated: (count: number, name: string) => string;
  /** One found cohort: when it was made and whether it holds what was sent. */
  foundCohort: (cohort: FoundCohort) => string;
  /** The button that takes a found cohort as the one created (`count` found in all). */
  openCreated: (cohort: FoundCohort, count: number) => string;
  /** The search found nothing; `time` is when it looked. */
  noneCreated: (name: string, time: string) => string;
  /** Said with `noneCreated`: a slow request may still land. */
  mayStillLand: string;
  /** The cohort list could not be read. */
  searchFailed: string;
  /** Said before Create it again when cohorts were found. */
  createAgainMakesAnother: string;
  createAgain: string;
  searchAgain: string;
  requestId: (id: string) => string;
  advice: (failure: SaveFailure) => string;
  changes: string;
  changedField: Record<'name' | 'description' | 'tags' | 'state', string>;
  noValue: string;
  clauseAdded: (position: string, text: string) => string;
  clauseRemoved: (position: string, text: string) => string;
  clauseChanged: (position: string, before: string, after: string) => string;
  structureChanged: string;
  queryChanged: string;
  draftFound: (time: string) => string;
  draftStale: string;
  /** Under an offered or newer draft: edits made before choosing are not stored. */
  draftHeld: string;
  restore: string;
  discard: string;
  /** Another tab or editor stored newer edits of this cohort at `time`. */
  newerDraft: (time: string) => string;
  takeNewer: string;
  keepMine: string;
  /** Storage refused the draft: why, and that the edits live only in this page now. */
  draftNotKept: (reason: 'quota' | 'unavailable') => string;
  copyQuery: string;
  copied: string;
  /** Copying failed (no clipboard, or refused): the text is shown to copy by hand. */
  copyFailed: string;
  /** The label of the read-only text area that holds the query as JSON. */
  queryJson: string;
  formatTime: (date: Date) => string;
  loading: string;
  loadFailed: string;
  /** What to do about a failed load, by the error's kind and status (the error itself waits behind Technical details). */
  loadAdvice: (failure: Omit<SaveFailure, 'mode'>) => string;
  reload: string;
  lookalike: string;
}

const CHECK_FIRST = 'The cohort may have been created anyway (the API has no way to tell): check the cohort list before you retry, or you may get two.';

// Advice by what failed: the message says what happened, this says what to do about it.
function advice({ kind, status, mode }: SaveFailure): string {
  if (kind === 'timeout') return `The Cohorts API did not answer in time. ${mode === 'create' ? CHECK_FIRST : 'Retry in a moment.'}`;
  if (kind === 'network') return `The connection failed before a full answer came back. ${mode === 'create' ? CHECK_FIRST : 'Check your connection and retry.'}`;
  if (kind === 'invalid-response') return `The API answered with something that is not a cohort, so the save may have worked. ${mode === 'create' ? CHECK_FIRST : 'Reload the cohort to check before you retry.'}`;
  if (kind === 'validation') return 'The query has problems: fix the clauses marked in the builder, then save again.';
  if (kind === 'abort') return 'The save was cancelled. Retry when you are ready.';
  if (kind === 'redirect') return 'The Cohorts API address sent the request somewhere else, so it was stopped and your key was not sent there. Ask whoever set up this page to check the API address.';
  if (kind === 'too-large') return `The API's answer was too large to read, so the save may have worked. ${mode === 'create' ? CHECK_FIRST : 'Reload the cohort to check before you retry.'}`;
  if (status === 401) return 'The API key was refused. Ask whoever set up this page to check the key (or the proxy that adds it); retrying will not help until then.';
  if (status === 403) return 'This API key may not change cohorts. Use a key with write access.';
  if (status === 404) return 'The cohort no longer exists; it may have been deleted. Copy your changes and create it again.';
  if (status === 409) return 'The cohort changed on the server in the meantime. Reload it, then apply your changes again.';
  if (status === 400) return 'The API refused the cohort as it is. Change what the message says, then save again.';
  if (status === 429) return 'Too many requests right now. Wait a moment, then retry.';
  if (status !== undefined && status >= 500) return 'The Cohorts API had a problem on its side. Your changes are kept here: retry in a moment.';
  return 'Your changes are kept here. Retry, or reload the page if it keeps failing.';
}

// Advice after a failed load: nothing was changed, so every answer is safe to try again.
function loadAdvice({ kind, status }: Omit<SaveFailure, 'mode'>): string {
  if (status === 401) return 'The API key was refused. Ask whoever set up this page to check the key (or the proxy that adds it).';
  if (status === 403) return 'This API key may not read this cohort.';
  if (status === 404) return 'There is no cohort with this id: it may have been deleted, or the link is wrong.';
  if (kind === 'timeout' || kind === 'network' || (status !== undefined && status >= 500)) return 'The Cohorts API could not be reached or had a problem. Try again in a moment.';
  if (kind === 'redirect') return 'The Cohorts API address sent the request somewhere else, so it was stopped and your key was not sent there. Ask whoever set up this page to check the API address.';
  return 'Try again; if it keeps failing, reload the page.';
}

// What happened, in the person's terms; the error's own message waits behind "Technical details".
function createUncertain({ outcome, kind }: UncertainCreate): string {
  if (outcome === 'applied') return 'The Cohorts API said the cohort was created, but its answer could not be read.';
  if (kind === 'timeout') return 'The Cohorts API did not answer in time, so the cohort may or may not have been created.';
  if (kind === 'http') return 'The Cohorts API failed while handling the save, so the cohort may or may not have been created.';
  if (kind === 'abort') return 'The save was stopped after it was sent, so the cohort may or may not have been created.';
  return 'The connection ended before the Cohorts API answered, so the cohort may or may not have been created.';
}

/** The default (English) strings of the cohort editor. */
export const defaultEditorLabels: EditorLabels = {
  builder: defaultBuilderLabels,
  createTitle: 'New cohort',
  updateTitle: (name) => `Edit cohort: ${name}`,
  details: 'Details',
  name: 'Name',
  nameRequired: 'Give the cohort a name.',
  description: 'Description',
  tags: 'Tags',
  tagsHelp: 'Press Enter or comma to add a tag.',
  removeTag: (tag) => `Remove tag ${tag}`,
  segmentType: 'Segment type',
  segmentTypes: { real_time: 'Real time', offline: 'Offline' },
  state: 'State',
  states: { Enabled: 'Enabled', Disabled: 'Disabled' },
  query: 'Who is in the cohort',
  save: 'Save cohort',
  saving: 'Saving…',
  saved: 'Saved.',
  retry: 'Retry',
  saveStatus: 'Save status',
  blockers: {
    name: 'The cohort needs a name.',
    query: (errors) => `The query has ${errors === 1 ? '1 problem' : `${errors} problems`} to fix.`,
    unchanged: 'There are no changes to save.',
    unresolved: 'First choose, below, whether to open the cohort that was created or to create it again.',
  },
  saveFailed: 'The cohort was not saved. Your changes are kept.',
  technicalDetails: 'Technical details',
  createUncertain,
  searchingCreated: 'Checking your cohorts for it…',
  foundCreated: (count, name) =>
    count === 1 ? `A cohort named "${name}" was created just now.` : `${count} cohorts named "${name}" were created just now.`,
  foundCohort: ({ time, code, sameAsSent }) =>
    `${time ? `Created at ${time}` : 'Created'}${code === undefined ? '' : ` (code ${code})`}: ${sameAsSent ? 'its query and details are the ones you saved.' : 'its query or details differ from yours.'}`,
  openCreated: ({ time, code }, count) =>
    count === 1 ? 'Open the cohort that was created' : `Open the cohort created at ${time}${code === undefined ? '' : ` (code ${code})`}`,
  noneCreated: (name, time) => `No cohort named "${name}" has been created since you saved (checked at ${time}).`,
  mayStillLand: 'A slow request can still arrive: check again in a moment before you create it again.',
  searchFailed: 'Your cohorts could not be checked either, so it is not known whether it was created.',
  createAgainMakesAnother: 'Creating it again makes another cohort with the same name.',
  createAgain: 'Create it again',
  searchAgain: 'Check again',
  requestId: (id) => `Request id: ${id}`,
  advice,
  changes: 'Changes to save',
  changedField: { name: 'Name', description: 'Description', tags: 'Tags', state: 'State' },
  noValue: '(none)',
  clauseAdded: (position, text) => `Added clause ${position}: ${text}`,
  clauseRemoved: (position, text) => `Removed clause ${position}: ${text}`,
  clauseChanged: (position, before, after) => `Changed clause ${position}: ${before} → ${after}`,
  structureChanged: 'Groups or their "all of" / "any of" changed.',
  queryChanged: 'The query changed.',
  draftFound: (time) => `You have unsaved changes from ${time}.`,
  draftStale: 'The cohort has been saved since then; restoring replaces those changes.',
  draftHeld: 'Until you choose, changes you make here are not kept as a draft.',
  restore: 'Restore',
  discard: 'Discard',
  newerDraft: (time) => `Newer changes to this cohort were made in another tab or window at ${time}.`,
  takeNewer: 'Use those changes',
  keepMine: 'Keep mine',
  draftNotKept: (reason) =>
    `${reason === 'quota' ? "This browser's storage for this site is full" : 'This browser does not let the page store data (private browsing or blocked storage)'}, so your changes are not kept as a draft: they are lost if this page closes. Copy the query to keep it.`,
  copyQuery: 'Copy the query',
  copied: 'The query was copied.',
  copyFailed: 'It could not be copied here: select the text below and copy it.',
  queryJson: 'The query as JSON',
  formatTime: (date) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date),
  loading: 'Loading the cohort…',
  loadFailed: 'The cohort could not be loaded.',
  loadAdvice,
  reload: 'Try again',
  lookalike: 'This is a lookalike cohort: it has no query, and the API does not let it be changed.',
};

/** Overrides of the editor's strings: any key, and any key of the builder's (`builder`). */
export type EditorLabelOverrides = Partial<Omit<EditorLabels, 'builder'>> & { builder?: BuilderLabelOverrides };

/** The overrides merged over `base` (the English defaults, or a whole table such as `germanEditorLabels`). */
export function mergeEditorLabels(overrides?: EditorLabelOverrides, base: EditorLabels = defaultEditorLabels): EditorLabels {
  if (!overrides) return base;
  return { ...base, ...overrides, builder: mergeBuilderLabels(overrides.builder, base.builder) };
}
