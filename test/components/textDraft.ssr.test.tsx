// @vitest-environment node
// The text drafts hold state only (no effect, no window), so the fields render on a server.
import { renderToString } from 'react-dom/server';
import { NumberField } from '../../src/components/NumberField';
import { TextField } from '../../src/components/TextField';
import { ValueChips } from '../../src/components/where/ValueChips';
import { TagsInput } from '../../src/components/editor/TagsInput';
import { defaultFieldLabels } from '../../src/components/labels';

const labels = defaultFieldLabels.where;

describe('text drafts on the server', () => {
  it('given no DOM, when the fields render to a string, then each holds its value and nothing is said on the console', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <>
        <NumberField value={0.4} scale={100} onChange={() => {}} label="Share" messages={labels} />
        <TextField label="Code" value={42} format={String} parse={(text) => ({ value: Number(text) })} onChange={() => {}} />
        <ValueChips value={['rugby', 'golf']} onChange={() => {}} itemKind="text" label="Value" listLabel="Values" labels={labels} />
        <TagsInput value={['sport']} onChange={() => {}} label="Tags" help="Comma adds" removeLabel={(tag) => `Remove ${tag}`} />
      </>,
    );
    expect(html).toContain('value="40"');
    expect(html).toContain('value="42"');
    expect(html).toMatch(/rugby.*golf/);
    expect(html).toContain('sport');
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    error.mockRestore();
    warn.mockRestore();
  });
});
