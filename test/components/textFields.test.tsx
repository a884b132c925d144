import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NumberField } from '../../src/components/NumberField';
import { TextField, type TextParser } from '../../src/components/TextField';
import { defaultFieldLabels } from '../../src/components/labels';

const messages = defaultFieldLabels.where;

// A host holding a number, with a button that sets it from outside (as undo or a new prop would).
function NumberHost({ start, onChange, scale }: { start?: number; onChange: (n: number) => void; scale?: number }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <NumberField value={value} onChange={(n) => { onChange(n); setValue(n); }} label="Count" messages={messages} min={0} scale={scale} />
      <button type="button" onClick={() => setValue(7)}>Set 7</button>
      <button type="button" onClick={() => setValue(undefined)}>Clear</button>
    </>
  );
}

const code: TextParser<number | undefined> = (text) => (text.trim() === '' ? { value: undefined } : /^\d+$/.test(text.trim()) ? { value: Number(text.trim()) } : { error: 'Use digits' });

function TextHost({ onChange }: { onChange: (code: number | undefined) => void }) {
  const [value, setValue] = useState<number | undefined>(12);
  return (
    <>
      <TextField label="Cohort code" value={value} format={(c) => (c === undefined ? '' : String(c))} parse={code} onChange={(c) => { onChange(c); setValue(c); }} />
      <button type="button" onClick={() => setValue(7)}>Set 7</button>
    </>
  );
}

describe('NumberField as a text draft', () => {
  it('given a number field, when the person types digits and does not leave, then each valid number is already reported', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberHost start={3} onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await user.clear(input);
    await user.type(input, '42');
    expect(onChange).toHaveBeenLastCalledWith(42);
    expect(input).toHaveFocus();
    expect(onChange.mock.calls.map(([n]) => n)).toEqual([4, 42]);
  });

  it('given "1." being typed, then the text stays "1." (it stands for the value) and 1.5 follows', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberHost onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await user.type(input, '1.');
    expect(input).toHaveValue('1.');
    await user.type(input, '5');
    expect(input).toHaveValue('1.5');
    expect(onChange.mock.calls.map(([n]) => n)).toEqual([1, 1.5]);
  });

  it('given text that is not a number, then it is kept with its message, marked invalid, and never reported, even after leaving', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberHost start={3} onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await user.type(input, 'x');
    await user.tab();
    expect(input).toHaveValue('3x');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(messages.numberInvalid);
    await user.clear(input);
    await user.type(input, '-2');
    expect(input).toHaveAccessibleDescription(messages.numberTooSmall(0));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given typed text, when the value changes from outside, then the text is replaced (valid or not)', async () => {
    const user = userEvent.setup();
    render(<NumberHost start={3} onChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await user.type(input, 'abc');
    await user.click(screen.getByRole('button', { name: 'Set 7' }));
    expect(input).toHaveValue('7');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.clear(input);
    await user.type(input, '1.');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(input).toHaveValue('');
  });

  it('given a scaled field (percent), when 40 is typed, then 0.4 is reported and the text stays 40', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberHost onChange={onChange} scale={100} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await user.type(input, '40');
    expect(onChange).toHaveBeenLastCalledWith(0.4);
    expect(input).toHaveValue('40');
  });

  it('given a parent that refuses the change, then the field shows the parent value, not the refused text', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberField value={3} onChange={onChange} label="Count" messages={messages} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await user.type(input, '9');
    expect(onChange).toHaveBeenLastCalledWith(39);
    expect(input).toHaveValue('3');
  });

  it('given an empty field nobody touched, then it is not called a mistake; once left empty, it is', async () => {
    const user = userEvent.setup();
    render(<NumberHost onChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.click(input);
    await user.tab();
    expect(input).toHaveAccessibleDescription(messages.numberEmpty);
  });
});

describe('TextField as a text draft', () => {
  it('given a code field, when digits are typed without leaving, then each good code is already reported', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<TextHost onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Cohort code' });
    await user.type(input, '34');
    expect(onChange.mock.calls.map(([c]) => c)).toEqual([123, 1234]);
    expect(input).toHaveFocus();
  });

  it('given a bad code, then the text is kept with its message and not reported, even after leaving', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<TextHost onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Cohort code' });
    await user.type(input, 'a');
    await user.tab();
    expect(input).toHaveValue('12a');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Use digits');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a bad code, when the value changes from outside, then the text shows the new value and the message goes', async () => {
    const user = userEvent.setup();
    render(<TextHost onChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: 'Cohort code' });
    await user.type(input, 'a');
    await user.click(screen.getByRole('button', { name: 'Set 7' }));
    expect(input).toHaveValue('7');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('given " 12 " typed over 12, then the text is kept as typed (it already stands for the value)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<TextHost onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Cohort code' });
    await user.type(input, ' ');
    expect(input).toHaveValue('12 ');
    expect(onChange).not.toHaveBeenCalled();
  });
});
