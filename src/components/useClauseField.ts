import { useMemo } from 'react';
import type { AnyNode, NodeId } from '../query/ast';
import { useQueryActions } from '../hooks/useQueryActions';

/** A field's change handler. */
export type FieldHandler<T, K extends keyof T> = (value: T[K] | undefined) => void;

/** The handler of each field of one node, made on first use and kept. */
export type FieldHandlers<T> = <K extends keyof T & string>(key: K) => FieldHandler<T, K>;

// One handler per field, made on first use and kept: the same function on every render.
function fieldHandlers<T>(set: (key: string, value: unknown) => void): FieldHandlers<T> {
  const handlers = new Map<string, FieldHandler<T, never>>();
  return <K extends keyof T & string>(key: K): FieldHandler<T, K> => {
    let handler = handlers.get(key) as FieldHandler<T, K> | undefined;
    if (!handler) {
      handler = (value) => set(key, value);
      handlers.set(key, handler as FieldHandler<T, never>);
    }
    return handler;
  };
}

/**
 * Stable change handlers of one node's fields, the one recipe every clause card follows:
 * `on('event')` is the same function on every render, so the memoized leaf editors of the fields
 * that did not change skip the render (an inline arrow per render would re-render the event
 * picker while a condition is typed in). The store makes edits of one field one undo step.
 */
export function useFieldHandlers<T extends AnyNode>(id: NodeId): FieldHandlers<T> {
  const { setField } = useQueryActions();
  return useMemo(() => fieldHandlers<T>((key, value) => setField(id, key, value)), [setField, id]);
}
