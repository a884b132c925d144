// A minimal React DevTools hook, so the bench sees each commit's fiber tree. Built as its own
// classic script that the page loads before the bundle: react-dom looks for the hook once, when it loads.

/** The part of a React fiber the render counter reads. */
export interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  subtreeFlags: number;
  stateNode: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
  alternate: Fiber | null;
}

/** Called with the committed tree after every React commit. */
export type CommitListener = (current: Fiber) => void;

/** The global hook object, with the bench's listeners on it. */
export interface BenchHook {
  commitListeners: Set<CommitListener>;
}

/** Installs the hook (the classic script calls this); a second call keeps the first hook. */
export function installHook(): void {
  const global = globalThis as Record<string, unknown>;
  if (global.__REACT_DEVTOOLS_GLOBAL_HOOK__) return;
  const listeners = new Set<CommitListener>();
  global.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    commitListeners: listeners,
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      for (const listener of listeners) listener(root.current);
    },
  };
}

/** Subscribes to commits; returns the unsubscribe function. Fails loudly if the hook script did not run first. */
export function onCommit(listener: CommitListener): () => void {
  const hook = (globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ as BenchHook | undefined;
  if (!hook?.commitListeners) throw new Error('the bench hook was not installed before React (hook.js must load first)');
  hook.commitListeners.add(listener);
  return () => hook.commitListeners.delete(listener);
}
