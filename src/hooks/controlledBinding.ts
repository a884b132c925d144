import type { JsonObject, Query } from '../query/ast';

/** A value from the host and the query it stands for. */
export interface Settled {
  json: unknown;
  query: Query;
}

/**
 * One controlled builder's side of its contract with the host, kept outside React state: the
 * builder's memo comparison reads and settles it, so that a host handing back the JSON just
 * emitted costs no render of the builder's root (nor of dnd-kit's context under it).
 */
export interface ControlledBinding {
  /** The latest value the host passed, whether a render or the comparison saw it. */
  prop: unknown;
  /** The host's value and its query: what an edit the host did not take snaps back to. */
  accepted: Settled;
  /** The latest edit reported through onChange. */
  emitted?: { json: JsonObject; query: Query };
  /** The query the builder shows now. */
  current: () => Query;
}

// Which binding holds a value object. A value handed to two builders is 'shared': neither may take
// it for its own echo, so both render it as before.
const holders = new WeakMap<object, ControlledBinding | 'shared'>();

/** Records that `binding` holds `value` (the host passed it, or the builder emitted it). */
export function hold(value: unknown, binding: ControlledBinding): void {
  if (typeof value !== 'object' || value === null) return;
  const holder = holders.get(value);
  holders.set(value, holder === undefined || holder === binding ? binding : 'shared');
}

/**
 * True when `next` is the JSON that the builder holding `previous` emitted last and still shows:
 * the host took the edit. The binding then records it as accepted, which is all a render of the
 * builder would have done with it.
 */
export function takeEcho(previous: unknown, next: unknown): boolean {
  if (typeof previous !== 'object' || previous === null) return false;
  const binding = holders.get(previous);
  if (binding === undefined || binding === 'shared') return false;
  const emitted = binding.emitted;
  if (!emitted || emitted.json !== next || binding.current() !== emitted.query) return false;
  binding.prop = next;
  binding.accepted = emitted;
  return true;
}

/**
 * True when the builder shows an edit the host did not take: the host's latest value is the
 * accepted query and the builder has moved on from it. (After a value that is not a query, the
 * draft is the only query there is, so it is never snapped back.)
 */
export function refused(binding: ControlledBinding): boolean {
  return binding.prop === binding.accepted.json && binding.current() !== binding.accepted.query;
}
