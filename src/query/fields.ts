import type { AnyNode, WhereNode } from './ast';
import { nodesOf } from './walk';

/** The node with one field set (or removed, for undefined); the same node when nothing changes. */
export function withField<T extends object, K extends keyof T>(node: T, key: K, value: T[K] | undefined): T {
  if (node[key] === value && (value !== undefined || !(key in node))) return node;
  const next = { ...node };
  if (value === undefined) delete next[key];
  else next[key] = value as T[K];
  return next;
}

/**
 * Which undo step an edit of one field belongs to: successive edits with the same key are one
 * step (typing in one input). A where tree is one field, but typing in one of its conditions is
 * one step and adding or removing a condition another: the key names the innermost changed node
 * while the tree keeps its shape, and is undefined (a step of its own) when the shape changes.
 */
export function fieldEditKey(node: AnyNode, field: string, value: unknown): string | undefined {
  if (field !== 'where') return `${node.id}:${field}`;
  const a = nodesOf((node as { where?: WhereNode }).where);
  const b = nodesOf(value as WhereNode | undefined);
  if (a.length !== b.length || a.some((n, i) => n.id !== b[i]!.id)) return undefined;
  for (let i = b.length - 1; i >= 0; i--) if (b[i] !== a[i]) return `${node.id}:where:${b[i]!.id}`;
  return undefined;
}
