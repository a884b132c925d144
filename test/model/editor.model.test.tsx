/**
 * Issue 9, item 2 ("Undo, redo and save are one model"), searched for violations with random
 * command sequences (fast-check `commands`) run against CohortEditor saving over real HTTP to the
 * local Cohorts API.
 *
 * The model is the query as a list of clauses (wire JSON; neighbours may share an OR group, one
 * member of the top-level AND) plus an undo history of such lists, the query the editor last
 * saved, and the query on the server. Each command drives the editor through roles and accessible
 * names only (its menus too: "Actions for clause 2", "+ And", "+ Or"), and updates the model as
 * the spec says it should.
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
    // An OR group of two, with a header and a menu of its own ("group 4": clauses 4.1 and 4.2), so
    // group moves and "+ Or (group 4)" are there from the start.
    {
      or: [
        { event: 'videoViews', frequency: { equal_to: 4 }, during: { the_last: { value: 7, unit: 'days' } } },
        { event: 'LinkClick', frequency: { greater_than_or_equal_to: 1 }, where: { property: 'properties.client.url', condition: { contains: ['news'] } } },
      ],
    },
  ],
};
// Adds and duplicates stop at this many clauses.
const MAX_CLAUSES = 8;
const FREQUENCY_OPS = ['greater_than_or_equal_to', 'greater_than', 'equal_to', 'less_than_or_equal_to', 'less_than'] as const;
const WHERE_OPS = ['contains', 'does_not_contain', 'equal_to', 'not_equal_to'] as const;
const UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;
// No word is a prefix of another, so every prefix typed on the way is a new value.
const WORDS = ['news', 'rugby', 'tennis', 'golf', 'chess'] as const;

// The clause "+ And" and "+ Or" make (their menu's "Event"), as the core makes it (not a guess of this test).
const NEW_CLAUSE = serializeClause(createClause('expression', createIdGenerator('t'))) as JsonObject;

// ---------------------------------------------------------------------------------------------
// Model

interface Clause {
  /** Model identity: kept by moves and edits, new for duplicates and added clauses. */
  id: number;
  json: JsonObject;
  /**
   * The OR group the clause is in (an id of the model), or undefined for a clause right in the
   * top-level AND. Neighbours with the same group form one member of the AND: `{"or": [...]}`.
   */
  group?: number;
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

/** The members of the top-level AND, in order: a clause of its own, or the clauses of one OR group. */
function membersOf(clauses: readonly Clause[]): Clause[][] {
  const members: Clause[][] = [];
  for (const c of clauses) {
    const open = members.at(-1);
    if (c.group !== undefined && open && open[0]!.group === c.group) open.push(c);
    else members.push([c]);
  }
  return members;
}
const memberJson = (member: Clause[]): JsonObject => (member[0]!.group === undefined ? member[0]!.json : { or: member.map((c) => c.json) });
const draftOf = (m: Model): JsonObject => ({ and: membersOf(m.clauses).map(memberJson) });
/** The member of the AND that holds clause `index`, and the clause's place in it. */
function memberAt(clauses: readonly Clause[], index: number): { member: number; at: number; members: Clause[][] } {
  const members = membersOf(clauses);
  let seen = 0;
  for (let k = 0; k < members.length; k++) {
    if (index < seen + members[k]!.length) return { member: k, at: index - seen, members };
    seen += members[k]!.length;
  }
  throw new Error(`no clause ${index}`);
}
/**
 * The clause's name as the builder shows it: a member of a group of two or more is "clause 2.1";
 * a clause of its own, or the one clause of a group (shown alone, with no group around it), is "clause 2".
 */
function clauseName(m: Readonly<Model>, index: number): string {
  const { member, at, members } = memberAt(m.clauses, index);
  return members[member]!.length > 1 ? `clause ${member + 1}.${at + 1}` : `clause ${member + 1}`;
}
/** Clauses of the members of a top-level AND (Cohort API JSON), each OR group under a new group id. */
function clausesOf(m: Model, query: JsonObject): Clause[] {
  return (query as { and: JsonObject[] }).and.flatMap((json) => {
    if (!Array.isArray(json.or)) return [{ id: m.nextId++, json }];
    const group = m.nextId++;
    return (json.or as JsonObject[]).map((inner) => ({ id: m.nextId++, json: inner, group }));
  });
}
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

const builder = () => getByRole(document.body, 'group', 'Cohort query');
const saveButton = () => getByRole(document.body, 'button', /^(Save cohort|Saving…)$/);
const whereOf = (name: string) => getByRole(document.body, 'group', `Where (${name})`);

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
/**
 * Opens the menu button named `menuButton` ("Actions for clause 2", "+ And (cohort query)") and
 * chooses `item` in it. The model only chooses what it holds possible, so the item must not be aria-disabled.
 */
function chooseFromMenu(menuButton: string, item: string) {
  const button = getByRole(builder(), 'button', menuButton);
  press(button);
  const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!menu) throw new Error(`"${menuButton}" opened no menu`);
  const choice = getByRole(menu, 'menuitem', item);
  expect(choice.getAttribute('aria-disabled'), `"${item}" of "${menuButton}" is offered`).toBeNull();
  press(choice);
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
  name = '';
  constructor(readonly pick: number, readonly field: 'count' | 'length', readonly n: number, readonly blur: boolean) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, this.field === 'count' ? (j) => frequencyOf(j) !== undefined : (j) => theLastOf(j) !== undefined);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
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
    const label = this.field === 'count' ? `Frequency (${this.name}) value` : `During (${this.name}) length`;
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
    return `type ${this.n} into ${this.field} of ${this.name}${this.blur ? ' and leave' : ' (no blur)'}`;
  }
}

class TypeWhereValue implements Cmd {
  index = -1;
  name = '';
  constructor(readonly pick: number, readonly word: string, readonly blur: boolean) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => conditionOf(j) !== undefined);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
    if (!mayEdit(m as Model, this.index, 'where')) return false;
    const condition = conditionOf(m.clauses[this.index]!.json);
    // Text already waiting in the field would be replaced, not added to: not a question of item 2.
    return condition !== undefined && !m.pending.has(m.clauses[this.index]!.id) && !condition[onlyKey(condition)]!.includes(this.word);
  }
  async run(m: Model, real: Real) {
    await typeInto(getByRole(whereOf(this.name), 'textbox', /^Value for /), this.word, this.blur);
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
    return `type "${this.word}" into the where value of ${this.name}${this.blur ? ' and leave' : ' (no blur)'}`;
  }
}

class SetFrequencyOp implements Cmd {
  index = -1;
  name = '';
  constructor(readonly pick: number, readonly op: string) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => frequencyOf(j) !== undefined);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
    if (!mayEdit(m as Model, this.index, 'frequency')) return false;
    const f = frequencyOf(m.clauses[this.index]!.json);
    return f !== undefined && onlyKey(f) !== this.op;
  }
  async run(m: Model, real: Real) {
    choose(getByRole(document.body, 'combobox', `Frequency (${this.name}) comparison`), this.op);
    editClause(m, this.index, 'frequency', (c) => ({ ...c, frequency: { [this.op]: Object.values(c.frequency as object)[0] } }));
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `set the frequency comparison of ${this.name} to ${this.op}`;
  }
}

class SetWhereOp implements Cmd {
  index = -1;
  name = '';
  constructor(readonly pick: number, readonly op: string) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => conditionOf(j) !== undefined);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
    if (!mayEdit(m as Model, this.index, 'where')) return false;
    const condition = conditionOf(m.clauses[this.index]!.json);
    return condition !== undefined && onlyKey(condition) !== this.op;
  }
  async run(m: Model, real: Real) {
    choose(getByRole(whereOf(this.name), 'combobox', /^Operator for /), this.op);
    editClause(m, this.index, 'where', (c) => {
      const condition = conditionOf(c)!;
      return { ...c, where: { ...(c.where as JsonObject), condition: { [this.op]: condition[onlyKey(condition)]! } } };
    });
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `set the where operator of ${this.name} to ${this.op}`;
  }
}

class SetUnit implements Cmd {
  index = -1;
  name = '';
  constructor(readonly pick: number, readonly unit: string) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => theLastOf(j) !== undefined);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
    if (!mayEdit(m as Model, this.index, 'during')) return false;
    const last = theLastOf(m.clauses[this.index]!.json);
    return last !== undefined && last.unit !== this.unit;
  }
  async run(m: Model, real: Real) {
    choose(getByRole(document.body, 'combobox', `During (${this.name}) unit`), this.unit);
    editClause(m, this.index, 'during', (c) => ({ ...c, during: { the_last: { ...theLastOf(c)!, unit: this.unit } } }));
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `set the window unit of ${this.name} to ${this.unit}`;
  }
}

class AllTime implements Cmd {
  index = -1;
  name = '';
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick, (j) => theLastOf(j) !== undefined);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
    return mayEdit(m as Model, this.index, 'during') && theLastOf(m.clauses[this.index]!.json) !== undefined;
  }
  async run(m: Model, real: Real) {
    // The clause reads as a sentence: the window is a select ("at any time", "in this session", "in the last").
    choose(getByRole(document.body, 'combobox', `During (${this.name})`), 'all_time');
    editClause(m, this.index, 'during', (c) => {
      const { during: _, ...rest } = c;
      return rest;
    });
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `set the window of ${this.name} to all time`;
  }
}

const total = (m: Readonly<Model>) => m.clauses.length;

/** "+ And (cohort query)" → Event: a new OR group of one at the end of the top level, shown as its clause alone. */
class AddClause implements Cmd {
  check(m: Readonly<Model>) {
    return total(m) < MAX_CLAUSES;
  }
  async run(m: Model, real: Real) {
    chooseFromMenu('+ And (cohort query)', 'Event');
    edit(m, [...m.clauses, { id: m.nextId++, json: structuredClone(NEW_CLAUSE), group: m.nextId++ }], undefined);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return 'add a clause (+ And → Event)';
  }
}

/** "+ Or (clause 4)" after a clause shown alone, or "+ Or (group 4)" at the end of a group → Event: an alternative in that OR group. */
class AddAlternative implements Cmd {
  member = -1;
  control = '';
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    const members = membersOf(m.clauses);
    const groups = members.map((member, k) => (member[0]!.group === undefined ? -1 : k)).filter((k) => k >= 0);
    if (groups.length === 0 || total(m) >= MAX_CLAUSES) return false;
    this.member = groups[this.pick % groups.length]!;
    this.control = members[this.member]!.length > 1 ? `+ Or (group ${this.member + 1})` : `+ Or (clause ${this.member + 1})`;
    return true;
  }
  async run(m: Model, real: Real) {
    chooseFromMenu(this.control, 'Event');
    const members = membersOf(m.clauses);
    const member = members[this.member]!;
    members[this.member] = [...member, { id: m.nextId++, json: structuredClone(NEW_CLAUSE), group: member[0]!.group }];
    edit(m, members.flat(), undefined);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `add an alternative (${this.control} → Event)`;
  }
}

class RemoveClause implements Cmd {
  index = -1;
  name = '';
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
    return total(m) > 1 && this.index >= 0;
  }
  async run(m: Model, real: Real) {
    chooseFromMenu(`Actions for ${this.name}`, 'Remove');
    const gone = m.clauses[this.index]!.id;
    // The one clause of an OR group takes the group with it.
    edit(m, m.clauses.filter((_, i) => i !== this.index), undefined);
    m.pending.delete(gone);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `remove ${this.name}`;
  }
}

class DuplicateClause implements Cmd {
  index = -1;
  name = '';
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
    return total(m) < MAX_CLAUSES && this.index >= 0;
  }
  async run(m: Model, real: Real) {
    chooseFromMenu(`Actions for ${this.name}`, 'Duplicate');
    const next = m.clauses.slice();
    // Right after the original, in the same OR group (or, for a clause of its own, the top level).
    const original = m.clauses[this.index]!;
    next.splice(this.index + 1, 0, { id: m.nextId++, json: structuredClone(original.json), group: original.group });
    edit(m, next, undefined);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `duplicate ${this.name}`;
  }
}

/**
 * "Move up" / "Move down" of a clause: among its OR group's clauses; for a clause of its own, or the
 * one clause of an OR group (shown alone in the group's place, so it moves as that group), among the
 * members of the top level (past a whole group).
 */
class MoveClause implements Cmd {
  index = -1;
  name = '';
  constructor(readonly pick: number, readonly direction: 'up' | 'down') {}
  private next(clauses: readonly Clause[]): Clause[] | undefined {
    const { member, at, members } = memberAt(clauses, this.index);
    const delta = this.direction === 'up' ? -1 : 1;
    if (members[member]!.length > 1) {
      const list = members[member]!.slice();
      if (at + delta < 0 || at + delta >= list.length) return undefined;
      [list[at], list[at + delta]] = [list[at + delta]!, list[at]!];
      members[member] = list;
    } else {
      if (member + delta < 0 || member + delta >= members.length) return undefined;
      [members[member], members[member + delta]] = [members[member + delta]!, members[member]!];
    }
    return members.flat();
  }
  check(m: Readonly<Model>) {
    this.index = pickClause(m, this.pick);
    this.name = this.index >= 0 ? clauseName(m, this.index) : '';
    if (this.index < 0) return false;
    const next = this.next(m.clauses);
    // Swapping two equal clauses changes no JSON: whether that is an undo step is left open.
    return next !== undefined && !jsonEqual(draftOf({ ...m, clauses: next } as Model), draftOf(m as Model));
  }
  async run(m: Model, real: Real) {
    chooseFromMenu(`Actions for ${this.name}`, this.direction === 'up' ? 'Move up' : 'Move down');
    edit(m, this.next(m.clauses)!, undefined);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `move ${this.name} ${this.direction}`;
  }
}

/** "Move up" / "Move down" of an OR group of two or more clauses (the only groups with a header and a menu). */
class MoveGroup implements Cmd {
  member = -1;
  constructor(readonly pick: number, readonly direction: 'up' | 'down') {}
  check(m: Readonly<Model>) {
    const members = membersOf(m.clauses);
    const groups = members.map((member, k) => (member.length > 1 ? k : -1)).filter((k) => k >= 0);
    if (groups.length === 0) return false;
    this.member = groups[this.pick % groups.length]!;
    const other = this.member + (this.direction === 'up' ? -1 : 1);
    return other >= 0 && other < members.length;
  }
  async run(m: Model, real: Real) {
    chooseFromMenu(`Actions for group ${this.member + 1}`, this.direction === 'up' ? 'Move up' : 'Move down');
    const members = membersOf(m.clauses);
    const other = this.member + (this.direction === 'up' ? -1 : 1);
    [members[this.member], members[other]] = [members[other]!, members[this.member]!];
    edit(m, members.flat(), undefined);
    await settle();
    check(m, real, this.toString());
  }
  toString() {
    return `move group ${this.member + 1} ${this.direction}`;
  }
}

// Undo and redo leave text waiting in a where value field as it is when they do not change that
// field's values (the chips field keeps its draft while the list it is handed is the one it last
// reported, whatever else of the where changed, its operator say: useChipsDraft); a value list they
// change replaces the field's text. (The rule was "the where unchanged" until a sequence found the
// difference: type "chess", + Or, set the operator to not_equal_to, undo, type "rugby".)
function keepPendingWhereUnchanged(m: Model, before: Clause[], after: Clause[]) {
  const valuesOf = (clauses: Clause[], id: Clause['id']) => {
    const json = clauses.find((c) => c.id === id)?.json;
    const condition = json ? conditionOf(json) : undefined;
    return condition ? (condition[onlyKey(condition)] as unknown as JsonObject) : undefined;
  };
  for (const id of [...m.pending]) {
    const was = valuesOf(before, id);
    const now = valuesOf(after, id);
    if (was === undefined || now === undefined || !jsonEqual(was, now)) m.pending.delete(id);
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
    else m.clauses = clausesOf(m, cohort.query as JsonObject);
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
    index.map((i) => new AddAlternative(i)),
    fc.tuple(index, fc.constantFrom('up' as const, 'down' as const)).map(([i, d]) => new MoveGroup(i, d)),
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
  const model: Model = { clauses: [], past: [], future: [], saved: cohort.query as JsonObject, host: cohort, lastGroup: undefined, pending: new Set(), nextId: 0 };
  model.clauses = clausesOf(model, cohort.query as JsonObject);
  check(model, real, 'opening the cohort');
  return { model, real };
}

// The seed is the run's (FC_SEED, see test/setup.ts): a failure prints it and the path to replay.
async function runSequences(options: { unblurredWhere: boolean; numRuns: number }) {
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
    { numRuns: options.numRuns, endOnFailure: false },
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

