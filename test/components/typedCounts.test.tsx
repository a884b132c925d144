import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject } from '../../src/index';

const pageview = (condition: JsonObject): JsonObject => ({
  event: 'Pageview',
  frequency: { greater_than_or_equal_to: 1 },
  where: { property: 'properties.client.url', condition },
});

function setup(start: JsonObject) {
  const user = userEvent.setup();
  const onChange = vi.fn<(json: JsonObject) => void>();
  render(<CohortQueryBuilder defaultValue={start} onChange={onChange} showSummary={false} />);
  const json = () => (onChange.mock.lastCall?.[0] ?? start) as { and: JsonObject[] };
  return { user, onChange, json };
}

describe('typed values count as they are typed, through the builder', () => {
  it('given a where value, when "football" is typed and not confirmed, then the query holds it; one Undo takes the whole word back', async () => {
    const start = { and: [pageview({ contains: [] })] };
    const { user, json } = setup(start);
    const input = screen.getByRole('textbox', { name: 'Value for properties.client.url' });
    await user.type(input, 'football');
    expect(json().and[0]).toEqual(pageview({ contains: ['football'] }));
    expect(input).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(json()).toEqual(start);
    expect(input).toHaveValue('');
    expect(screen.queryByRole('list', { name: 'Values for properties.client.url' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('given a raw JSON clause, when valid JSON is typed and the person stays in the text, then the query already holds it', async () => {
    const { user, json } = setup({ and: [{ visited_moon: { times: 3 } }] });
    const text = screen.getByRole('textbox', { name: 'Clause JSON (clause 1)' });
    await user.clear(text);
    await user.type(text, '{{"visited_moon": {{"times": 45}}');
    expect(json().and[0]).toEqual({ visited_moon: { times: 45 } });
    expect(text).toHaveFocus();
    expect(text).toHaveValue('{"visited_moon": {"times": 45}}');
  });

  it('given a raw JSON clause, when text that is not JSON is left behind, then it stays with its message and is never reported', async () => {
    const start = { and: [{ visited_moon: { times: 3 } }] };
    const { user, onChange } = setup(start);
    const text = screen.getByRole('textbox', { name: 'Clause JSON (clause 1)' });
    await user.clear(text);
    await user.type(text, '{{"visited_moon": ');
    await user.tab();
    expect(text).toHaveValue('{"visited_moon": ');
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/not valid JSON/);
    // Clearing the text made no JSON either, so nothing was ever reported.
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given JSON typed into a raw clause, when undone, then the text shows the earlier JSON', async () => {
    const { user, json } = setup({ and: [{ visited_moon: { times: 3 } }] });
    const text = screen.getByRole('textbox', { name: 'Clause JSON (clause 1)' });
    await user.click(text);
    await user.keyboard('{Control>}a{/Control}{{"visited_moon": 1}');
    expect(json().and[0]).toEqual({ visited_moon: 1 });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(text).toHaveValue(JSON.stringify({ visited_moon: { times: 3 } }, null, 2));
  });

  it('given JSON of a known form typed into a raw clause, then it counts at once and becomes a typed clause when the person leaves', async () => {
    const { user, json } = setup({ and: [{ visited_moon: true }] });
    const text = screen.getByRole('textbox', { name: 'Clause JSON (clause 1)' });
    await user.clear(text);
    await user.type(text, '{{"in_segment": 42}');
    expect(json().and[0]).toEqual({ in_segment: 42 });
    expect(text).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Cohort id or code (clause 1)' })).toHaveValue('42');
    expect(json().and[0]).toEqual({ in_segment: 42 });
  });
});
