import type { JsonObject } from '../../src/index';

/** An event clause, as the Cohort API writes it. */
export const clause = (event: string): JsonObject => ({ event, frequency: { greater_than_or_equal_to: 1 } });

/** An AND of ORs, each OR given as its event names: `cnf(['A', 'B'], ['C'])`. */
export function cnf(...groups: string[][]): JsonObject {
  return { and: groups.map((events) => ({ or: events.map(clause) })) };
}

/** 50 OR groups of 10 event clauses each (E1_1 … E50_10): 500 clauses. */
export function query500(): JsonObject {
  return {
    and: Array.from({ length: 50 }, (_, g) => ({
      or: Array.from({ length: 10 }, (_, c) => ({ event: `E${g + 1}_${c + 1}`, frequency: { greater_than_or_equal_to: 1 } })),
    })),
  };
}

/** The event names of an AND of ORs, group by group, for short assertions. */
export function eventsOf(json: unknown): unknown {
  const walk = (node: unknown): unknown => {
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (Array.isArray(record.and)) return { and: record.and.map(walk) };
      if (Array.isArray(record.or)) return { or: record.or.map(walk) };
      if (typeof record.event === 'string') return record.event;
    }
    return node;
  };
  return walk(json);
}

/**
 * For `expect.poll`: an idle callback (2 s at most), a render or a drop's onChange may take longer
 * than its 1 s on a loaded CI machine; waiting longer changes nothing that is asserted (a key let go
 * never picks up, a drag that did not happen never calls onChange, however long one waits).
 */
export const SLOW_MACHINE = { timeout: 10_000 };

/** Waits, for the gaps dnd-kit's keyboard sensor needs between key presses (shared with the stories). */
export { pause } from '../../stories/support/pointerDrag';

/** Real events drive React in the browser tests; React's act() warnings are for simulated ones. */
export function realEventsDriveReact(): void {
  // After Testing Library's own beforeAll, which turns the act environment on.
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
}
