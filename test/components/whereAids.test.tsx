import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder, type JsonObject } from '../../src/index';
import { WhereConditionEditor } from '../../src/components/where/WhereConditionEditor';
import type { WhereNode } from '../../src/query/ast';
import type { PropertyOption } from '../../src/query/property-types';
import { expectNoAxeViolations } from './support/harness';

const PROPERTIES: PropertyOption[] = [
  { path: 'properties.a', label: 'A', type: 'string' },
  { path: 'properties.b', type: 'string' },
];
const HINT = 'Press Enter or type a comma to add a value; any of the values matches.';

const clause = (n: number): JsonObject => ({
  event: 'Pageview',
  where: { and: [{ property: 'properties.a', condition: { contains: [`x${n}`] } }, { property: 'properties.b', condition: { contains: ['y'] } }] },
});

/**
 * The datalist an input suggests from, and what it offers: a labelled property by its label with
 * its path as the second line ("A · properties.a"), an unlabelled one by its path.
 */
function suggestions(input: HTMLElement): string[] {
  const list = (input as HTMLInputElement).list;
  expect(list).not.toBeNull();
  return [...list!.options].map((option) => (option.label && option.label !== option.value ? `${option.value} · ${option.label}` : option.value));
}
const CATALOGUE = ['A · properties.a', 'properties.b'];

describe('where editors share one datalist and one chips hint', () => {
  it('given a builder of three clauses, then one datalist offers the catalogue to every property input and one hint describes every chips input', async () => {
    const { container } = render(<CohortQueryBuilder defaultValue={{ and: [clause(1), clause(2), clause(3)] }} properties={PROPERTIES} />);
    const pickers = screen.getAllByLabelText(/^Property for condition/);
    expect(pickers).toHaveLength(6);
    for (const picker of pickers) expect(suggestions(picker)).toEqual(CATALOGUE);
    expect(container.querySelectorAll('datalist')).toHaveLength(1);

    const chips = screen.getAllByRole('textbox', { name: /^Value for properties\./ });
    expect(chips).toHaveLength(6);
    for (const input of chips) expect(input).toHaveAccessibleDescription(HINT);
    expect([...container.querySelectorAll('[hidden]')].filter((el) => el.textContent === HINT)).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it('given a clause added after mount, then its property input suggests from the shared catalogue too', async () => {
    const user = userEvent.setup();
    render(<CohortQueryBuilder defaultValue={{ and: [clause(1)] }} properties={PROPERTIES} />);
    const card = within(screen.getByRole('article', { name: /^Clause 1:/ }));
    await user.click(card.getByRole('button', { name: 'Add condition to Where (clause 1)' }));
    const added = card.getByLabelText('Property for condition 3');
    expect(suggestions(added)).toEqual(CATALOGUE);
  });

  it('given a standalone editor, then it renders its own list and hint, once for all its conditions', () => {
    const where: WhereNode = {
      kind: 'where-group',
      id: 'g',
      combinator: 'and',
      children: [
        { kind: 'where-condition', id: 'c1', property: 'properties.a', condition: { kind: 'operator', operator: 'contains', operand: ['x'] } },
        { kind: 'where-condition', id: 'c2', property: 'properties.b', condition: { kind: 'operator', operator: 'contains', operand: ['y'] } },
      ],
    };
    const { container } = render(<WhereConditionEditor defaultValue={where} properties={PROPERTIES} />);
    for (const picker of screen.getAllByLabelText(/^Property for condition/)) expect(suggestions(picker)).toEqual(CATALOGUE);
    for (const input of screen.getAllByRole('textbox', { name: /^Value for/ })) expect(input).toHaveAccessibleDescription(HINT);
    expect(container.querySelectorAll('datalist')).toHaveLength(1);
  });

  it('given a swapped where editor with its own catalogue and hint inside a builder, then its inputs get its own, not the builder’s', () => {
    const other: PropertyOption[] = [{ path: 'properties.z', type: 'string' }];
    function OwnWhere(props: Parameters<typeof WhereConditionEditor>[0]) {
      return <WhereConditionEditor {...props} properties={other} labels={{ addValueHint: 'Comma adds.' }} />;
    }
    render(<CohortQueryBuilder defaultValue={{ and: [clause(1)] }} properties={PROPERTIES} components={{ WhereConditionEditor: OwnWhere }} />);
    for (const picker of screen.getAllByLabelText(/^Property for condition/)) expect(suggestions(picker)).toEqual(['properties.z']);
    for (const input of screen.getAllByRole('textbox', { name: /^Value for/ })) expect(input).toHaveAccessibleDescription('Comma adds.');
  });
});
