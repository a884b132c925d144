import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { useState } from 'react';
import { OperandEditor } from '../../src/components/where/OperandEditor';
import { ValueChips } from '../../src/components/where/ValueChips';
import type { JsonValue } from '../../src/query/ast';
import { defaultFieldLabels } from '../../src/components/labels';

const labels = defaultFieldLabels.where;
type Item = string | number;

// A host that owns the list, as the where editor does, and can set it from outside (undo).
function Host({ start = [], kind = 'text', onChange }: { start?: Item[]; kind?: 'text' | 'number' | 'integer'; onChange: (value: Item[]) => void }) {
  const [value, setValue] = useState<readonly Item[]>(start);
  return (
    <>
      <ValueChips value={value} onChange={(next) => { onChange(next); setValue(next); }} itemKind={kind} label="Value for tags" listLabel="Values for tags" labels={labels} />
      <button type="button" onClick={() => setValue(['reset'])}>Reset</button>
    </>
  );
}

function setup(props: { start?: Item[]; kind?: 'text' | 'number' | 'integer' } = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn<(value: Item[]) => void>();
  render(<Host {...props} onChange={onChange} />);
  const input = screen.getByRole('textbox', { name: 'Value for tags' }) as HTMLInputElement;
  const reported = () => onChange.mock.lastCall?.[0] ?? props.start ?? [];
  return { user, onChange, input, reported };
}

/** The chips as the person sees them (each chip's own text, without its remove button). */
function chipsOnScreen(): string[] {
  const list = screen.queryByRole('list', { name: 'Values for tags' });
  return list ? [...list.querySelectorAll('li')].map((li) => li.firstChild?.textContent ?? '') : [];
}

describe('ValueChips: pending text counts as a value', () => {
  it('given chips, when the person types a value without Enter or leaving, then the value is already chips + that text', async () => {
    const { user, input, reported } = setup({ start: ['rugby'] });
    await user.type(input, 'golf');
    expect(reported()).toEqual(['rugby', 'golf']);
    expect(input).toHaveValue('golf');
    expect(input).toHaveFocus();
    expect(chipsOnScreen()).toEqual(['rugby']);
  });

  it('given pending text, when Enter is pressed, then it becomes a chip and the value does not change', async () => {
    const { user, input, onChange } = setup({ start: ['rugby'] });
    await user.type(input, ' golf ');
    const calls = onChange.mock.calls.length;
    await user.keyboard('{Enter}');
    expect(onChange.mock.calls.length).toBe(calls);
    expect(chipsOnScreen()).toEqual(['rugby', 'golf']);
    expect(input).toHaveValue('');
  });

  it('given pending text, when a comma is typed, then it becomes a chip and the value does not change', async () => {
    const { user, input, onChange, reported } = setup();
    await user.type(input, 'golf');
    const calls = onChange.mock.calls.length;
    await user.type(input, ',');
    expect(onChange.mock.calls.length).toBe(calls);
    expect(reported()).toEqual(['golf']);
    expect(chipsOnScreen()).toEqual(['golf']);
  });

  it('given the value comes back with the pending text last, then it stays in the input, not a chip under the cursor', async () => {
    const { user, input } = setup({ start: ['a'] });
    await user.type(input, 'b');
    expect(chipsOnScreen()).toEqual(['a']);
    expect(input).toHaveValue('b');
  });

  it('given a chip "b", when "b" is typed again, then it is not counted twice and the chip stays on screen', async () => {
    const { user, input, reported } = setup({ start: ['a', 'b'] });
    await user.type(input, 'b');
    expect(reported()).toEqual(['a', 'b']);
    expect(chipsOnScreen()).toEqual(['a', 'b']);
    expect(input).toHaveValue('b');
  });

  it('given an empty input, when Backspace is pressed, then the last chip goes; with text, Backspace edits the text', async () => {
    const { user, input, reported } = setup({ start: ['a', 'b'] });
    await user.type(input, 'c{Backspace}');
    expect(reported()).toEqual(['a', 'b']);
    await user.keyboard('{Backspace}');
    expect(reported()).toEqual(['a']);
    expect(chipsOnScreen()).toEqual(['a']);
  });

  it('given pasted text with separators, then each piece is a chip', async () => {
    const { user, input, reported } = setup({ start: ['a'] });
    await user.click(input);
    await user.paste('b, c\nd');
    expect(reported()).toEqual(['a', 'b', 'c', 'd']);
    expect(chipsOnScreen()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('given a number list, when a word is typed, then it is kept with its message and never reported; digits count as typed', async () => {
    const { user, input, reported, onChange } = setup({ kind: 'integer', start: [3] });
    await user.type(input, '4');
    expect(reported()).toEqual([3, 4]);
    await user.type(input, 'x');
    // "4x" is not a number: the value is the chips alone, and the text stays with why.
    expect(reported()).toEqual([3]);
    expect(input).toHaveValue('4x');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(labels.numberInvalid));
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('4x');
    expect(onChange.mock.calls.some(([value]) => value.some((v) => typeof v !== 'number'))).toBe(false);
  });

  it('given pending text, when the value changes from outside (undo), then the pending text gives way to it', async () => {
    const { user, input } = setup({ start: ['a'] });
    await user.type(input, 'b');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(chipsOnScreen()).toEqual(['reset']);
    expect(input).toHaveValue('');
  });

  it('given pending text, when the person leaves to remove a chip, then the text stays as typed (no chip under the pointer) and still counts', async () => {
    const { user, input, reported } = setup({ start: ['a', 'b'] });
    await user.type(input, 'c');
    await user.click(screen.getByRole('button', { name: 'Remove a' }));
    expect(reported()).toEqual(['b', 'c']);
    expect(chipsOnScreen()).toEqual(['b']);
    expect(input).toHaveValue('c');
    expect(input).toHaveFocus();
  });
});

describe('ValueChips property: the value is always what the screen shows', () => {
  const step = fc.oneof(
    fc.stringMatching(/^[ ab]{1,3}$/).map((text) => ({ kind: 'type' as const, text })),
    fc.constant({ kind: 'key' as const, text: ',' }),
    fc.constant({ kind: 'key' as const, text: '{Enter}' }),
    fc.constant({ kind: 'key' as const, text: '{Backspace}' }),
  );

  it('given any sequence of typing, commas, Enters and Backspaces, then the reported value equals the chips plus the pending text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[ab]{1,2}$/), { maxLength: 2 }), fc.array(step, { minLength: 1, maxLength: 10 }), async (start, steps) => {
        cleanup();
        const { user, input, reported } = setup({ start: [...new Set(start)] });
        await user.click(input);
        for (const { text } of steps) {
          await user.keyboard(text);
          const pending = input.value.trim();
          const chips = chipsOnScreen();
          const expected = pending === '' || chips.includes(pending) ? chips : [...chips, pending];
          expect(reported()).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  // The where editor writes one text as a string and more as a list; the chips must survive the round trip.
  function OperandHost({ onChange }: { onChange: (operand: JsonValue) => void }) {
    const [operand, setOperand] = useState<JsonValue>('');
    const change = (next: JsonValue) => {
      onChange(next);
      setOperand(next);
    };
    return <OperandEditor kind="text-list" operand={operand} alwaysList={false} onChange={change} onReset={() => {}} subject="tags" labels={labels} />;
  }

  it('given the single-value form of contains, then after any sequence the reported operand still equals the chips plus the pending text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        cleanup();
        const user = userEvent.setup();
        const onChange = vi.fn<(operand: JsonValue) => void>();
        render(<OperandHost onChange={onChange} />);
        const input = screen.getByRole('textbox', { name: 'Value for tags' }) as HTMLInputElement;
        await user.click(input);
        for (const { text } of steps) {
          await user.keyboard(text);
          const operand = onChange.mock.lastCall?.[0] ?? '';
          const reported = Array.isArray(operand) ? operand : operand === '' ? [] : [operand];
          const pending = input.value.trim();
          const chips = chipsOnScreen();
          expect(reported).toEqual(pending === '' || chips.includes(pending) ? chips : [...chips, pending]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
