import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DuringWindowEditor } from '../../src/components/DuringWindowEditor';
import type { Window } from '../../src/query/ast';
import { Controlled, expectNoAxeViolations } from './support/harness';

const last = (value: number, unit: string): Window => ({ kind: 'the_last', value, unit });

describe('DuringWindowEditor', () => {
  it('given all time, when the person picks "this session", then onChange gets the this_session window', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor value={undefined} onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'All time' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'This session' }));
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'this_session' });
  });

  it('given this session, when the person picks "all time", then onChange gets undefined', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor defaultValue={{ kind: 'this_session' }} onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: 'All time' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(screen.getByRole('radio', { name: 'All time' })).toBeChecked();
  });

  it('given all time, when the person picks "in the last", then it starts at 30 days', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: 'In the last' }));
    expect(onChange).toHaveBeenLastCalledWith(last(30, 'days'));
    expect(screen.getByRole('textbox', { name: 'During length' })).toHaveValue('30');
  });

  it('given the radios, then arrow keys move between the forms', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor onChange={onChange} />);
    screen.getByRole('radio', { name: 'All time' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'this_session' });
  });

  it.each(['minutes', 'hours', 'days', 'weeks', 'months'])('when the person picks the unit %s, then onChange keeps the number', async (unit) => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor defaultValue={last(7, unit === 'days' ? 'weeks' : 'days')} onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'During unit' }), unit);
    expect(onChange).toHaveBeenLastCalledWith(last(7, unit));
  });

  it('given a unit that is not in the list, then it is shown as an extra option and kept', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor defaultValue={last(2, 'day')} onChange={onChange} />);
    expect(screen.getByRole('combobox', { name: 'During unit' })).toHaveValue('day');
    await user.type(screen.getByRole('textbox', { name: 'During length' }), '1');
    expect(onChange).toHaveBeenLastCalledWith(last(21, 'day'));
  });

  it('given a length, when the person types a new one, then onChange gets it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor defaultValue={last(30, 'days')} onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'During length' });
    await user.clear(input);
    await user.type(input, '14');
    expect(onChange).toHaveBeenLastCalledWith(last(14, 'days'));
    expect(input).toHaveFocus();
  });

  it.each([
    ['ten', 'Enter a number using digits, such as 5'],
    ['0', 'Enter 1 or more'],
    ['-3', 'Enter 1 or more'],
    ['2.5', 'Enter a whole number'],
  ])('given %s as the length, then an inline message shows, the text stays and onChange is not called', async (text, message) => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor defaultValue={last(30, 'days')} onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'During length' });
    await user.clear(input);
    await user.type(input, text);
    expect(onChange.mock.calls.filter(([w]) => w.kind === 'the_last' && (w.value < 1 || !Number.isInteger(w.value)))).toEqual([]);
    expect(input).toHaveValue(text);
    expect(input).toHaveAccessibleDescription(message);
  });

  it('given allowThisSession false, then "this session" is disabled', () => {
    render(<DuringWindowEditor allowThisSession={false} />);
    expect(screen.getByRole('radio', { name: 'This session' })).toBeDisabled();
  });

  it('given a raw window, then it is shown as JSON, and Replace lets the person choose a known form', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor defaultValue={{ kind: 'raw', json: { between: ['2024-01-01', '2024-02-01'] } }} onChange={onChange} />);
    expect(screen.getByText(/"between"/)).toBeVisible();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    await user.click(screen.getByRole('radio', { name: 'In the last' }));
    expect(onChange).toHaveBeenLastCalledWith(last(30, 'days'));
  });

  it('given a controlled parent that refuses, then the old choice stays checked', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled<Window | undefined> initial={last(3, 'hours')} accept={false} onChange={onChange} render={(value, change) => <DuringWindowEditor value={value} onChange={change} />} />);
    await user.click(screen.getByRole('radio', { name: 'All time' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(screen.getByRole('radio', { name: 'In the last' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'During length' })).toHaveValue('3');
  });

  it('given read-only, then only the chosen form stays focusable and nothing changes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DuringWindowEditor value={last(3, 'hours')} onChange={onChange} readOnly />);
    expect(screen.getByRole('radio', { name: 'All time' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'In the last' })).toBeEnabled();
    expect(screen.getByRole('textbox', { name: 'During length' })).toHaveAttribute('readonly');
    await user.click(screen.getByRole('radio', { name: 'All time' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given disabled, then every control is disabled', () => {
    render(<DuringWindowEditor value={last(3, 'hours')} disabled />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByRole('group', { name: 'During' })).toHaveAttribute('data-disabled');
  });

  it('given a filled editor and a raw one, then axe finds no violations', async () => {
    const { container } = render(
      <>
        <DuringWindowEditor label="During (clause 1)" defaultValue={last(30, 'days')} />
        <DuringWindowEditor label="During (clause 2)" defaultValue={{ kind: 'raw', json: 'yesterday' }} />
      </>,
    );
    await expectNoAxeViolations(container);
  });
});
