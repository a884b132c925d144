import type { CohortApiErrorKind } from '../../hooks/cohortTypes';

/** What the advice for a failed save depends on: the error's kind and status, and create or update. */
export interface SaveFailure {
  kind: CohortApiErrorKind;
  status?: number;
  mode: 'create' | 'update';
}

/** Every user-visible string of the cohort editor (the builder inside has its own `labels`). */
export interface EditorLabels {
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
  blockers: { name: string; query: (errors: number) => string; unchanged: string };
  saveFailed: string;
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
  restore: string;
  discard: string;
  formatTime: (date: Date) => string;
  loading: string;
  loadFailed: string;
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
  if (status === 401) return 'The API key was refused. Ask whoever set up this page to check the key (or the proxy that adds it); retrying will not help until then.';
  if (status === 403) return 'This API key may not change cohorts. Use a key with write access.';
  if (status === 404) return 'The cohort no longer exists; it may have been deleted. Copy your changes and create it again.';
  if (status === 409) return 'The cohort changed on the server in the meantime. Reload it, then apply your changes again.';
  if (status === 400) return 'The API refused the cohort as it is. Change what the message says, then save again.';
  if (status === 429) return 'Too many requests right now. Wait a moment, then retry.';
  if (status !== undefined && status >= 500) return 'The Cohorts API had a problem on its side. Your changes are kept here: retry in a moment.';
  return 'Your changes are kept here. Retry, or reload the page if it keeps failing.';
}

/** The default (English) strings of the cohort editor. */
export const defaultEditorLabels: EditorLabels = {
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
  },
  saveFailed: 'The cohort was not saved. Your changes are kept.',
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
  restore: 'Restore',
  discard: 'Discard',
  formatTime: (date) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date),
  loading: 'Loading the cohort…',
  loadFailed: 'The cohort could not be loaded.',
  reload: 'Try again',
  lookalike: 'This is a lookalike cohort: it has no query, and the API does not let it be changed.',
};
