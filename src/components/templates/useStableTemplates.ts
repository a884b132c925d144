import { useMemo, useState } from 'react';
import type { JsonValue } from '../../query/ast';
import { jsonEqual } from '../../query/equal';
import { templatesFrom, type DefaultTemplateKey, type QueryTemplate, type TemplateWords } from '../../query/templates';

const sameTemplates = (a: readonly QueryTemplate[], b: readonly QueryTemplate[]) =>
  a === b ||
  (a.length === b.length &&
    a.every((t, i) => {
      const u = b[i]!;
      return t === u || (t.name === u.name && t.description === u.description && (t.query === u.query || jsonEqual(t.query as JsonValue, u.query as JsonValue)));
    }));

/**
 * The templates a builder offers: the host's, or the default set in the labels' words. An equal
 * list written inline (a new array on every render) keeps the previous one's identity, so the
 * builder's memoized body does not render for it (as `useShallowStable` does for other props).
 */
export function useStableTemplates(templates: readonly QueryTemplate[] | undefined, words: Readonly<Record<DefaultTemplateKey, TemplateWords>>): readonly QueryTemplate[] {
  const defaults = useMemo(() => templatesFrom(words), [words]);
  const next = templates ?? defaults;
  const [stable, setStable] = useState(next);
  const same = sameTemplates(stable, next);
  // Adjusting state while rendering (React's documented pattern for values derived from props).
  if (!same) setStable(next);
  return same ? stable : next;
}
