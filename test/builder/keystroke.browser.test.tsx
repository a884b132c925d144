import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { userEvent } from 'vitest/browser';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject, PropertyOption } from '../../src/index';
import { countRenders, hostComponents } from '../bench/pages/renders';
import { cohortQuery } from '../bench/fixtures';
import '../../src/components/styles.css';

// Real events drive React here; React's act() warnings are for simulated ones.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const properties: PropertyOption[] = Array.from({ length: 3 }, (_, i) => ({ path: `properties.p${i + 1}`, type: 'string' }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

// 200 clauses (40 ORs of 5), 3 conditions each, in a host that keeps the JSON in state, as apps do.
function Host({ onJson, showSummary }: { onJson: (json: JsonObject) => void; showSummary: boolean }) {
  const [value, setValue] = useState(() => cohortQuery(200, 3, 5));
  useEffect(() => onJson(value), [onJson, value]);
  return <CohortQueryBuilder value={value} onChange={setValue} properties={properties} showSummary={showSummary} />;
}

// The host's own renders are not the builder's.
hostComponents.add(Host);

function editedClause(): Element {
  return screen.getByText(/^Clause 20\.3:/).closest('article')!;
}

describe('a keystroke that edits the query of a 200-clause controlled builder (Chromium)', { timeout: 60_000 }, () => {
  // The host renders the builder's root with the echoed JSON (design.md: an echo is made cheap,
  // not skipped): that root function is the one render allowed outside the clause; its providers
  // keep their values and its body is memoized, so nothing under it renders.
  it('given the host echoes the JSON, when a person types into a property, then nothing outside the edited clause renders but the root itself, and the JSON follows', async () => {
    const seen: JsonObject[] = [];
    const onJson = (json: JsonObject) => void seen.push(json);
    render(<Host onJson={onJson} showSummary={false} />);
    const target = editedClause().querySelector<HTMLInputElement>('input[aria-label="Property for condition 2"]')!;
    target.focus();
    // The first edit also enables Undo in the toolbar; the keystrokes after it are the steady state.
    await userEvent.keyboard('x');
    await settle();

    const stop = countRenders(editedClause());
    await userEvent.keyboard('y');
    await settle();
    const counted = stop();

    expect(counted.outsideByName).toEqual({ CohortQueryBuilder: 1 });
    expect(counted.inside).toBeGreaterThan(0);
    expect(target).toHaveFocus();
    expect(target).toHaveValue('properties.p2xy');
    const json = seen.at(-1) as { and: { or: { where: { and: { property: string }[] } }[] }[] };
    expect(json.and[19]!.or[2]!.where.and[1]!.property).toBe('properties.p2xy');
    expect(json.and[19]!.or[1]!.where.and[1]!.property).toBe('properties.p2');
  });

  it('given the summary is shown, when a person types into a property, then only the root and the summary render outside the clause, and it says what was typed', async () => {
    const onJson = () => {};
    render(<Host onJson={onJson} showSummary />);
    const target = editedClause().querySelector<HTMLInputElement>('input[aria-label="Property for condition 2"]')!;
    target.focus();
    // The first edit also enables Undo in the toolbar; the keystrokes after it are the steady state.
    await userEvent.keyboard('x');
    await settle();

    const stop = countRenders(editedClause());
    await userEvent.keyboard('z');
    await settle();
    const counted = stop();

    expect(Object.keys(counted.outsideByName).sort()).toEqual(['CohortQueryBuilder', 'QuerySummary']);
    expect(screen.getByRole('group', { name: 'Summary' })).toHaveTextContent(/p2xz contains any of "v97-1"/);
  });

  it('given a host that keeps its value, when a person types into a property, then the edit snaps back', async () => {
    function Refusing() {
      const [value] = useState(() => cohortQuery(200, 3, 5));
      return <CohortQueryBuilder value={value} onChange={() => {}} properties={properties} showSummary={false} />;
    }
    render(<Refusing />);
    const target = editedClause().querySelector<HTMLInputElement>('input[aria-label="Property for condition 2"]')!;
    target.focus();
    await userEvent.keyboard('q');
    await settle();
    expect(target).toHaveValue('properties.p2');
  });
});
