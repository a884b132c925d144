import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CohortQueryBuilder, Connector, type ConnectorProps } from '../../src/index';

// The word between siblings of a group. A host swaps it through `components.Connector`; this is the default.
const meta = {
  title: 'Builder/Connector',
  component: Connector,
  tags: ['autodocs'],
  args: { combinator: 'and', children: 'and' },
} satisfies Meta<typeof Connector>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Between the members of an AND group. */
export const And: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('and')).toHaveAttribute('data-combinator', 'and');
  },
};

/** Between the members of an OR group. */
export const Or: Story = {
  args: { combinator: 'or', children: 'or' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('or')).toHaveAttribute('data-combinator', 'or');
  },
};

// A host's own connector: a badge that says the combinator in capitals.
function Badge({ combinator, children }: ConnectorProps) {
  return (
    <strong className="pcb-connector" data-combinator={combinator} style={{ letterSpacing: '0.08em' }}>
      {children.toUpperCase()}
    </strong>
  );
}

/** Swapped in the builder with `components={{ Connector: Badge }}`. */
export const SwappedInTheBuilder: Story = {
  render: () => (
    <CohortQueryBuilder
      components={{ Connector: Badge }}
      defaultValue={{ and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } }, { event: 'videoViews', frequency: { greater_than_or_equal_to: 1 } }] }, { has_not_entered: { segment: 1234 } }] }}
      showToolbar={false}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('AND').length).toBeGreaterThan(0);
    await expect(canvas.getAllByText('OR').length).toBeGreaterThan(0);
    await expect(canvas.queryByText('and', { exact: true })).toBeNull();
  },
};
