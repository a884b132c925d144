import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ComparisonEditor } from '../../src/components/ComparisonEditor';
import type { Comparison } from '../../src/query/ast';
import { Controlled, expectNoAxeViolations } from './support/harness';

const cmp = (operator: string, value: number): Comparison => ({ kind: 'comparison', operator, value });

const OPERATORS = [
  ['greater_than_or_equal_to', 'at least'],
  ['greater_than', 'more than'],
  ['equal_to', 'exactly'],
  ['less_than_or_equal_to', 'at most'],
  ['less_than', 'fewer than'],
] as const;

describe('ComparisonEditor', () => {
  it.each(OPERATORS)('given a comparison, when the person picks %s ("%s"), then onChange gets that operator with the same number', async (operator, text) => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const start = operator === 'greater_than' ? cmp('equal_to', 3) : cmp('greater_than', 3);
    render(<ComparisonEditor label="Engaged time" defaultValue={start} onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Engaged time comparison' }), text);
    expect(onChange).toHaveBeenLastCalledWith(cmp(operator, 3));
  });

  it('given a comparison, when the person types a new number, then onChange gets it and the text stays as typed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ComparisonEditor label="Engaged time" defaultValue={cmp('greater_than', 3)} onChange={onChange} suffix="seconds" />);
    const input = screen.getByRole('textbox', { name: 'Engaged time value' });
    await user.clear(input);
    await user.type(input, '45');
    expect(onChange).toHaveBeenLastCalledWith(cmp('greater_than', 45));
    expect(input).toHaveValue('45');
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription('seconds');
  });

  it.each([
    ['abc', {}, 'Enter a number using digits, such as 5'],
    ['-2', { min: 0 }, 'Enter 0 or more'],
    ['2.5', { integer: true }, 'Enter a whole number'],
    ['120', { max: 100 }, 'Enter 100 or less'],
  ] as const)('given the text %s, then it shows an inline message, keeps the text and does not call onChange', async (text, rules, message) => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ComparisonEditor label="Times" defaultValue={cmp('equal_to', 1)} onChange={onChange} {...rules} />);
    const input = screen.getByRole('textbox', { name: 'Times value' });
    await user.clear(input);
    // The keystrokes before the last may read as a valid number ("12" of "120"); the last may not.
    await user.type(input, text.slice(0, -1));
    onChange.mockClear();
    await user.type(input, text.slice(-1));
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue(text);
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(message);
    expect(screen.getByText(message)).toBeVisible();
  });

  it('given a scale of 100, then 0.4 is shown as 40 and 55 typed is stored as 0.55', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ComparisonEditor label="Completion" defaultValue={cmp('greater_than_or_equal_to', 0.4)} scale={100} min={0} max={1} suffix="%" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Completion value' });
    expect(input).toHaveValue('40');
    await user.clear(input);
    await user.type(input, '55');
    expect(onChange).toHaveBeenLastCalledWith(cmp('greater_than_or_equal_to', 0.55));
    await user.type(input, '0');
    expect(screen.getByText('Enter 100 or less')).toBeVisible();
  });

  it('given a controlled parent that refuses the change, then the editor shows the parent\'s value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial={cmp('equal_to', 3)} accept={false} onChange={onChange} render={(value, change) => <ComparisonEditor label="Times" value={value} onChange={change} />} />);
    const input = screen.getByRole('textbox', { name: 'Times value' });
    await user.type(input, '5');
    expect(onChange).toHaveBeenLastCalledWith(cmp('equal_to', 35));
    expect(input).toHaveValue('3');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Times comparison' }), 'at most');
    expect(onChange).toHaveBeenLastCalledWith(cmp('less_than_or_equal_to', 3));
    expect(screen.getByRole('combobox', { name: 'Times comparison' })).toHaveValue('equal_to');
  });

  it('given a controlled parent that accepts, then the value prop drives the editor', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial={cmp('equal_to', 3)} onChange={onChange} render={(value, change) => <ComparisonEditor label="Times" value={value} onChange={change} />} />);
    await user.type(screen.getByRole('textbox', { name: 'Times value' }), '0');
    expect(onChange).toHaveBeenLastCalledWith(cmp('equal_to', 30));
    expect(screen.getByRole('textbox', { name: 'Times value' })).toHaveValue('30');
  });

  it('given bad text, when the value changes from outside, then the text follows the new value', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ComparisonEditor label="Times" value={cmp('equal_to', 3)} onChange={() => undefined} />);
    const input = screen.getByRole('textbox', { name: 'Times value' });
    await user.type(input, 'x');
    expect(input).toHaveValue('3x');
    rerender(<ComparisonEditor label="Times" value={cmp('equal_to', 8)} onChange={() => undefined} />);
    expect(input).toHaveValue('8');
    expect(input).toBeValid();
  });

  it('given "5.0" typed for the value 5, then the text is kept (it already reads as the value)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial={cmp('equal_to', 5)} onChange={onChange} render={(value, change) => <ComparisonEditor label="Times" value={value} onChange={change} />} />);
    await user.type(screen.getByRole('textbox', { name: 'Times value' }), '.0');
    expect(screen.getByRole('textbox', { name: 'Times value' })).toHaveValue('5.0');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given no value, when the person picks an operator and types a number, then onChange gets the whole comparison', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ComparisonEditor label="Times" onChange={onChange} />);
    expect(screen.getByRole('textbox', { name: 'Times value' })).toHaveValue('');
    // A blank that nobody has touched is not yet a mistake.
    expect(screen.getByRole('textbox', { name: 'Times value' })).toBeValid();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Times comparison' }), 'fewer than');
    expect(onChange).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Times value' }), '2');
    expect(onChange).toHaveBeenLastCalledWith(cmp('less_than', 2));
  });

  it('given an operator the library does not know, then it is shown as an extra option and kept', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ComparisonEditor label="Times" defaultValue={cmp('at_least_ish', 2)} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Times comparison' });
    expect(select).toHaveValue('at_least_ish');
    await user.type(screen.getByRole('textbox', { name: 'Times value' }), '0');
    expect(onChange).toHaveBeenLastCalledWith(cmp('at_least_ish', 20));
  });

  it('given a custom operator list and labels, then only those operators are offered, with the given names', () => {
    render(<ComparisonEditor label="Times" defaultValue={cmp('equal_to', 2)} operators={['equal_to', 'less_than']} labels={{ operators: { equal_to: 'genau', less_than: 'weniger als' } }} />);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['genau', 'weniger als']);
  });

  it('given disabled or read-only, then the controls say so and data-disabled is set', () => {
    const { rerender } = render(<ComparisonEditor label="Times" value={cmp('equal_to', 2)} disabled />);
    expect(screen.getByRole('textbox', { name: 'Times value' })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Times' })).toHaveAttribute('data-disabled');
    rerender(<ComparisonEditor label="Times" value={cmp('equal_to', 2)} readOnly />);
    expect(screen.getByRole('textbox', { name: 'Times value' })).toHaveAttribute('readonly');
    expect(screen.getByRole('combobox', { name: 'Times comparison' })).toBeDisabled();
  });

  it('given a switch from controlled to uncontrolled, then a dev warning names the component', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = render(<ComparisonEditor label="Times" value={cmp('equal_to', 2)} />);
    rerender(<ComparisonEditor label="Times" defaultValue={cmp('equal_to', 2)} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ComparisonEditor is changing from controlled to uncontrolled'));
    warn.mockRestore();
  });

  it('given a filled editor and a bad one, then axe finds no violations', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <ComparisonEditor label="Engaged time" defaultValue={cmp('greater_than', 30)} suffix="seconds" hint="Across page views" />
        <ComparisonEditor label="Completion" defaultValue={cmp('greater_than', 0.5)} scale={100} suffix="%" />
      </>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Completion value' }), 'x');
    await expectNoAxeViolations(container);
  });
});
