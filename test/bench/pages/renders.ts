// Counts the components React rendered in a commit, inside and outside one element's component.
import { onCommit, type Fiber } from './devtools-hook';

// React's own numbers (ReactWorkTags, ReactFiberFlags): stable since React 17.
const FUNCTION = 0;
const CLASS = 1;
const HOST_ROOT = 3;
const HOST = 5;
const FORWARD_REF = 11;
const SIMPLE_MEMO = 15;
const COMPONENT_TAGS = new Set([FUNCTION, CLASS, FORWARD_REF, SIMPLE_MEMO]);
const PERFORMED_WORK = 1;

/** Components rendered, summed over the commits seen; the host page's own components are left out. */
export interface RenderCount {
  inside: number;
  outside: number;
  commits: number;
  /** Renders outside the edited clause, by component name. */
  outsideByName: Record<string, number>;
}

/** The component functions of the host page (its state holder): counted neither inside nor outside. */
export const hostComponents = new Set<unknown>();

function ownName(fiber: Fiber): string | undefined {
  const type = fiber.type as { displayName?: string; name?: string; render?: { name?: string } } | null;
  return type?.displayName || type?.name || type?.render?.name || undefined;
}

// An anonymous component is named after the nearest named component above it.
function nameOf(fiber: Fiber): string {
  const own = ownName(fiber);
  if (own) return own;
  for (let up = fiber.return; up; up = up.return) {
    const name = COMPONENT_TAGS.has(up.tag) ? ownName(up) : undefined;
    if (name) return `(anonymous in ${name})`;
  }
  return '(anonymous)';
}

function fiberOf(element: Element): Fiber | undefined {
  const key = Object.keys(element).find((k) => k.startsWith('__reactFiber$'));
  return key ? ((element as unknown as Record<string, Fiber>)[key] ?? undefined) : undefined;
}

// The topmost component that renders `element`: the components between it and the host element above.
function ownerRoot(element: Element): Set<Fiber> {
  let fiber = fiberOf(element);
  let top = fiber;
  while (fiber?.return && fiber.return.tag !== HOST && fiber.return.tag !== HOST_ROOT) {
    fiber = fiber.return;
    if (COMPONENT_TAGS.has(fiber.tag) || fiber.tag === 14) top = fiber;
  }
  const set = new Set<Fiber>();
  if (top) set.add(top);
  if (top?.alternate) set.add(top.alternate);
  return set;
}

// Walks only subtrees that did work in this commit: a bailed-out subtree keeps stale flags, and React
// clears its PerformedWork from the parent's subtreeFlags, so pruning on it reads this commit only.
function count(root: Fiber, scope: Set<Fiber>, into: RenderCount): void {
  const stack: [Fiber, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [fiber, parentInside] = stack.pop()!;
    const inside = parentInside || scope.has(fiber);
    if (COMPONENT_TAGS.has(fiber.tag) && (fiber.flags & PERFORMED_WORK) !== 0 && !hostComponents.has(fiber.type)) {
      if (inside) into.inside++;
      else {
        into.outside++;
        const name = nameOf(fiber);
        into.outsideByName[name] = (into.outsideByName[name] ?? 0) + 1;
      }
    }
    if ((fiber.subtreeFlags & PERFORMED_WORK) === 0) continue;
    for (let child = fiber.child; child; child = child.sibling) stack.push([child, inside]);
  }
}

/** Starts counting renders around `element` (the edited clause); the returned function stops and reports. */
export function countRenders(element: Element): () => RenderCount {
  const total: RenderCount = { inside: 0, outside: 0, commits: 0, outsideByName: {} };
  const stop = onCommit((current) => {
    total.commits++;
    count(current, ownerRoot(element), total);
  });
  return () => {
    stop();
    return total;
  };
}
