import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TagsInput } from '../../src/index';

function Host({ start, onChange }: { start: string[]; onChange: (tags: string[]) => void }) {
  const [tags, setTags] = useState<readonly string[]>(start);
  return (
    <>
      <TagsInput value={tags} onChange={(next) => { onChange(next); setTags(next); }} label="Tags" help="Enter or comma adds a tag" removeLabel={(tag) => `Remove tag ${tag}`} />
      <button type="button" onClick={() => setTags([])}>Clear</button>
    </>
  );
}

function setup(start: string[] = []) {
  const user = userEvent.setup();
  const onChange = vi.fn<(tags: string[]) => void>();
  render(<Host start={start} onChange={onChange} />);
  const input = screen.getByRole('textbox', { name: 'Tags' });
  const chips = () => [...(screen.queryByRole('list', { name: 'Tags' })?.querySelectorAll('.pcb-chip__text') ?? [])].map((chip) => chip.textContent);
  const reported = () => onChange.mock.lastCall?.[0] ?? start;
  return { user, onChange, input, chips, reported };
}

describe('TagsInput: a tag being typed is already a tag', () => {
  it('given tags, when a tag is typed without Enter or leaving, then the tags reported already hold it', async () => {
    const { user, input, reported, chips } = setup(['sport']);
    await user.type(input, 'news');
    expect(reported()).toEqual(['sport', 'news']);
    expect(chips()).toEqual(['sport']);
    expect(input).toHaveValue('news');
    expect(input).toHaveFocus();
  });

  it('given a typed tag, when Enter or a comma follows, then it becomes a chip and the tags do not change', async () => {
    const { user, input, onChange, chips } = setup();
    await user.type(input, 'news');
    const calls = onChange.mock.calls.length;
    await user.keyboard('{Enter}');
    await user.type(input, 'sport,');
    expect(onChange.mock.calls.length).toBe(calls + 5);
    expect(onChange.mock.lastCall?.[0]).toEqual(['news', 'sport']);
    expect(chips()).toEqual(['news', 'sport']);
    expect(input).toHaveValue('');
  });

  it('given an empty input, when Backspace is pressed, then the last tag goes', async () => {
    const { user, input, reported } = setup(['a', 'b']);
    await user.click(input);
    await user.keyboard('{Backspace}');
    expect(reported()).toEqual(['a']);
  });

  it('given a typed tag, when the tags are cleared from outside, then the typed text goes too', async () => {
    const { user, input, chips } = setup(['a']);
    await user.type(input, 'b');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(chips()).toEqual([]);
    expect(input).toHaveValue('');
  });
});
