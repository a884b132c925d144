import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CohortQueryBuilder } from '../src/index';
import type { JsonObject } from '../src/index';
import { demoCohorts, demoEvents, demoProperties } from './support/catalogues';
import { previewJson } from './support/json';

// Each clause card shown on its own: a builder whose whole query is that one clause.
const meta = {
  title: 'Builder/Clause cards',
  component: CohortQueryBuilder,
  args: { onChange: fn(), events: demoEvents, properties: demoProperties, cohorts: demoCohorts, showJson: true },
} satisfies Meta<typeof CohortQueryBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

// Demos open clean: their play functions only check what is shown (filled, invalid, read only). The
// interaction test at the end is tagged '!dev' (not in the sidebar) and '!autodocs' (not on a docs page);
// the test run keeps it.

const card = (canvasElement: HTMLElement) => within(within(canvasElement).getByRole('article'));

function filled(query: JsonObject, field: string, value: string, role: 'textbox' | 'combobox' = 'textbox'): Story {
  return {
    args: { defaultValue: query },
    play: async ({ canvasElement }) => {
      await expect(card(canvasElement).getByRole(role, { name: field })).toHaveValue(value);
      await expect(previewJson(canvasElement)).toEqual(query);
    },
  };
}

function invalid(query: JsonObject, message: RegExp): Story {
  return {
    args: { defaultValue: query },
    play: async ({ canvasElement }) => {
      await expect(within(canvasElement).getByRole('article')).toHaveAttribute('data-invalid');
      await expect(card(canvasElement).getByText(message)).toBeVisible();
    },
  };
}

function readOnly(query: JsonObject): Story {
  return {
    args: { defaultValue: query, readOnly: true },
    play: async ({ canvasElement }) => {
      await expect(card(canvasElement).queryByRole('button', { name: /^Remove/ })).toBeNull();
      // Remove, duplicate and moves live in the Actions menu, which a read-only builder does not have.
      await expect(within(canvasElement).queryByRole('button', { name: /^Actions for / })).toBeNull();
      await expect(previewJson(canvasElement)).toEqual(query);
    },
  };
}

const event: JsonObject = { event: 'Pageview', frequency: { greater_than_or_equal_to: 2 }, where: { property: 'properties.client.url', condition: { contains: 'football' } }, during: { the_last: { value: 30, unit: 'days' } } };
const engagedTime: JsonObject = { engaged_time: { seconds: { greater_than_or_equal_to: 120 }, during: { the_last: { value: 7, unit: 'days' } } } };
const completion: JsonObject = { engaged_completion: { completion: { greater_than: 0.6 } } };
const views: JsonObject = { engaged_views: { times: { greater_than_or_equal_to: 3 }, engaged_time: { greater_than_or_equal_to: 30 } } };
const transition: JsonObject = { has_entered: { segment: 1234, during: { the_last: { value: 30, unit: 'days' } } } };
const membership: JsonObject = { in_third_party_segment: { provider: 'nielsen', segment: 'female_25_34' } };
const inSegment: JsonObject = { in_segment: 42 };
const raw: JsonObject = { visited_moon: { times: 3 } };

export const EventFilled = filled(event, 'Event (clause 1)', 'Pageview', 'combobox');
export const EventInvalid = invalid({ event: '', frequency: { greater_than_or_equal_to: -1 } }, /Add an event name/);
export const EventReadOnly = readOnly(event);
export const EngagedTimeFilled = filled(engagedTime, 'Engaged seconds (clause 1) value', '120');
export const EngagedTimeInvalid = invalid({ engaged_time: { seconds: { greater_than_or_equal_to: -5 } } }, /negative/i);
export const EngagedTimeReadOnly = readOnly(engagedTime);
export const CompletionFilled = filled(completion, 'Completion (clause 1) value', '60');
export const CompletionInvalid = invalid({ engaged_completion: { completion: { greater_than: 1.5 } } }, /from 0 to 1/);
export const CompletionReadOnly = readOnly(completion);
export const EngagedViewsFilled = filled(views, 'Page views (clause 1) value', '3');
export const EngagedViewsReadOnly = readOnly(views);
export const TransitionFilled = filled(transition, 'Cohort code (clause 1)', '1234', 'combobox');
export const TransitionInvalid = invalid({ has_entered: {} }, /code of the cohort/);
export const TransitionReadOnly = readOnly(transition);
export const MembershipFilled = filled(membership, 'Provider (clause 1)', 'nielsen');
export const MembershipInvalid = invalid({ in_second_party_segment: { provider: '', segment: '' } }, /Enter the provider/);
export const MembershipReadOnly = readOnly(membership);
export const InSegmentFilled = filled(inSegment, 'Cohort id or code (clause 1)', '42', 'combobox');
export const InSegmentReadOnly = readOnly(inSegment);
export const RawJsonFilled = filled(raw, 'Clause JSON (clause 1)', JSON.stringify(raw, null, 2));
export const RawJsonReadOnly = readOnly(raw);

/** Test: text that is not JSON is never applied and never lost. */
export const RawJsonInvalidText: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: raw },
  play: async ({ canvasElement }) => {
    const clause = card(canvasElement);
    const text = clause.getByLabelText('Clause JSON (clause 1)');
    await userEvent.clear(text);
    await userEvent.type(text, '{{"visited_moon": ');
    await userEvent.click(clause.getByRole('button', { name: 'Apply JSON (clause 1)' }));
    await expect(clause.getByRole('alert')).toHaveTextContent(/not valid JSON/);
    await expect(text).toHaveValue('{"visited_moon": ');
    await expect(previewJson(canvasElement)).toEqual(raw);
  },
};
