import { useState } from 'react';
import { shallowEqual } from './shallowEqual';

/**
 * The previous value while the new one is shallowly equal (one level for each field). Hosts
 * often pass `labels={{...}}` or `events={[...]}` inline; without this, each host render would
 * hand every card a new configuration and re-render all of them.
 */
export function useShallowStable<T extends Record<string, unknown>>(value: T): T {
  const [stable, setStable] = useState(value);
  const same =
    stable === value ||
    (Object.keys(value).length === Object.keys(stable).length && Object.keys(value).every((key) => shallowEqual(value[key], stable[key])));
  // Adjusting state while rendering (React's documented pattern for values derived from props).
  if (!same) setStable(value);
  return same ? stable : value;
}
