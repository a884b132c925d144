import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FrequencyEditor } from '../../src/components/FrequencyEditor';
import type { Comparison } from '../../src/query/ast';
import { Controlled, expectNoAxeViolations } from './support/harness';

const cmp = (operator: string, value: number): Comparison => ({ kind: 'comparison', operator, value });

describe('FrequencyEditor', () => {
  it('given a frequency, then it is named "Frequency" and says "times"', () => {
    render(<FrequencyEditor defaultValue={cmp('greater_than_or_equal_to', 3)} />);
    expect(screen.getByRole('group', { name: 'Frequency' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Frequency value' })).toHaveAccessibleDescription('times');
  });

  it('given 1, then the suffix is singular', () => {
    render(<FrequencyEditor defaultValue={cmp('equal_to', 1)} />);
    expect(screen.getByText('time')).toBeVisible();
  });

  it.each([
    ['greater_than_or_equal_to', 'at least'],
    ['greater_than', 'more than'],
    ['equal_to', 'exactly'],
    ['less_than_or_equal_to', 'at most'],
    ['less_than', 'fewer than'],
  ] as const)('when the person picks %s, then onChange gets it', async (operator, text) => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<FrequencyEditor defaultValue={cmp(operator === 'equal_to' ? 'less_than' : 'equal_to', 2)} onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Frequency comparison' }), text);
    expect(onChange).toHaveBeenLastCalledWith(cmp(operator, 2));
  });

  it('given "exactly 0 times", then it says the event did not happen', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial={cmp('equal_to', 2)} onChange={onChange} render={(value, change) => <FrequencyEditor value={value} onChange={change} />} />);
    expect(screen.queryByText('did not happen')).not.toBeInTheDocument();
    const input = screen.getByRole('textbox', { name: 'Frequency value' });
    await user.clear(input);
    await user.type(input, '0');
    expect(onChange).toHaveBeenLastCalledWith(cmp('equal_to', 0));
    expect(screen.getByText('did not happen')).toBeVisible();
    expect(input).toHaveAccessibleDescription('times did not happen');
  });

  it.each([
    ['abc', 'Enter a number using digits, such as 5'],
    ['-1', 'Enter 0 or more'],
    ['1.5', 'Enter a whole number'],
  ])('given %s typed as a count, then the message says what is wrong and the text stays', async (text, message) => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<FrequencyEditor defaultValue={cmp('equal_to', 2)} onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Frequency value' });
    await user.clear(input);
    await user.type(input, text);
    expect(onChange.mock.calls.some(([c]) => !Number.isInteger((c as Comparison).value) || (c as Comparison).value < 0)).toBe(false);
    expect(input).toHaveValue(text);
    expect(screen.getByText(message)).toBeVisible();
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it('given an empty count after editing, then it asks for a number', async () => {
    const user = userEvent.setup();
    render(<FrequencyEditor defaultValue={cmp('equal_to', 2)} />);
    await user.clear(screen.getByRole('textbox', { name: 'Frequency value' }));
    expect(screen.getByText('Enter a number')).toBeVisible();
  });

  it('given a label with the clause position, then the controls carry it', () => {
    render(<FrequencyEditor label="Frequency of clause 2" defaultValue={cmp('equal_to', 2)} />);
    expect(screen.getByRole('combobox', { name: 'Frequency of clause 2 comparison' })).toBeInTheDocument();
  });

  it('given disabled or read-only, then the input says so', () => {
    const { rerender } = render(<FrequencyEditor value={cmp('equal_to', 2)} disabled />);
    expect(screen.getByRole('textbox', { name: 'Frequency value' })).toBeDisabled();
    rerender(<FrequencyEditor value={cmp('equal_to', 2)} readOnly />);
    expect(screen.getByRole('textbox', { name: 'Frequency value' })).toHaveAttribute('readonly');
  });

  it('given a filled editor, then axe finds no violations', async () => {
    const { container } = render(<FrequencyEditor defaultValue={cmp('equal_to', 0)} />);
    await expectNoAxeViolations(container);
  });
});
