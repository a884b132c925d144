import type { AnyNode } from './ast';

/** The node with one field set (or removed, for undefined); the same node when nothing changes. */
export function withField<T extends AnyNode, K extends keyof T>(node: T, key: K, value: T[K] | undefined): T {
  if (node[key] === value && (value !== undefined || !(key in node))) return node;
  const next = { ...node };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
