/** Runtime fault injection for the local Cohorts API. */
import type { Fault, FaultControl } from './types';

/** A fault control, plus `take` for the backend: the fault for the next request, counting it. */
export function createFaults(): { control: FaultControl; take(): Fault | undefined } {
  let current: Fault | undefined;
  let left = Infinity;
  const control: FaultControl = {
    set(fault) {
      current = { ...fault };
      left = fault.times ?? Infinity;
      if (left <= 0) current = undefined;
    },
    clear() {
      current = undefined;
    },
    get current() {
      return current;
    },
  };
  return {
    control,
    take() {
      const fault = current;
      if (fault === undefined) return undefined;
      left -= 1;
      if (left <= 0) current = undefined;
      return fault;
    },
  };
}
