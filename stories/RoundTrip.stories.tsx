import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { corpusQuery } from './support/corpus';
import { RoundTripDemo } from './support/RoundTripDemo';

const footballQuery = corpusQuery('inf-03');

const meta = {
  title: 'Core/JSON round trip',
  component: RoundTripDemo,
  args: { initialText: JSON.stringify(footballQuery, null, 2) },
} satisfies Meta<typeof RoundTripDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A documented AND-of-ORs query: summary, AST outline and the identical JSON written back. */
export const DocumentedQuery: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status', { name: 'Round trip' })).toHaveTextContent('identical');
    await expect(canvas.getByRole('region', { name: 'Summary' })).toHaveTextContent(/Pageview/);
  },
};

/** A clause kind the library does not know is kept verbatim, with a warning. */
export const UnknownClause: Story = {
  args: { initialText: JSON.stringify({ or: [{ event: 'Pageview', frequency: { equal_to: 0 } }, { visited_moon: { times: 3 } }] }, null, 2) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status', { name: 'Round trip' })).toHaveTextContent('identical');
    await expect(canvas.getByRole('region', { name: 'Issues' })).toHaveTextContent(/warning/);
  },
};

/** Text that is not JSON gets a clear message, and the text stays as typed. */
export const NotJson: Story = {
  args: { initialText: '{"event": "Pageview",' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Not valid JSON');
    await expect(canvas.getByLabelText('Cohort API JSON')).toHaveValue('{"event": "Pageview",');
  },
};

// ---- Interaction tests: tagged '!dev' (not in the sidebar) and '!autodocs'; the test run keeps them ----

/** Test: pasting a query with a clause kind the library does not know keeps it verbatim and warns. */
export const UnknownClauseKept: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Cohort API JSON');
    await userEvent.clear(input);
    await userEvent.click(input);
    await userEvent.paste('{"or": [{"event": "Pageview", "frequency": {"equal_to": 0}}, {"visited_moon": {"times": 3}}]}');
    await expect(canvas.getByRole('status', { name: 'Round trip' })).toHaveTextContent('identical');
    await expect(canvas.getByRole('region', { name: 'Serialized JSON' })).toHaveTextContent('visited_moon');
    await expect(canvas.getByRole('region', { name: 'Issues' })).toHaveTextContent(/warning/);
  },
};
