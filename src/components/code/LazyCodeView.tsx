import { lazy, Suspense } from 'react';
import { useBuilderConfig } from '../BuilderConfig';
import type { CodeMode } from './useCodeMode';

// The code view is loaded the first time code mode is switched on, so the builder's own bundle
// does not carry it; a server render never reaches it (code mode starts off).
const CodeView = lazy(() => import('./CodeView'));

/** The query as JSON text, loaded on first use; says so while it loads. */
export function LazyCodeView({ guardRef }: { guardRef: CodeMode['guardRef'] }) {
  const { labels } = useBuilderConfig();
  return (
    <Suspense
      fallback={
        <p role="status" className="pcb-status">
          {labels.codeLoading}
        </p>
      }
    >
      <CodeView guardRef={guardRef} />
    </Suspense>
  );
}
