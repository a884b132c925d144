/**
 * Zod schemas of the values inside a Cohort API clause: comparisons, `during` windows, where trees.
 * They accept the known forms (D, O and S marks of cohort-query-format.md) and allow unknown keys
 * on objects the library keeps extra keys of. The parser does not use them (it must keep anything);
 * they serve hosts and the API client that want a yes/no on a value's shape.
 *
 * Every exported schema hands back the value it was given (kept.ts): zod's rebuilt objects lose a
 * "__proto__" key. The recursion runs on the plain shapes, so a tree is checked in one zod pass.
 */
import * as z from 'zod/mini';
import { kept } from './kept';

/** A key that must be absent: a group holds "and" or "or", never both, and a condition neither. */
export const absent = z.optional(z.never());

// The one own key of a plain object, or undefined. Written by hand rather than with z.record,
// whose output drops a "__proto__" key (zod guards its own output) and would then count none.
function soleKey(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 ? keys[0] : undefined;
}

const json = z.json();

/** `{operator: number}` with exactly one operator, e.g. `{"greater_than_or_equal_to": 1}`; unknown operator names pass. */
export const WireComparison = z.custom<{ [operator: string]: number }>((value) => {
  const key = soleKey(value);
  if (key === undefined) return false;
  const count = (value as Record<string, unknown>)[key];
  return typeof count === 'number' && Number.isFinite(count);
}, 'A comparison needs exactly one operator with a number, such as {"greater_than_or_equal_to": 1}.');
/** A comparison as sent on the wire. */
export type WireComparison = z.infer<typeof WireComparison>;

const theLastWindow = z.strictObject({ the_last: z.strictObject({ value: z.number(), unit: z.string() }) });
/** `{"the_last": {"value": 30, "unit": "days"}}`; the unit is any string, kept as it came. */
export const WireTheLastWindow = kept(theLastWindow);
/** A rolling window as sent on the wire. */
export type WireTheLastWindow = z.infer<typeof WireTheLastWindow>;

const windowShape = z.union([theLastWindow, z.literal('this_session')]);
/** A `during` window: a rolling window, or the string "this_session" (S). */
export const WireWindow = kept(windowShape);
/** A window as sent on the wire. */
export type WireWindow = z.infer<typeof WireWindow>;

/** `{operator: operand}` with exactly one operator; the operand is any JSON (its form depends on the operator). */
export const WireOperatorCondition = z.custom<{ [operator: string]: z.infer<typeof json> }>((value) => {
  const key = soleKey(value);
  // A lone "function" key is a function condition missing its fields, not an operator.
  return key !== undefined && key !== 'function' && json.safeParse((value as Record<string, unknown>)[key]).success;
}, 'A condition needs exactly one operator, such as {"contains": "football"}.');
/** An operator condition as sent on the wire. */
export type WireOperatorCondition = z.infer<typeof WireOperatorCondition>;

/** The bare strings "is_empty" / "is_not_empty" (S). */
export const WirePresenceCondition = z.enum(['is_empty', 'is_not_empty']);
/** A presence condition as sent on the wire. */
export type WirePresenceCondition = z.infer<typeof WirePresenceCondition>;

/** A where tree as sent on the wire (declared by hand: a recursive schema cannot infer its own type). */
export type WireWhere =
  | { and: WireWhere[]; [key: string]: unknown }
  | { or: WireWhere[]; [key: string]: unknown }
  | { property: string; condition: WireCondition; [key: string]: unknown };

/** `{"function": "any", "property": "key", "condition": ..., "where"?: ...}` over an array of objects. */
export interface WireFunctionCondition {
  function: string;
  property: string;
  condition: WireCondition;
  where?: WireWhere;
  [key: string]: unknown;
}

/** The `condition` of a where, as sent on the wire. */
export type WireCondition = WireOperatorCondition | WirePresenceCondition | WireFunctionCondition;

const functionCondition: z.ZodMiniType<WireFunctionCondition> = z.looseObject({
  function: z.string(),
  property: z.string(),
  get condition() {
    return condition;
  },
  get where() {
    return z.optional(where);
  },
});
/** A function condition; extra keys pass. */
export const WireFunctionCondition = kept(functionCondition);

const condition: z.ZodMiniType<WireCondition> = z.union([
  WirePresenceCondition,
  // A function condition has several keys, so it can never pass the one-operator check first.
  functionCondition,
  WireOperatorCondition,
]);
/** The `condition` of a where: an operator object, a presence string, or a function condition. */
export const WireCondition = kept(condition);

const whereCondition = z.looseObject({
  property: z.string(),
  get condition() {
    return condition;
  },
  // With "and" or "or" beside it, the object is a where group, not a condition.
  and: absent,
  or: absent,
});
/** `{"property": "properties.client.url", "condition": {...}}`; extra keys pass. */
export const WireWhereCondition = kept(whereCondition);

const where: z.ZodMiniType<WireWhere> = z.union([
  z.looseObject({
    get and() {
      return z.array(where);
    },
    or: absent,
  }),
  z.looseObject({
    get or() {
      return z.array(where);
    },
    and: absent,
  }),
  whereCondition,
]);
/** A where tree: a property condition, or `{"and": [...]}` / `{"or": [...]}` of where trees. */
export const WireWhere = kept(where);

/** The plain (rebuilding) shapes, for the clause schemas of wire.ts to nest without a kept() per level. */
export const shapes = { window: windowShape, where, whereCondition };
