/**
 * Issue 13, item 1, in Chromium with real events: code mode. The toolbar's "Edit as JSON" toggle
 * shows the whole query as JSON text with line numbers; its issues are listed at their line and
 * column; text that is not JSON keeps the builder away, with why; what is typed applies as one undo
 * step for the whole session, unchanged clauses keep their ids (a folded clause stays folded), and
 * a round trip through code mode loses nothing, unknown parts included.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { CohortQueryBuilder, type JsonObject } from '../../src/index';
import { realEventsDriveReact } from '../arrange/support';
import '../../src/components/styles.css';

realEventsDriveReact();

const A = { event: 'Pageview', frequency: { greater_than_or_equal_to: 2 }, during: { the_last: { value: 30, unit: 'days' } } };
const B = { event: 'videoViews', frequency: { greater_than_or_equal_to: 1 } };
const QUERY: JsonObject = { and: [{ or: [A] }, { or: [B] }] };

const toggle = () => within(screen.getByRole('group', { name: 'Query tools' })).getByRole('button', { name: 'Edit as JSON' });
const codeArea = () => screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Query as Cohort API JSON' });
const tools = (name: string) => within(screen.getByRole('group', { name: 'Query tools' })).getByRole('button', { name });

/** Line and column (1-based) of an offset, counted the plain way. */
function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A controlled host that keeps every value it is handed. */
function Host({ initial, onChange, readOnly }: { initial: JsonObject; onChange: (json: JsonObject) => void; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  const [renders, setRenders] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setRenders(renders + 1)}>
        Host re-render {renders}
      </button>
      <CohortQueryBuilder
        value={value}
        readOnly={readOnly}
        onChange={(json) => {
          setValue(json);
          onChange(json);
        }}
      />
    </>
  );
}

function setup(initial: JsonObject = QUERY, readOnly = false) {
  const changes: JsonObject[] = [];
  render(<Host initial={structuredClone(initial)} onChange={(json) => changes.push(json)} readOnly={readOnly} />);
  const last = () => structuredClone(changes[changes.length - 1]);
  return { changes, last };
}

describe('code mode (Chromium)', () => {
  it('given a query edited as JSON with an error, then the issue is listed at its line and column, and choosing it puts the caret there', async () => {
    const { last } = setup();
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    const area = await codeArea();
    expect(JSON.parse(area.value)).toEqual(QUERY);
    // Line numbers, one per line of the text.
    expect(area.closest('.pcb-code-editor')!.querySelector('.pcb-code-gutter')!.textContent!.split('\n')).toHaveLength(area.value.split('\n').length);

    const typed = area.value.replace('"videoViews"', '""');
    await userEvent.fill(area, typed);
    expect(last()).toEqual({ and: [{ or: [A] }, { or: [{ ...B, event: '' }] }] });
    const offset = typed.indexOf('"event": ""');
    const { line, column } = lineColumn(typed, offset);
    const issue = await screen.findByRole('button', { name: new RegExp(`^Line ${line}, column ${column}: Error: .*event`) });
    await userEvent.click(issue);
    expect(document.activeElement).toBe(area);
    expect(area.selectionStart).toBe(offset);
  });

  it('given text that is not JSON, when the toggle is pressed, then the builder is refused with JSON.parse\'s reason at its line, the text is kept through more attempts and host re-renders, and once fixed the builder comes back with it', async () => {
    const { last } = setup();
    await userEvent.click(toggle());
    const area = await codeArea();
    const good = area.value;
    // A comma left out after the first clause's frequency.
    const bad = good.replace(/("greater_than_or_equal_to": 2\n\s*\}),/, '$1');
    expect(bad).not.toBe(good);
    await userEvent.fill(area, bad);
    expect(area).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(toggle());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^The builder cannot show this text.*Line \d+, column \d+: Error: This is not JSON: .+/);
    const { line } = lineColumn(bad, bad.indexOf('"during"'));
    expect(alert.textContent).toContain(`Line ${line},`);
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(area).toHaveAccessibleDescription(/The builder cannot show this text/);

    await userEvent.click(toggle());
    await userEvent.click(screen.getByRole('button', { name: /^Host re-render/ }));
    expect((await codeArea()).value).toBe(bad);
    // Nothing that is not JSON reached the host.
    expect(last()).toBeUndefined();

    await userEvent.fill(await codeArea(), bad.replace('"Pageview"', '"LinkClick"').replace(/("greater_than_or_equal_to": 2\n\s*\})/, '$1,'));
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(await screen.findByLabelText('Event (clause 1)')).toHaveValue('LinkClick');
    expect(last()).toEqual({ and: [{ or: [{ ...A, event: 'LinkClick' }] }, { or: [B] }] });
  });

  it('given unknown parts, when the query goes to code mode and back, edited and not, then onChange\'s JSON deep-equals what was typed and nothing is lost', async () => {
    const unknown: JsonObject = {
      and: [
        { or: [{ ...A, note: { kept: [1, { deep: null }] } }, { weird_clause: { a: 1 } }] },
        { or: [{ event: 'LinkClick', frequency: { greater_than_or_equal_to: 1 }, during: { between: ['2026-01-01', '2026-02-01'] } }] },
        { in_segment: 42 },
      ],
      owner: 'team-sport',
    };
    const { changes, last } = setup(unknown);
    await userEvent.click(toggle());
    let area = await codeArea();
    expect(JSON.parse(area.value)).toEqual(unknown);
    // Back with nothing typed: nothing changed, nothing reported.
    await userEvent.click(toggle());
    expect(changes).toHaveLength(0);

    await userEvent.click(toggle());
    area = await codeArea();
    const typed = area.value.replace('"team-sport"', '"team-news"').replace('"a": 1', '"a": 2, "b": [true, "x"]');
    await userEvent.fill(area, typed);
    expect(last()).toEqual(JSON.parse(typed));
    await userEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle());
    area = await codeArea();
    expect(JSON.parse(area.value)).toEqual(JSON.parse(typed));
    expect(last()).toEqual(JSON.parse(typed));
  });

  it('given several keystrokes in code mode, when the builder comes back, then one Undo returns the query from before, Redo the typed one, and a folded clause that was not edited stays folded', async () => {
    const { changes, last } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Details of clause 2' }));
    expect(screen.getByRole('article', { name: /^Clause 2:/ })).toHaveAttribute('data-state', 'closed');

    await userEvent.click(toggle());
    const area = await codeArea();
    // Put the caret after the 2 of "at least 2" and type two keys: 2 → 25 → 250, each a query.
    const at = area.value.indexOf('"greater_than_or_equal_to": 2') + '"greater_than_or_equal_to": 2'.length;
    area.focus();
    area.setSelectionRange(at, at);
    await userEvent.keyboard('50');
    expect(changes.map((json) => ((json.and as JsonObject[])[0]!.or as JsonObject[])[0]!.frequency)).toEqual([{ greater_than_or_equal_to: 25 }, { greater_than_or_equal_to: 250 }]);
    await userEvent.click(toggle());
    expect(await screen.findByRole('textbox', { name: 'Frequency (clause 1) value' })).toHaveValue('250');
    expect(screen.getByRole('article', { name: /^Clause 2:/ })).toHaveAttribute('data-state', 'closed');

    await userEvent.click(tools('Undo'));
    expect(last()).toEqual(QUERY);
    expect(screen.getByRole('textbox', { name: 'Frequency (clause 1) value' })).toHaveValue('2');
    await userEvent.click(tools('Redo'));
    expect(screen.getByRole('textbox', { name: 'Frequency (clause 1) value' })).toHaveValue('250');
    // Undo while the code view is open puts the text back too.
    await userEvent.click(toggle());
    await userEvent.click(tools('Undo'));
    await waitFor(async () => expect(JSON.parse((await codeArea()).value)).toEqual(QUERY));
  });

  it('given a read-only builder, then its query can be read as JSON but not edited', async () => {
    setup(QUERY, true);
    await userEvent.click(toggle());
    const area = await codeArea();
    expect(area).toHaveAttribute('readonly');
    expect(JSON.parse(area.value)).toEqual(QUERY);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`given theme ${theme} at 320 px, when the code view shows issues and refuses the builder, then nothing is wider than the page and axe finds no violation`, async () => {
      await page.viewport(320, 900);
      try {
        render(
          <div data-pcb-theme={theme} style={{ background: 'var(--pcb-bg)' }}>
            <CohortQueryBuilder defaultValue={{ and: [{ or: [{ ...A, note: 'a long unknown value that makes its line wider than any phone' }] }, { or: [{ ...B, event: '' }] }] }} />
          </div>,
        );
        await userEvent.click(toggle());
        const area = await codeArea();
        await screen.findByRole('button', { name: /^Line \d+, column \d+: Error: / });
        await userEvent.fill(area, `${area.value}x`);
        await userEvent.click(toggle());
        await screen.findByRole('alert');
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
        const results = await axe.run(document.querySelector('.pcb-builder')!, { resultTypes: ['violations'] });
        expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      } finally {
        await page.viewport(414, 896);
      }
    });
  }
});
