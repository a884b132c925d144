// The documents the benchmark edits and parses, made deterministically so every run sees the same input.
import type { JsonObject } from '../../src/query/ast';

const EVENTS = ['Pageview', 'FormSubmission', 'VideoPlay', 'Purchase', 'ArticleRead'];
const UNITS = ['days', 'weeks', 'hours'];

/** One where condition with a text-list operand, so the builder shows a chips input "Value for <property>". */
function condition(clause: number, index: number): JsonObject {
  return { property: `properties.p${index + 1}`, condition: { contains: [`v${clause}-${index}`, 'sport'] } };
}

/** An expression clause with `conditions` where-conditions (ANDed), a frequency and a window. */
export function expressionClause(clause: number, conditions: number): JsonObject {
  const where = Array.from({ length: conditions }, (_, i) => condition(clause, i));
  return {
    event: EVENTS[clause % EVENTS.length]!,
    frequency: { greater_than_or_equal_to: 1 + (clause % 3) },
    where: conditions === 1 ? where[0]! : { and: where },
    during: { the_last: { value: 7 + (clause % 30), unit: UNITS[clause % UNITS.length]! } },
  };
}

/** The editing scenario: an AND of `clauses / perGroup` ORs, each of `perGroup` clauses with `conditions` conditions. */
export function cohortQuery(clauses = 500, conditions = 5, perGroup = 5): JsonObject {
  const groups = Math.ceil(clauses / perGroup);
  return {
    and: Array.from({ length: groups }, (_, g) => ({
      or: Array.from({ length: Math.min(perGroup, clauses - g * perGroup) }, (_, c) => expressionClause(g * perGroup + c, conditions)),
    })),
  };
}

// Every clause kind of the format, so the parse bench walks each code path, not only expressions.
function otherClause(n: number): JsonObject {
  switch (n % 6) {
    case 0:
      return { engaged_time: { seconds: { greater_than: 30 }, where: condition(n, 0), during: { the_last: { value: 14, unit: 'days' } } } };
    case 1:
      return { engaged_completion: { completion: { greater_than_or_equal_to: 0.5 }, where: condition(n, 1) } };
    case 2:
      return { engaged_views: { times: { greater_than_or_equal_to: 2 }, engaged_time: { greater_than: 10 } } };
    case 3:
      return { has_entered: { segment: 1000 + n, during: { the_last: { value: 30, unit: 'days' } } } };
    case 4:
      return { in_third_party_segment: { provider: 'acme', segment: `seg-${n}` } };
    default:
      return {
        event: 'Purchase',
        frequency: { greater_than_or_equal_to: 1 },
        where: { property: 'properties.items', condition: { function: 'any', property: 'sku', condition: { equal_to: `sku-${n}` } } },
      };
  }
}

/** The 2,000-clause query: 400 ORs of 5; four in five are expression clauses with 3 conditions, the rest every other kind. */
export function largeQuery(clauses = 2000): JsonObject {
  return {
    and: Array.from({ length: clauses / 5 }, (_, g) => ({
      or: Array.from({ length: 5 }, (_, c) => {
        const n = g * 5 + c;
        return c === 4 ? otherClause(n) : expressionClause(n, 3);
      }),
    })),
  };
}

/** One clause whose where tree nests `levels` and/or groups, each holding a condition and the next level. */
export function deepWhereQuery(levels = 40): JsonObject {
  let where: JsonObject = { property: 'properties.leaf', condition: 'is_not_empty' };
  for (let level = levels - 1; level >= 0; level--) {
    where = { [level % 2 === 0 ? 'and' : 'or']: [condition(level, level % 5), where] };
  }
  return { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 }, where }] }] };
}

/** A react-querybuilder rule group (its own JSON shape, no ids: it makes them on load, as ours does). */
export interface RqbGroup {
  combinator: string;
  rules: (RqbGroup | { field: string; operator: string; value: string })[];
}

/**
 * The same scenario for react-querybuilder: a root AND of ORs, each OR holding `perGroup` AND groups
 * (our clauses) of `conditions` rules (our where conditions). It has no event, frequency or window,
 * so each of its "clauses" renders fewer controls than ours.
 */
export function rqbQuery(clauses = 500, conditions = 5, perGroup = 5): RqbGroup {
  const groups = Math.ceil(clauses / perGroup);
  return {
    combinator: 'and',
    rules: Array.from({ length: groups }, (_, g) => ({
      combinator: 'or',
      rules: Array.from({ length: Math.min(perGroup, clauses - g * perGroup) }, (_, c) => ({
        combinator: 'and',
        rules: Array.from({ length: conditions }, (_, i) => ({ field: `p${i + 1}`, operator: 'contains', value: `v${g * perGroup + c}-${i}` })),
      })),
    })),
  };
}
