import { useCallback, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';

/** Options of `useControllableState`: the `value` / `defaultValue` / `onChange` contract. */
export interface ControllableStateOptions<T> {
  /** True when the caller passed `value` (even undefined: "all time" and "no where" are values). */
  controlled: boolean;
  value: T;
  defaultValue: T;
  onChange?: (next: T) => void;
  /** Names the component in the dev-only warning. */
  component: string;
}

/** A value update: the next value, or a function of the current one. */
export type SetStateAction<T> = T | ((prev: T) => T);

// Bundlers replace `process.env.NODE_ENV`; where no bundler did and `process` is missing, warn.
function isDev(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

/**
 * One contract for controlled and uncontrolled use (after Radix). Unlike Radix, the setter is
 * stable in both modes, so memoized children that receive it never re-render because of it.
 */
export function useControllableState<T>(options: ControllableStateOptions<T>): [T, (action: SetStateAction<T>) => void] {
  const { controlled, value, defaultValue, onChange, component } = options;
  const [inner, setInner] = useState(defaultValue);
  // The first mode wins, as React does for inputs.
  const [wasControlled] = useState(controlled);
  const current = wasControlled ? value : inner;

  const warned = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (wasControlled !== controlled && !warned.current && isDev()) {
      warned.current = true;
      const [from, to] = wasControlled ? ['controlled', 'uncontrolled'] : ['uncontrolled', 'controlled'];
      console.warn(
        `${component} is changing from ${from} to ${to}. Pass \`value\` on every render (controlled) or \`defaultValue\` only (uncontrolled), not both in turn; the first mode stays in use.`,
      );
    }
  }, [wasControlled, controlled, component]);

  // The latest props, read by the stable setter; an uncontrolled update writes here at once, so
  // two updates in one event build on each other.
  const latest = useRef({ current, onChange, controlled: wasControlled });
  useIsomorphicLayoutEffect(() => {
    latest.current = { current, onChange, controlled: wasControlled };
  });

  const setValue = useCallback((action: SetStateAction<T>) => {
    const state = latest.current;
    const next = typeof action === 'function' ? (action as (prev: T) => T)(state.current) : action;
    if (Object.is(next, state.current)) return;
    if (!state.controlled) {
      state.current = next;
      setInner(next);
    }
    state.onChange?.(next);
  }, []);

  return [current, setValue];
}
