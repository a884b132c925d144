import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject, NewClauseKind } from '../../src/index';
import { chooseAction, chooseAdd } from '../support/menus';

// The add menu's items, as a person reads them.
const KIND_NAMES: Record<NewClauseKind, string> = {
  expression: 'Event',
  engaged_time: 'Engaged time',
  engaged_completion: 'Page completion',
  engaged_views: 'Engaged page views',
  transition: 'Cohort entry or exit',
  membership: 'Segment membership',
  in_segment: 'In cohort',
  raw: 'Raw JSON',
};

function setup(defaultValue: JsonObject = { and: [] }) {
  const user = userEvent.setup();
  const onChange = vi.fn<(json: JsonObject) => void>();
  render(<CohortQueryBuilder defaultValue={defaultValue} onChange={onChange} cohorts={[{ code: 1234, name: 'Football fans' }]} />);
  const json = () => onChange.mock.lastCall![0] as { and: JsonObject[] };
  // "+ And" at the top level adds an OR group of one: the API's AND of ORs. It shows as clause 1.
  const add = (kind: NewClauseKind) => chooseAdd(user, '+ And (cohort query)', KIND_NAMES[kind]);
  const card = (position: string) => screen.getByRole('article', { name: new RegExp(`^Clause ${position.replace('.', '\\.')}:`) });
  return { user, json, add, card };
}

describe('clause cards, driven through the builder', () => {
  it('given an event clause, when event, frequency, where and window are set, then the JSON has them all', async () => {
    const { user, json, add, card } = setup();
    await add('expression');
    const clause = within(card('1'));
    // Focus is on the new clause's first field.
    expect(clause.getByRole('textbox', { name: 'Event (clause 1)' })).toHaveFocus();
    await user.type(clause.getByRole('textbox', { name: 'Event (clause 1)' }), 'Pageview');
    await user.selectOptions(clause.getByRole('combobox', { name: 'Frequency (clause 1) comparison' }), 'equal_to');
    const count = clause.getByRole('textbox', { name: 'Frequency (clause 1) value' });
    await user.clear(count);
    await user.type(count, '0');
    await user.click(clause.getByRole('button', { name: 'Add condition to Where (clause 1)' }));
    await user.type(clause.getByLabelText('Property for condition 1'), 'properties.client.domain');
    await user.type(clause.getByRole('textbox', { name: /^Value for properties.client.domain/ }), 'example.com{Enter}');
    await user.selectOptions(clause.getByRole('combobox', { name: 'During (clause 1)' }), 'in the last');
    const days = clause.getByRole('textbox', { name: 'During (clause 1) length' });
    await user.clear(days);
    await user.type(days, '14');

    expect(json().and[0]).toEqual({
      or: [
        {
          event: 'Pageview',
          frequency: { equal_to: 0 },
          where: { property: 'properties.client.domain', condition: { contains: 'example.com' } },
          during: { the_last: { value: 14, unit: 'days' } },
        },
      ],
    });
    expect(clause.getByText('did not happen')).toBeVisible();
  });

  it('given engaged time, when seconds and window are set, then the JSON is an engaged_time clause', async () => {
    const { user, json, add, card } = setup();
    await add('engaged_time');
    const clause = within(card('1'));
    const seconds = clause.getByRole('textbox', { name: 'Engaged seconds (clause 1) value' });
    await user.clear(seconds);
    await user.type(seconds, '120');
    await user.selectOptions(clause.getByRole('combobox', { name: 'During (clause 1)' }), 'in the last');
    expect(json().and[0]).toEqual({ or: [{ engaged_time: { seconds: { greater_than_or_equal_to: 120 }, during: { the_last: { value: 30, unit: 'days' } } } }] });
  });

  it('given engaged completion, when 40 (%) is typed, then the JSON holds the fraction 0.4', async () => {
    const { user, json, add, card } = setup();
    await add('engaged_completion');
    const percent = within(card('1')).getByRole('textbox', { name: 'Completion (clause 1) value' });
    await user.clear(percent);
    await user.type(percent, '40');
    expect(json().and[0]).toEqual({ or: [{ engaged_completion: { completion: { greater_than_or_equal_to: 0.4 } } }] });
  });

  it('given engaged completion, when 140 (%) is typed, then an inline message explains and the text stays', async () => {
    const { user, json, add, card } = setup();
    await add('engaged_completion');
    const percent = within(card('1')).getByRole('textbox', { name: 'Completion (clause 1) value' });
    await user.clear(percent);
    await user.type(percent, '140');
    expect(percent).toHaveValue('140');
    expect(percent).toHaveAccessibleDescription(/100 or less/);
    // The last good value typed on the way (14%) stands until the text is fixed.
    expect(json().and[0]).toEqual({ or: [{ engaged_completion: { completion: { greater_than_or_equal_to: 0.14 } } }] });
  });

  it('given engaged views, when views and seconds are set, then the JSON has times and engaged_time', async () => {
    const { user, json, add, card } = setup();
    await add('engaged_views');
    const clause = within(card('1'));
    const views = clause.getByRole('textbox', { name: 'Page views (clause 1) value' });
    await user.clear(views);
    await user.type(views, '3');
    expect(json().and[0]).toEqual({ or: [{ engaged_views: { times: { greater_than_or_equal_to: 3 }, engaged_time: { greater_than_or_equal_to: 30 } } }] });
  });

  it.each([
    ['has_entered', 'has_entered'],
    ['has_not_entered', 'has_not_entered'],
    ['has_not_exited', 'has_not_exited'],
  ])('given a transition, when %s and a code are chosen, then the JSON is that transition', async (option, key) => {
    const { user, json, add, card } = setup();
    await add('transition');
    const clause = within(card('1'));
    await user.selectOptions(clause.getByRole('combobox', { name: 'User has (clause 1)' }), option);
    await user.type(clause.getByRole('combobox', { name: 'Cohort code (clause 1)' }), '1234');
    expect(json().and[0]).toEqual({ or: [{ [key]: { segment: 1234 } }] });
  });

  it('given a transition, when letters are typed as the code, then a message explains and the text stays', async () => {
    const { user, add, card } = setup();
    await add('transition');
    const code = within(card('1')).getByRole('combobox', { name: 'Cohort code (clause 1)' });
    await user.type(code, '12ab');
    expect(code).toHaveValue('12ab');
    expect(code).toHaveAccessibleDescription('A cohort code is a whole number, such as 1234.');
  });

  it.each(['in_second_party_segment', 'not_in_second_party_segment', 'in_third_party_segment', 'not_in_third_party_segment'])(
    'given a membership, when %s with provider and segment is set, then the JSON is that membership',
    async (type) => {
      const { user, json, add, card } = setup();
      await add('membership');
      const clause = within(card('1'));
      await user.selectOptions(clause.getByRole('combobox', { name: 'User (clause 1)' }), type);
      await user.type(clause.getByRole('textbox', { name: 'Provider (clause 1)' }), 'acme_crm');
      await user.type(clause.getByRole('textbox', { name: 'Segment (clause 1)' }), 'gold');
      expect(json().and[0]).toEqual({ or: [{ [type]: { provider: 'acme_crm', segment: 'gold' } }] });
    },
  );

  it('given a connections import membership, when its provider is edited, then the body keeps its form', async () => {
    const { user, json, card } = setup({ and: [{ not_in_connections_import_segment: { provider: 'crm' } }] });
    const clause = within(card('1'));
    expect(clause.queryByRole('textbox', { name: 'Segment (clause 1)' })).toBeNull();
    await user.type(clause.getByRole('textbox', { name: 'Provider (clause 1)' }), '_eu');
    expect(json().and[0]).toEqual({ not_in_connections_import_segment: { provider: 'crm_eu' } });
  });

  it('given a connections import by field, then field name and value are edited', async () => {
    const { user, json, card } = setup({ and: [{ in_connections_import_segment: { field_name: 'plan', value: 'gold' } }] });
    await user.type(within(card('1')).getByRole('textbox', { name: 'Field value (clause 1)' }), '+');
    expect(json().and[0]).toEqual({ in_connections_import_segment: { field_name: 'plan', value: 'gold+' } });
  });

  it('given an in-cohort clause, when digits are typed, then the JSON holds the code as a number', async () => {
    const { user, json, add, card } = setup();
    await add('in_segment');
    await user.type(within(card('1')).getByRole('combobox', { name: 'Cohort id or code (clause 1)' }), '42');
    expect(json().and[0]).toEqual({ or: [{ in_segment: 42 }] });
  });

  it('given a raw JSON clause, when text that is not JSON is applied, then an alert explains and the text stays', async () => {
    const { user, json, card } = setup({ and: [{ visited_moon: { times: 3 } }] });
    const clause = within(card('1'));
    const text = clause.getByRole('textbox', { name: 'Clause JSON (clause 1)' });
    await user.clear(text);
    await user.type(text, '{{"visited_moon": ');
    await user.click(clause.getByRole('button', { name: 'Apply JSON (clause 1)' }));
    expect(clause.getByRole('alert')).toHaveTextContent(/not valid JSON/);
    expect(text).toHaveValue('{"visited_moon": ');
    await user.type(text, '{{"times": 4}}');
    await user.click(clause.getByRole('button', { name: 'Apply JSON (clause 1)' }));
    expect(json().and[0]).toEqual({ visited_moon: { times: 4 } });
  });

  it('given a raw JSON clause, when JSON of a known form is applied, then it becomes a typed clause in place', async () => {
    const { user, json, card } = setup({ and: [{ visited_moon: true }] });
    const text = within(card('1')).getByRole('textbox', { name: 'Clause JSON (clause 1)' });
    await user.clear(text);
    await user.type(text, '{{"has_entered": {{"segment": 7}}');
    await user.click(screen.getByRole('button', { name: 'Apply JSON (clause 1)' }));
    expect(json().and[0]).toEqual({ has_entered: { segment: 7 } });
    expect(within(card('1')).getByRole('combobox', { name: 'Cohort code (clause 1)' })).toHaveValue('7');
  });

  it('given a top level that is an OR (the combinator choice shows, with the AND-of-ORs issue), when it is switched to All of, then the JSON becomes an AND and the issue goes', async () => {
    // The choice shows only where a group does not combine as the AND of ORs expects: a root OR here.
    const clause = (event: string) => ({ event, frequency: { greater_than_or_equal_to: 1 } });
    const { user, json } = setup({ or: [{ or: [clause('A'), clause('B')] }, { or: [clause('C'), clause('D')] }] });
    expect(screen.getAllByText(/AND of ORs/).length).toBeGreaterThan(0);
    await user.click(within(screen.getByRole('group', { name: 'Match (cohort query)' })).getByRole('radio', { name: 'All of' }));
    expect(Object.keys(json())).toEqual(['and']);
    expect(json()).toEqual({ and: [{ or: [clause('A'), clause('B')] }, { or: [clause('C'), clause('D')] }] });
    expect(screen.queryAllByText(/AND of ORs/)).toEqual([]);
  });

  it('given a clause, when removed from its menu and a clause added with + And, then the JSON follows', async () => {
    const { user, json, card } = setup({ and: [{ or: [{ event: 'A', frequency: { greater_than_or_equal_to: 1 } }, { event: 'B', frequency: { greater_than_or_equal_to: 1 } }] }] });
    await chooseAction(user, 'clause 1.1', 'Remove');
    expect(json()).toEqual({ and: [{ or: [{ event: 'B', frequency: { greater_than_or_equal_to: 1 } }] }] });
    // Was "Add group": + And adds a new OR group of one, shown as its clause alone.
    await chooseAdd(user, '+ And (cohort query)', 'Event');
    expect(json().and).toHaveLength(2);
    expect((json().and[1] as { or: JsonObject[] }).or).toHaveLength(1);
    expect(card('2')).toBeInTheDocument();
    expect(within(card('2')).getByRole('textbox', { name: 'Event (clause 2)' })).toHaveFocus();
  });
});
