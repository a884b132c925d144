import { useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

// Bundlers replace `process.env.NODE_ENV`; where no bundler did and `process` is missing, warn.
function isDev(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

/**
 * The mode a component was first rendered in (controlled or not), with a dev-only warning, once,
 * when a later render switches: the first mode stays in use, as React does for inputs.
 */
export function useModeWarning(component: string, controlled: boolean): boolean {
  const [wasControlled] = useState(controlled);
  const warned = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (wasControlled === controlled || warned.current || !isDev()) return;
    warned.current = true;
    const [from, to] = wasControlled ? ['controlled', 'uncontrolled'] : ['uncontrolled', 'controlled'];
    console.warn(
      `${component} is changing from ${from} to ${to}. Pass \`value\` on every render (controlled) or \`defaultValue\` only (uncontrolled), not both in turn; the first mode stays in use.`,
    );
  }, [wasControlled, controlled, component]);
  return wasControlled;
}
