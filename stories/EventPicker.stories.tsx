import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EventPicker } from '../src/components/EventPicker';
import type { EventOption } from '../src/components/eventOptions';

const EVENTS: EventOption[] = [
  'Pageview',
  { name: 'videoViews', label: 'Video views', description: 'A video started playing' },
  { name: 'LinkClick', label: 'Link click' },
  'FormSubmission',
  'SlotViewable',
];

// Loaders that stand for a host's event search endpoint.
const slowSearch = (search: string) =>
  new Promise<EventOption[]>((resolve) => setTimeout(() => resolve(EVENTS.filter((e) => JSON.stringify(e).toLowerCase().includes(search.toLowerCase()))), 300));
const neverAnswers = () => new Promise<EventOption[]>(() => undefined);
const failing = () => Promise.reject(new Error('503 Service Unavailable'));
const findsNothing = () => Promise.resolve([] as EventOption[]);

const meta = {
  title: 'Editors/EventPicker',
  component: EventPicker,
  tags: ['autodocs'],
  args: { events: EVENTS, onChange: fn() },
} satisfies Meta<typeof EventPicker>;
export default meta;
type Story = StoryObj<typeof meta>;

// Demos open clean: their play functions only check what is shown. The interaction tests below
// them are tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps them.

/** No event yet: type to filter the catalogue, arrows and Enter choose, or keep any typed name. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('combobox', { name: 'Event' });
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  },
};

/** An event chosen; any typed name (case kept) is a value too. */
export const Filled: Story = {
  args: { defaultValue: 'Pageview' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Event' })).toHaveValue('Pageview');
    await expect(canvas.getByRole('combobox', { name: 'Event' })).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Required and empty (a Save was tried, say): the message says what is missing. */
export const Required: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'Event' })).toHaveAccessibleDescription('Choose or type an event name');
  },
};

/** Read-only: the name shows, the list never opens. */
export const ReadOnly: Story = {
  args: { defaultValue: 'Pageview', readOnly: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'Event' })).toHaveAttribute('readonly');
  },
};

/** Disabled. */
export const Disabled: Story = {
  args: { defaultValue: 'Pageview', disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'Event' })).toBeDisabled();
  },
};

/** An async catalogue: type, and results arrive after a debounced search (300 ms here). */
export const AsyncCatalogue: Story = {
  args: { events: slowSearch, debounceMs: 100 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'Event' })).toHaveValue('');
  },
};

// ---- Interaction tests ----

/** Test: typing filters the catalogue, arrows and Enter choose. */
export const ChooseWithKeyboard: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: 'Event' });
    await userEvent.type(input, 'vid');
    await expect(canvas.getByRole('option', { name: /Video views/ })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith('videoViews');
    // Shown in the host's words: the label, with the name as the input's title.
    await expect(input).toHaveValue('Video views');
    await expect(input).toHaveAttribute('title', 'videoViews');
  },
};

/** Test: the list opens on an option, as a keyboard user sees it. */
export const OpenWithArrows: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: 'Event' });
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(input).toHaveAttribute('aria-activedescendant', canvas.getByRole('option', { name: /Video views/ }).id);
  },
};

/** Test: an empty name after a blur: the message says what is missing; the typed spaces stay. */
export const BlankAfterBlur: Story = {
  tags: ['!dev', '!autodocs'],
  args: { required: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: 'Event' });
    await userEvent.type(input, '  ');
    await userEvent.tab();
    await expect(input).toHaveAccessibleDescription('Choose or type an event name');
    await expect(input).toHaveValue('  ');
  },
};

/** Test: read-only, a click and ArrowDown do not open the list. */
export const ReadOnlyNeverOpens: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: 'Pageview', readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: 'Event' });
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).toHaveAttribute('readonly');
  },
};

/** Test: an async catalogue: results arrive after a debounced search. */
export const AsyncResults: Story = {
  tags: ['!dev', '!autodocs'],
  args: { events: slowSearch, debounceMs: 100 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event' }), 'page');
    await expect(await canvas.findByRole('option', { name: 'Pageview' }, { timeout: 3000 })).toBeVisible();
  },
};

/** Test: a search still running is announced politely as loading. */
export const AsyncLoading: Story = {
  tags: ['!dev', '!autodocs'],
  args: { events: neverAnswers, debounceMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event' }), 'Page');
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading events…');
  },
};

/** Test: a search that failed shows the message and a Retry button; the typed text stays. */
export const AsyncError: Story = {
  tags: ['!dev', '!autodocs'],
  args: { events: failing, debounceMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event' }), 'Page');
    await expect(await canvas.findByText('Could not load events')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Event' })).toHaveValue('Page');
  },
};

/** Test: a search that found nothing says so; the typed name can still be used. */
export const AsyncEmpty: Story = {
  tags: ['!dev', '!autodocs'],
  args: { events: findsNothing, debounceMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event' }), 'MyCustomEvent');
    await expect(await canvas.findByText('No matching events')).toBeVisible();
  },
};
