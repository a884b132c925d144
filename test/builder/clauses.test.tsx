import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject, NewClauseKind } from '../../src/index';

function setup(defaultValue: JsonObject = { and: [] }) {
  const user = userEvent.setup();
  const onChange = vi.fn<(json: JsonObject) => void>();
  render(<CohortQueryBuilder defaultValue={defaultValue} onChange={onChange} cohorts={[{ code: 1234, name: 'Football fans' }]} />);
  const json = () => onChange.mock.lastCall![0] as { and: JsonObject[] };
  const add = async (kind: NewClauseKind) => {
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of clause to add (cohort query)' }), kind);
    await user.click(screen.getByRole('button', { name: 'Add clause to cohort query' }));
  };
  const card = (position: string) => screen.getByRole('article', { name: new RegExp(`^Clause ${position.replace('.', '\\.')}:`) });
  return { user, json, add, card };
}

describe('clause cards, driven through the builder', () => {
  it('given an event clause, when event, frequency, where and window are set, then the JSON has them all', async () => {
    const { user, json, add, card } = setup();
    await add('expression');
    const clause = within(card('1'));
    await user.type(clause.getByRole('textbox', { name: 'Event (clause 1)' }), 'Pageview');
    await user.selectOptions(clause.getByRole('combobox', { name: 'Frequency (clause 1) comparison' }), 'equal_to');
    const count = clause.getByRole('textbox', { name: 'Frequency (clause 1) value' });
    await user.clear(count);
    await user.type(count, '0');
    await user.click(clause.getByRole('button', { name: 'Add condition to Where (clause 1)' }));
    await user.type(clause.getByLabelText('Property for condition 1'), 'properties.client.domain');
    await user.type(clause.getByRole('textbox', { name: /^Value for properties.client.domain/ }), 'example.com{Enter}');
    await user.click(clause.getByRole('radio', { name: 'In the last' }));
    const days = clause.getByRole('textbox', { name: 'During (clause 1) length' });
    await user.clear(days);
    await user.type(days, '14');

    expect(json().and[0]).toEqual({
      event: 'Pageview',
      frequency: { equal_to: 0 },
      where: { property: 'properties.client.domain', condition: { contains: 'example.com' } },
      during: { the_last: { value: 14, unit: 'days' } },
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
    await user.click(clause.getByRole('radio', { name: 'In the last' }));
    expect(json().and[0]).toEqual({ engaged_time: { seconds: { greater_than_or_equal_to: 120 }, during: { the_last: { value: 30, unit: 'days' } } } });
  });

  it('given engaged completion, when 40 (%) is typed, then the JSON holds the fraction 0.4', async () => {
    const { user, json, add, card } = setup();
    await add('engaged_completion');
    const percent = within(card('1')).getByRole('textbox', { name: 'Completion (clause 1) value' });
    await user.clear(percent);
    await user.type(percent, '40');
    expect(json().and[0]).toEqual({ engaged_completion: { completion: { greater_than_or_equal_to: 0.4 } } });
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
    expect(json().and[0]).toEqual({ engaged_completion: { completion: { greater_than_or_equal_to: 0.14 } } });
  });

  it('given engaged views, when views and seconds are set, then the JSON has times and engaged_time', async () => {
    const { user, json, add, card } = setup();
    await add('engaged_views');
    const clause = within(card('1'));
    const views = clause.getByRole('textbox', { name: 'Page views (clause 1) value' });
    await user.clear(views);
    await user.type(views, '3');
    expect(json().and[0]).toEqual({ engaged_views: { times: { greater_than_or_equal_to: 3 }, engaged_time: { greater_than_or_equal_to: 30 } } });
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
    expect(json().and[0]).toEqual({ [key]: { segment: 1234 } });
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
      expect(json().and[0]).toEqual({ [type]: { provider: 'acme_crm', segment: 'gold' } });
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
    await user.type(within(card('1')).getByRole('textbox', { name: 'Cohort id or code (clause 1)' }), '42');
    expect(json().and[0]).toEqual({ in_segment: 42 });
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

  it('given two OR groups, when the combinator of the root is switched, then the JSON becomes an OR, and issues show next to the group', async () => {
    const clause = (event: string) => ({ event, frequency: { greater_than_or_equal_to: 1 } });
    const { user, json } = setup({ and: [{ or: [clause('A'), clause('B')] }, { or: [clause('C'), clause('D')] }] });
    await user.click(within(screen.getByRole('group', { name: 'Match (cohort query)' })).getByRole('radio', { name: 'Any of' }));
    expect(Object.keys(json())).toEqual(['or']);
    expect(screen.getAllByText(/AND of ORs/).length).toBeGreaterThan(0);
  });

  it('given a clause, when removed and a group added, then the JSON follows', async () => {
    const { user, json } = setup({ and: [{ or: [{ event: 'A', frequency: { greater_than_or_equal_to: 1 } }, { event: 'B', frequency: { greater_than_or_equal_to: 1 } }] }] });
    await user.click(screen.getByRole('button', { name: 'Remove clause 1.1' }));
    expect(json()).toEqual({ and: [{ or: [{ event: 'B', frequency: { greater_than_or_equal_to: 1 } }] }] });
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    expect(json().and).toHaveLength(2);
    expect(screen.getByRole('group', { name: 'group 2' })).toBeInTheDocument();
  });
});
