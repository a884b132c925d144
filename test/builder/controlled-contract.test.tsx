import { act, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { useState } from 'react';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { cnf, eventsOf } from '../arrange/support';
import { chooseActionNow } from '../support/menus';

// What a host does with each edit the builder reports.
type Policy = 'take' | 'refuse' | 'copy';
// What happens next: an edit by the person, or a host render on its own.
type Step =
  | { kind: 'type'; clause: number; text: string }
  | { kind: 'down'; clause: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'rerender-fresh' }
  | { kind: 'policy'; policy: Policy };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), clause: fc.nat(2), text: fc.constantFrom('a', 'Zq', 'x1') }),
  fc.record({ kind: fc.constant('down' as const), clause: fc.nat(2) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.constant({ kind: 'rerender-fresh' as const }),
  fc.record({ kind: fc.constant('policy' as const), policy: fc.constantFrom<Policy>('take', 'refuse', 'copy') }),
);

const eventInputs = () => screen.getAllByLabelText(/^Event \(clause/) as HTMLInputElement[];

describe('the controlled contract, searched', () => {
  it('given any mix of edits, undo, redo and hosts that take, refuse, copy or re-render with fresh equal values, then the screen always shows the host value', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), (steps) => {
        let policy: Policy = 'take';
        let hostValue: JsonObject = cnf(['A', 'B', 'C']);
        let rerender: (() => void) | undefined;
        function Host() {
          const [value, setValue] = useState(hostValue);
          const [, force] = useState(0);
          rerender = () => {
            hostValue = structuredClone(value);
            setValue(hostValue);
            force((n) => n + 1);
          };
          return (
            <CohortQueryBuilder
              value={value}
              showSummary={false}
              onChange={(json) => {
                if (policy === 'refuse') return;
                hostValue = policy === 'copy' ? structuredClone(json) : json;
                setValue(hostValue);
              }}
            />
          );
        }
        const view = render(<Host />);
        try {
          for (const s of steps) {
            if (s.kind === 'policy') policy = s.policy;
            else if (s.kind === 'type') {
              const input = eventInputs()[s.clause]!;
              fireEvent.change(input, { target: { value: input.value + s.text } });
            } else if (s.kind === 'down') {
              // From the clause's Actions menu; an aria-disabled Move down (the last clause) is not chosen.
              if (screen.queryByRole('button', { name: `Actions for clause 1.${s.clause + 1}` })) chooseActionNow(`clause 1.${s.clause + 1}`, 'Move down');
            } else if (s.kind === 'undo') fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
            else if (s.kind === 'redo') fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
            else act(() => rerender!());
            const shown = { and: [{ or: eventInputs().map((input) => input.value) }] };
            expect(shown).toEqual(eventsOf(hostValue));
          }
        } finally {
          view.unmount();
        }
      }),
      { numRuns: 80 },
    );
  }, 240_000);
});

describe('switching between controlled and uncontrolled', () => {
  it.each([
    ['controlled', 'uncontrolled', { value: cnf(['A']) }, { defaultValue: cnf(['A']) }],
    ['uncontrolled', 'controlled', { defaultValue: cnf(['A']) }, { value: cnf(['B']) }],
  ])('given a builder first %s, when it is rendered %s, then a dev warning says so once and the first mode stays', (from, to, first, second) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const view = render(<CohortQueryBuilder {...first} />);
      view.rerender(<CohortQueryBuilder {...second} />);
      view.rerender(<CohortQueryBuilder {...second} />);
      const mine = warn.mock.calls.filter(([text]) => String(text).startsWith('CohortQueryBuilder is changing'));
      expect(mine).toHaveLength(1);
      expect(String(mine[0]![0])).toContain(`from ${from} to ${to}`);
      expect(eventInputs()[0]).toHaveValue('A');
    } finally {
      warn.mockRestore();
    }
  });
});

describe('two builders on a page', () => {
  it('given two builders with the same value, then their node ids differ and an edit in one leaves the other alone', () => {
    const json = cnf(['A', 'B']);
    const { container } = render(
      <>
        <CohortQueryBuilder defaultValue={json} />
        <CohortQueryBuilder defaultValue={json} />
      </>,
    );
    const ids = (root: Element) => Array.from(root.querySelectorAll('[data-pcb-node]')).map((el) => el.getAttribute('data-pcb-node'));
    const [one, two] = Array.from(container.querySelectorAll('.pcb-builder'));
    expect(ids(one!).length).toBeGreaterThan(0);
    expect(ids(one!).filter((id) => ids(two!).includes(id))).toEqual([]);
    fireEvent.change(eventInputs()[0]!, { target: { value: 'AX' } });
    expect(eventInputs().map((input) => input.value)).toEqual(['AX', 'B', 'A', 'B']);
  });
});
