/**
 * Issue 9, second scenario, in Chromium: "Type a value into a where condition and click Save at
 * once." The value counts as it is typed, so the click that follows saves it: the PATCH carries it
 * and the server stores it.
 *
 * Fails on today's code (00803b9): the value counts only on blur, so Save still says "There are no
 * changes to save." when the click lands, and nothing is sent.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import type { JsonObject } from '../../src/index';
import { Host, ID, localApi } from './support';
import '../../src/components/styles.css';
import { realEventsDriveReact } from '../arrange/support';

realEventsDriveReact();

const QUERY: JsonObject = {
  and: [
    {
      event: 'Pageview',
      frequency: { greater_than_or_equal_to: 2 },
      where: { property: 'properties.client.url', condition: { contains: ['football'] } },
    },
  ],
};

describe('type a where value, then Save at once (Chromium)', () => {
  it('given a value typed into a where condition and no blur, when Save is clicked at once, then the PATCH carries the value and the server stores it', async () => {
    const { client, sent, stored } = localApi(structuredClone(QUERY));
    render(<Host client={client} initial={await client.getCohort(ID)} />);
    await screen.findByRole('heading', { name: 'Edit cohort: Sport' });

    const value = screen.getByRole('textbox', { name: 'Value for properties.client.url' });
    await userEvent.type(value, 'rugby');
    expect(value).toHaveFocus();
    // The very next thing the person does is click Save. (force: Playwright would otherwise wait for
    // an aria-disabled Save to enable; a person's click lands whatever the button's state.)
    await userEvent.click(screen.getByRole('button', { name: /^(Save cohort|Saving…)$/ }), { force: true });

    await waitFor(() => expect(sent.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    const patch = sent.find((r) => r.method === 'PATCH')!.body as { query?: unknown };
    expect(patch.query).toEqual({
      and: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 }, where: { property: 'properties.client.url', condition: { contains: ['football', 'rugby'] } } }],
    });
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    expect(stored()).toEqual(patch.query);
    // Saved: the summary says what the server has, and nothing is left to save.
    expect(screen.getByRole('group', { name: 'Summary' })).toHaveTextContent('"rugby"');
    expect(screen.getByRole('button', { name: /^(Save cohort|Saving…)$/ })).toHaveAccessibleDescription('There are no changes to save.');
  });
});
