import { takeEcho } from '../hooks/controlledBinding';
import { shallowEqual } from './shallowEqual';

/**
 * The builder's memo comparison. A controlled host re-renders the builder with the JSON it was
 * just handed on every keystroke; rendering the root for it would re-render every provider and
 * dnd-kit's context (which then walks all 500 cards' fibers). The edit is already on screen, so
 * when the host hands back exactly the JSON the builder emitted last, the binding records it as
 * accepted and the render is skipped. Anything else (a foreign value, a value the host kept
 * while refusing the edit, a changed prop) renders as usual. Other props compare one level deep,
 * as the builder's own `useShallowStable` does, since hosts write `labels={{...}}` inline.
 */
export function sameBuilderProps<P extends { value?: unknown }>(previous: P, next: P): boolean {
  const a = previous as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  for (const key of keys) {
    if (key !== 'value' && !shallowEqual(a[key], b[key])) return false;
  }
  return previous.value === next.value || takeEcho(previous.value, next.value);
}
