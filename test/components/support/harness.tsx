import axe from 'axe-core';
import { useState, type ReactElement } from 'react';

/** Props of `Controlled`: a parent that owns the value and may refuse changes. */
export interface ControlledProps<T> {
  initial: T;
  /** When false, the parent records the change but keeps its old value. */
  accept?: boolean;
  onChange: (next: T) => void;
  render: (value: T, onChange: (next: T) => void) => ReactElement;
}

/** A controlled parent for an editor: it records every change and accepts it unless told not to. */
export function Controlled<T>({ initial, accept = true, onChange, render }: ControlledProps<T>) {
  const [value, setValue] = useState(initial);
  return render(value, (next) => {
    onChange(next);
    if (accept) setValue(next);
  });
}

/** Runs axe on a rendered editor (colour contrast needs real layout, so it is left to the stories). */
export async function expectNoAxeViolations(container: HTMLElement): Promise<void> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}
