/**
 * Issue 9, item 2 ("Undo, redo and save are one model"), searched for violations with random
 * command sequences (fast-check `commands`) run against CohortEditor saving over real HTTP to the
 * local Cohorts API.
 *
 * The model is the query as a list of clauses (wire JSON) plus an undo history of such lists,
 * the query the editor last saved, and the query on the server. Each command drives the editor
 * through roles and accessible names only, and updates the model as the spec says it should.
 * After every command:
 *   (a) the editor says there are changes to save (the "Changes to save" list; Save's reason
 *       "There are no changes to save.") exactly when draft JSON ≠ saved JSON;
 *   (b) the summary says describeQuery(draft);
 *   (c) the screen is the draft: the builder's controls read the same as those of a fresh
 *       uncontrolled builder given the draft (see support.ts: text still being typed in a chip
 *       field counts as a value, as issue 9 item 3 requires);
 *   (d) after a save that succeeded, the server holds the draft as it was when Save was clicked;
 *       a save that cannot run (nothing to save, or query errors) sends nothing.
 *
 * Undo granularity is left open where the spec leaves it open: two edits of the same field of a
 * clause (frequency, window, or where condition) never follow each other directly, so an
 * implementation may coalesce typing per input or per field. A successful save ends a step: the
 * saved query is always a point Undo can go back to.
 *
 * ON TODAY'S CODE (commit 00803b9) BOTH TESTS FAIL. Shrunk sequences found (500 / 300 runs):
 *   1. [type "news" into the where value of clause 1 (no blur)]
 *      → the editor shows no "Changes to save" and Save says "There are no changes to save." while
 *        the field holds "news" (and the summary lacks it): typed text counts only on blur.
 *        (found after 9 runs, shrunk 2 times; replayPath "CAC:F")
 *   2. [set the window unit of clause 1 to minutes, host re-renders with fresh, equal props,
 *       remove clause 1, undo]
 *      → after Undo the summary (and screen) still lack clause 1: "Users who did videoViews more
 *        than once…" instead of "Users who did Pageview at least 2 times in the last 30 minutes…".
 *        A host re-render with equal props breaks Undo even without a save.
 *        (found after 49 runs, shrunk 4 times; replayPath "FBQ:F")
 *   The issue's own sequence (change the frequency, Save, host re-render, change an operator, Undo)
 *   fails the same way (summary keeps the new operator while the status says nothing to save).
 */
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import {
  CohortEditor,
  createCohortsClient,
  createClause,
  createIdGenerator,
  describeQuery,
  hasErrors,
  jsonEqual,
  parseQuery,
  serializeClause,
  type Cohort,
  type CohortsClient,
  type JsonObject,
} from '../../src/index';
import { createCohortsBackend } from '../../src/testing/backend';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import { memoryStorage } from '../editor/support';
import { freshScreenLines, getByRole, queryByRole, screenLines } from './support';

const KEY = 'model-key';
const ID = '00000000-0000-4000-8000-00000000a901';
const EVENTS = [{ name: 'Pageview' }, { name: 'videoViews' }, { name: 'LinkClick' }];
const COHORTS = [{ code: 1001, name: 'Football fans' }];
const SEED_QUERY: JsonObject = {
  and: [
    {
      event: 'Pageview',
      frequency: { greater_than_or_equal_to: 2 },
      where: { property: 'properties.client.url', condition: { contains: ['football'] } },
      during: { the_last: { value: 30, unit: 'days' } },
    },
    { event: 'videoViews', frequency: { greater_than: 1 } },
    { event: 'LinkClick', frequency: { less_than: 3 }, during: { the_last: { value: 2, unit: 'hours' } } },
  ],
};
const FREQUENCY_OPS = ['greater_than_or_equal_to', 'greater_than', 'equal_to', 'less_than_or_equal_to', 'less_than'] as const;
const WHERE_OPS = ['contains', 'does_not_contain', 'equal_to', 'not_equal_to'] as const;
const UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;
// No word is a prefix of another, so every prefix typed on the way is a new value.
const WORDS = ['news', 'rugby', 'tennis', 'golf', 'chess'] as const;

// The clause a new "Add clause" makes, as the core makes it (not a guess of this test).
const NEW_CLAUSE = serializeClause(createClause('expression', createIdGenerator('t'))) as JsonObject;

// ---------------------------------------------------------------------------------------------
// Model

interface Clause {
  /** Model identity: kept by moves and edits, new for duplicates and added clauses. */
  id: number;
  json: JsonObject;
}
type Group = 'frequency' | 'during' | 'where';

interface Model {
  clauses: Clause[];
  past: Clause[][];
  future: Clause[][];
  /** The query the editor last saved (or loaded): the baseline of "changes to save". */
  saved: JsonObject;
  /** The cohort the host page holds (the loaded one, then each one `onSaved` handed over). */
  host: Cohort;
  /** The field group of the latest edit that may coalesce with the next one (`clauseId:group`). */
  lastGroup: string | undefined;
  /** Clause ids whose where value field holds typed text (a chip only once Enter or comma is pressed). */
  pending: Set<number>;
  nextId: number;
}

const draftOf = (m: Model): JsonObject => ({ and: m.clauses.map((c) => c.json) });
const dirtyOf = (m: Model) => !jsonEqual(draftOf(m), m.saved);

function edit(m: Model, next: Clause[], group: string | undefined) {
  m.past.push(m.clauses);
  m.future = [];
  m.clauses = next;
  m.lastGroup = group;
}
function editClause(m: Model, index: number, group: Group, change: (json: JsonObject) => JsonObject) {
  const next = m.clauses.slice();
  next[index] = { ...next[index]!, json: change(structuredClone(next[index]!.json)) };
  edit(m, next, `${next[index]!.id}:${group}`);
}
const mayEdit = (m: Model, index: number, group: Group) => index >= 0 && index < m.clauses.length && m.lastGroup !== `${m.clauses[index]!.id}:${group}`;

/**
 * Commands name a clause by a number that picks among the clauses that fit (those with a window,
 * say), so few generated commands are skipped; the pick is resolved against the model, the same
 * way on every run, and the resolved clause is what the command prints.
 */
function pickClause(m: Readonly<Model>, pick: number, fits: (json: JsonObject) => boolean = () => true): number {
  const fitting = m.clauses.map((c, i) => (fits(c.json) ? i : -1)).filter((i) => i >= 0);
  return fitting.length === 0 ? -1 : fitting[pick % fitting.length]!;
}

const onlyKey = (o: unknown) => Object.keys(o as object)[0]!;
const frequencyOf = (c: JsonObject) => c.frequency as Record<string, number> | undefined;
const theLastOf = (c: JsonObject) => (c.during as { the_last?: { value: number; unit: string } } | undefined)?.the_last;
const conditionOf = (c: JsonObject) => (c.where as { condition?: Record<string, string[]> } | undefined)?.condition;

// ---------------------------------------------------------------------------------------------
// The system under test

interface Real {
  api: LocalCohortsApi;
  client: CohortsClient;
  storage: ReturnType<typeof memoryStorage>;
  rerender(cohort: Cohort): void;
  unmount(): void;
  saved: Cohort[];
  errors: number;
}

function mountEditor(real: Real, cohort: Cohort) {
  // Fresh but equal props on every render, and an inline onSaved, as a host page does.
  const element = (c: Cohort) => (
    <CohortEditor
      client={real.client}
      cohort={structuredClone(c)}
      events={structuredClone(EVENTS)}
      cohorts={structuredClone(COHORTS)}
      storage={real.storage}
      autosaveDelayMs={5}
      onSaved={(saved) => void real.saved.push(saved)}
      onSaveError={() => void (real.errors += 1)}
    />
  );
  const view = render(element(cohort));
  real.rerender = (c) => view.rerender(element(c));
  real.unmount = () => view.unmount();
}

async function settle() {
  // Lets effects, transitions and deferred values land; no assertion waits on a clock.
  for (let i = 0; i < 3; i++) await act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

const clauseName = (index: number) => `clause ${index + 1}`;
const builder = () => getByRole(document.body, 'group', 'Cohort query');
const saveButton = () => getByRole(document.body, 'button', /^(Save cohort|Saving…)$/);
const whereOf = (index: number) => getByRole(document.body, 'group', `Where (${clauseName(index)})`);

async function typeInto(input: HTMLElement, text: string, blur: boolean) {
  act(() => input.focus());
  // Keystroke by keystroke: every prefix is an input event, as typing makes them.
  for (let i = 1; i <= text.length; i++) fireEvent.change(input, { target: { value: text.slice(0, i) } });
  if (blur) act(() => input.blur());
}
function choose(select: HTMLElement, value: string) {
  act(() => select.focus());
  fireEvent.change(select, { target: { value } });
}
function press(button: HTMLElement) {
  act(() => button.focus());
  fireEvent.click(button);
}

function check(m: Model, real: Real, after: string) {
  const draft = draftOf(m);
  const dirty = dirtyOf(m);
  const context = `after ${after}; draft ${JSON.stringify(draft)}; saved ${JSON.stringify(m.saved)}`;
  // (a) changes to save exactly when draft ≠ saved, as a person reads it.
  const listed = queryByRole(document.body, 'group', 'Changes to save') !== null;
  expect(listed, `"Changes to save" shown, ${context}`).toBe(dirty);
  const reason = getByRole(document.body, 'button', /^(Save cohort|Saving…)$/);
  const described = (reason.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? document.getElementById(id)?.textContent ?? '' : ''))
    .join(' ');
  expect(described.includes('There are no changes to save.'), `Save says "There are no changes to save.", ${context}`).toBe(!dirty);
  // (b) the summary describes the draft.
  const summary = getByRole(document.body, 'group', 'Summary');
  const heading = getByRole(summary, 'heading');
  const sentence = (summary.textContent ?? '').slice((heading.textContent ?? '').length).trim();
  const parsed = parseQuery(draft);
  expect(sentence, `summary, ${context}`).toBe(describeQuery(parsed.query!));
  // (c) the screen is the draft.
  expect(screenLines(builder()), `screen, ${context}`).toEqual(freshScreenLines(draft, { events: EVENTS, cohorts: COHORTS }));
  void real;
}

// ---------------------------------------------------------------------------------------------
// Commands

type Cmd = fc.AsyncCommand<Model, Real>;

class TypeNumber implements Cmd {
  index = -1;
  constructor(readonly pick: number, readonly field: 'count' | 'length', readonly n: number, readonly blur: boolean) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, this.field === 'count' ? (j) => frequencyOf(j) !== undefined : (j) => theLastOf(j) !== undefined);
    const group = this.field === 'count' ? 'frequency' : 'during';
    if (!mayEdit(m as Model, this.index, group)) return false;
    const json = m.clauses[this.index]!.json;
    if (this.field === 'count') {
      const f = frequencyOf(json);
      return f !== undefined && f[onlyKey(f)] !== this.n;
    }
    const last = theLastOf(json);
    return last !== undefined && last.value !== this.n;
  }
  async run(m: Model, real: Real) {
    const label = this.field === 'count' ? `Frequency (${clauseName(this.index)}) value` : `During (${clauseName(this.index)}) length`;
    await typeInto(getByRole(document.body, 'textbox', label), String(this.n), this.blur);
    if (this.field === 'count') {
      editClause(m, this.index, 'frequency', (c) => ({ ...c, frequency: { [onlyKey(c.frequency)]: this.n } }));
    } else {
      editClause(m, this.index, 'during', (c) => ({ ...c, during: { the_last: { ...theLastOf(c)!, value: this.n } } }));
    }
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `type ${this.n} into ${this.field} of ${clauseName(this.index)}${this.blur ? ' and leave' : ' (no blur)'}`;
  }
}

class TypeWhereValue implements Cmd {
  index = -1;
  constructor(readonly pick: number, readonly word: string, readonly blur: boolean) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => conditionOf(j) !== undefined);
    if (!mayEdit(m as Model, this.index, 'where')) return false;
    const condition = conditionOf(m.clauses[this.index]!.json);
    // Text already waiting in the field would be replaced, not added to: not a question of item 2.
    return condition !== undefined && !m.pending.has(m.clauses[this.index]!.id) && !condition[onlyKey(condition)]!.includes(this.word);
  }
  async run(m: Model, real: Real) {
    await typeInto(getByRole(whereOf(this.index), 'textbox', /^Value for /), this.word, this.blur);
    const id = m.clauses[this.index]!.id;
    editClause(m, this.index, 'where', (c) => {
      const condition = conditionOf(c)!;
      const op = onlyKey(condition);
      return { ...c, where: { ...(c.where as JsonObject), condition: { [op]: [...condition[op]!, this.word] } } };
    });
    // Leaving the field keeps the typed text as text (it counts already; no chip appears under the
    // pointer on the way to Save), so text waits in the field either way.
    m.pending.add(id);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `type "${this.word}" into the where value of ${clauseName(this.index)}${this.blur ? ' and leave' : ' (no blur)'}`;
  }
}

class SetFrequencyOp implements Cmd {
  index = -1;
  constructor(readonly pick: number, readonly op: string) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => frequencyOf(j) !== undefined);
    if (!mayEdit(m as Model, this.index, 'frequency')) return false;
    const f = frequencyOf(m.clauses[this.index]!.json);
    return f !== undefined && onlyKey(f) !== this.op;
  }
  async run(m: Model, real: Real) {
    choose(getByRole(document.body, 'combobox', `Frequency (${clauseName(this.index)}) comparison`), this.op);
    editClause(m, this.index, 'frequency', (c) => ({ ...c, frequency: { [this.op]: Object.values(c.frequency as object)[0] } }));
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `set the frequency comparison of ${clauseName(this.index)} to ${this.op}`;
  }
}

class SetWhereOp implements Cmd {
  index = -1;
  constructor(readonly pick: number, readonly op: string) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => conditionOf(j) !== undefined);
    if (!mayEdit(m as Model, this.index, 'where')) return false;
    const condition = conditionOf(m.clauses[this.index]!.json);
    return condition !== undefined && onlyKey(condition) !== this.op;
  }
  async run(m: Model, real: Real) {
    choose(getByRole(whereOf(this.index), 'combobox', /^Operator for /), this.op);
    editClause(m, this.index, 'where', (c) => {
      const condition = conditionOf(c)!;
      return { ...c, where: { ...(c.where as JsonObject), condition: { [this.op]: condition[onlyKey(condition)]! } } };
    });
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `set the where operator of ${clauseName(this.index)} to ${this.op}`;
  }
}

class SetUnit implements Cmd {
  index = -1;
  constructor(readonly pick: number, readonly unit: string) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => theLastOf(j) !== undefined);
    if (!mayEdit(m as Model, this.index, 'during')) return false;
    const last = theLastOf(m.clauses[this.index]!.json);
    return last !== undefined && last.unit !== this.unit;
  }
  async run(m: Model, real: Real) {
    choose(getByRole(document.body, 'combobox', `During (${clauseName(this.index)}) unit`), this.unit);
    editClause(m, this.index, 'during', (c) => ({ ...c, during: { the_last: { ...theLastOf(c)!, unit: this.unit } } }));
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `set the window unit of ${clauseName(this.index)} to ${this.unit}`;
  }
}

class AllTime implements Cmd {
  index = -1;
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => theLastOf(j) !== undefined);
    return mayEdit(m as Model, this.index, 'during') && theLastOf(m.clauses[this.index]!.json) !== undefined;
  }
  async run(m: Model, real: Real) {
    const during = getByRole(document.body, 'group', `During (${clauseName(this.index)})`);
    press(getByRole(during, 'radio', 'All time'));
    editClause(m, this.index, 'during', (c) => {
      const { during: _, ...rest } = c;
      return rest;
    });
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `set the window of ${clauseName(this.index)} to all time`;
  }
}

class AddClause implements Cmd {
  check(m: Readonly<Model>) {
    return m.clauses.length < 6;
  }
  async run(m: Model, real: Real) {
    press(getByRole(document.body, 'button', 'Add clause to cohort query'));
    edit(m, [...m.clauses, { id: m.nextId++, json: structuredClone(NEW_CLAUSE) }], undefined);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return 'add a clause';
  }
}

class RemoveClause implements Cmd {
  index = -1;
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick);
    return m.clauses.length > 1 && this.index >= 0;
  }
  async run(m: Model, real: Real) {
    press(getByRole(document.body, 'button', `Remove ${clauseName(this.index)}`));
    const gone = m.clauses[this.index]!.id;
    edit(m, m.clauses.filter((_, i) => i !== this.index), undefined);
    m.pending.delete(gone);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `remove ${clauseName(this.index)}`;
  }
}

class DuplicateClause implements Cmd {
  index = -1;
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick);
    return m.clauses.length < 6 && this.index >= 0;
  }
  async run(m: Model, real: Real) {
    press(getByRole(document.body, 'button', `Duplicate ${clauseName(this.index)}`));
    const next = m.clauses.slice();
    next.splice(this.index + 1, 0, { id: m.nextId++, json: structuredClone(m.clauses[this.index]!.json) });
    edit(m, next, undefined);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `duplicate ${clauseName(this.index)}`;
  }
}

class MoveClause implements Cmd {
  index = -1;
  constructor(readonly pick: number, readonly direction: 'up' | 'down') {}
  private get other() {
    return this.direction === 'up' ? this.index - 1 : this.index + 1;
  }
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick);
    const other = this.other;
    if (this.index >= m.clauses.length || other < 0 || other >= m.clauses.length) return false;
    // Swapping two equal clauses changes no JSON: whether that is an undo step is left open.
    return !jsonEqual(m.clauses[this.index]!.json, m.clauses[other]!.json);
  }
  async run(m: Model, real: Real) {
    press(getByRole(document.body, 'button', `Move ${clauseName(this.index)} ${this.direction}`));
    const next = m.clauses.slice();
    [next[this.index], next[this.other]] = [next[this.other]!, next[this.index]!];
    edit(m, next, undefined);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `move ${clauseName(this.index)} ${this.direction}`;
  }
}

// Undo and redo leave text waiting in a where value field as it is when they do not change that
// clause's where (the field keeps its draft); a where they change replaces the field's text.
function keepPendingWhereUnchanged(m: Model, before: Clause[], after: Clause[]) {
  for (const id of [...m.pending]) {
    const was = before.find((c) => c.id === id)?.json.where;
    const now = after.find((c) => c.id === id)?.json.where;
    if (now === undefined || !jsonEqual(was as JsonObject, now as JsonObject)) m.pending.delete(id);
  }
}

class Undo implements Cmd {
  check(m: Readonly<Model>) {
    return m.past.length > 0;
  }
  async run(m: Model, real: Real) {
    press(getByRole(getByRole(document.body, 'group', 'Query tools'), 'button', 'Undo'));
    m.future.unshift(m.clauses);
    keepPendingWhereUnchanged(m, m.clauses, (m.clauses = m.past.pop()!));
    m.lastGroup = undefined;
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return 'undo';
  }
}

class Redo implements Cmd {
  check(m: Readonly<Model>) {
    return m.future.length > 0;
  }
  async run(m: Model, real: Real) {
    press(getByRole(getByRole(document.body, 'group', 'Query tools'), 'button', 'Redo'));
    m.past.push(m.clauses);
    keepPendingWhereUnchanged(m, m.clauses, (m.clauses = m.future.shift()!));
    m.lastGroup = undefined;
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return 'redo';
  }
}

type Outcome = 'ok' | '500' | 'dropped connection';
class Save implements Cmd {
  constructor(readonly outcome: Outcome, readonly atOnce: boolean, readonly hostReloads: boolean) {}
  check() {
    return true;
  }
  async run(m: Model, real: Real) {
    const draft = draftOf(m);
    const blocked = !dirtyOf(m) || hasErrors(parseQuery(draft).issues);
    const patches = () => real.api.backend.requests.filter((r) => r.method === 'PATCH').length;
    const before = { patches: patches(), saved: real.saved.length, errors: real.errors };
    const serverBefore = structuredClone(real.api.backend.cohorts().find((c) => c.id === ID)!.query);
    if (this.outcome === '500') real.api.backend.faults.set({ status: 500, times: 1 });
    if (this.outcome === 'dropped connection') real.api.backend.faults.set({ dropConnection: true, times: 1 });
    // "At once": a click that does not move focus first (the field being typed in keeps it).
    if (this.atOnce) fireEvent.click(saveButton());
    else press(saveButton());
    await settle();
    if (blocked) {
      real.api.backend.faults.clear();
      expect(patches(), `a save that cannot run sends nothing (after ${this})`).toBe(before.patches);
      expect(real.api.backend.cohorts().find((c) => c.id === ID)!.query).toEqual(serverBefore);
    } else {
      await waitFor(
        () => {
          expect(patches(), `Save sent a PATCH, draft ${JSON.stringify(draft)}`).toBeGreaterThan(before.patches);
          expect(real.saved.length + real.errors).toBeGreaterThan(before.saved + before.errors);
          expect(saveButton()).toHaveTextContent('Save cohort');
        },
        { timeout: 5000 },
      );
      real.api.backend.faults.clear();
      const server = real.api.backend.cohorts().find((c) => c.id === ID)!.query as JsonObject;
      // (d) what Save sent is the draft as it was when Save was clicked.
      if (this.outcome !== '500') expect(server, `the server's query after ${this}`).toEqual(draft);
      if (this.outcome === 'ok') {
        expect(real.saved.length, 'onSaved was called once').toBe(before.saved + 1);
        m.saved = draft;
        m.host = real.saved.at(-1)!;
        // The saved query is a point of its own in the history.
        m.lastGroup = undefined;
        // As the Playground does: onSaved reloads the host's list, which re-renders the editor.
        if (this.hostReloads) {
          await settle();
          act(() => real.rerender(m.host));
        }
      } else {
        expect(real.errors, `onSaveError was called (${this})`).toBe(before.errors + 1);
      }
      await settle();
    }
    check(m, real, this.toString());
  }
  toString() {
    return `save (${this.outcome}${this.atOnce ? ', clicked at once' : ''}${this.hostReloads && this.outcome === 'ok' ? ', then the host re-renders' : ''})`;
  }
}

class HostRerender implements Cmd {
  check() {
    return true;
  }
  async run(m: Model, real: Real) {
    act(() => real.rerender(m.host));
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return 'host re-renders with fresh, equal props';
  }
}

class Reload implements Cmd {
  check() {
    return true;
  }
  async run(m: Model, real: Real) {
    const wasDirty = dirtyOf(m);
    act(() => real.unmount());
    const cohort = await real.client.getCohort(ID);
    mountEditor(real, cohort);
    await settle();
    const restore = queryByRole(document.body, 'button', 'Restore');
    expect(restore !== null, `a stored draft is offered after a reload exactly when there were changes to save (${wasDirty})`).toBe(wasDirty);
    if (restore) press(restore);
    else m.clauses = (cohort.query as { and: JsonObject[] }).and.map((json) => ({ id: m.nextId++, json }));
    m.saved = cohort.query as JsonObject;
    m.host = cohort;
    m.past = [];
    m.future = [];
    m.lastGroup = undefined;
    m.pending.clear();
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return 'reload the page (same storage) and Restore the draft';
  }
}

// ---------------------------------------------------------------------------------------------

const index = fc.nat({ max: 5 });
function commandArbitraries(options: { unblurredWhere: boolean }) {
  return [
    fc.tuple(index, fc.constantFrom('count' as const, 'length' as const), fc.integer({ min: 1, max: 99 }), fc.boolean()).map((a) => new TypeNumber(...a)),
    fc
      .tuple(index, fc.constantFrom(...WORDS), options.unblurredWhere ? fc.boolean() : fc.constant(true))
      .map(([i, w, b]) => new TypeWhereValue(i, w, b)),
    fc.tuple(index, fc.constantFrom(...FREQUENCY_OPS)).map(([i, op]) => new SetFrequencyOp(i, op)),
    fc.tuple(index, fc.constantFrom(...WHERE_OPS)).map(([i, op]) => new SetWhereOp(i, op)),
    fc.tuple(index, fc.constantFrom(...UNITS)).map(([i, u]) => new SetUnit(i, u)),
    index.map((i) => new AllTime(i)),
    fc.constant(new AddClause()),
    index.map((i) => new RemoveClause(i)),
    index.map((i) => new DuplicateClause(i)),
    fc.tuple(index, fc.constantFrom('up' as const, 'down' as const)).map(([i, d]) => new MoveClause(i, d)),
    fc.constant(new Undo()),
    fc.constant(new Undo()),
    fc.constant(new Redo()),
    fc.tuple(fc.constantFrom<Outcome>('ok', 'ok', '500', 'dropped connection'), fc.boolean(), fc.boolean()).map(([o, a, h]) => new Save(o, a, h)),
    fc.tuple(fc.constant<Outcome>('ok'), fc.boolean(), fc.boolean()).map(([o, a, h]) => new Save(o, a, h)),
    // Weighted: a save the host answers by re-rendering (the Playground's way), then edits and undo.
    fc.boolean().map((a) => new Save('ok', a, true)),
    fc.constant(new HostRerender()),
    fc.constant(new HostRerender()),
    fc.constant(new Reload()),
  ];
}

async function start(): Promise<{ model: Model; real: Real }> {
  const seed = [{ id: ID, name: 'Sport', description: 'Sport readers', tags: ['sport'], query: structuredClone(SEED_QUERY) }];
  const api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [KEY], seed }) });
  const client = createCohortsClient({ baseUrl: api.url, apiKey: KEY, timeoutMs: 5000 });
  const real: Real = { api, client, storage: memoryStorage(), rerender: () => undefined, unmount: () => undefined, saved: [], errors: 0 };
  const cohort = await client.getCohort(ID);
  mountEditor(real, cohort);
  await waitFor(() => getByRole(document.body, 'heading', 'Edit cohort: Sport'));
  await settle();
  const clauses = (cohort.query as { and: JsonObject[] }).and.map((json, i) => ({ id: i, json }));
  const model: Model = { clauses, past: [], future: [], saved: cohort.query as JsonObject, host: cohort, lastGroup: undefined, pending: new Set(), nextId: clauses.length };
  check(model, real, 'opening the cohort');
  return { model, real };
}

async function runSequences(options: { unblurredWhere: boolean; numRuns: number; seed?: number }) {
  await fc.assert(
    fc.asyncProperty(fc.commands(commandArbitraries(options), { maxCommands: 12 }), async (commands) => {
      const { model, real } = await start();
      try {
        await fc.asyncModelRun(() => ({ model, real }), commands);
      } finally {
        cleanup();
        await real.api.close();
      }
    }),
    { numRuns: options.numRuns, seed: options.seed, endOnFailure: false },
  );
}

const RUNS = Number(process.env.MODEL_RUNS ?? 500);

describe('CohortEditor: undo, redo and save are one model (issue 9, item 2)', () => {
  it(`given ${RUNS} random sequences of edits, undo, redo, saves, host re-renders and reloads, then after every step changes-to-save, summary, screen and server agree with the draft`, async () => {
    await runSequences({ unblurredWhere: true, numRuns: RUNS });
  }, 1_800_000);

  it(`given ${Math.ceil(RUNS * 0.6)} random sequences in which every where value is left before anything else happens, then the same holds`, async () => {
    // Keeps uncommitted chip text out, so a failure here is about undo, redo and save alone.
    await runSequences({ unblurredWhere: false, numRuns: Math.ceil(RUNS * 0.6) });
  }, 1_800_000);
});

