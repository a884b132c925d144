import { useCallback, useMemo } from 'react';
import type { NodeId, Query } from '../query/ast';
import { createIdGenerator } from '../query/ids';
import { firstClauseId, isEmptyQuery, type QueryTemplate } from '../query/templates';
import { parseQuery } from '../serialize/parse';
import type { QueryStoreState } from '../store/createQueryStore';
import { useQueryStore } from './QueryStoreContext';
import { useStoreSelector } from './useStoreSelector';

/** A template that is a query, with its AST (for its summary). */
export interface OfferedTemplate {
  template: QueryTemplate;
  query: Query;
}

const selectEmpty = (state: QueryStoreState) => isEmptyQuery(state.query);

/** True while the builder's query holds nothing a person made (no clause, or a new cohort's blank one). */
export function useIsEmptyQuery(): boolean {
  return useStoreSelector(useQueryStore(), selectEmpty);
}

/**
 * The templates that are queries (a value that is none is not offered), and starting from one: its
 * query replaces the builder's as one undo step; the id of its first clause comes back.
 */
export function useTemplates(templates: readonly QueryTemplate[]): { offered: OfferedTemplate[]; apply: (template: QueryTemplate) => NodeId | undefined } {
  const store = useQueryStore();
  const offered = useMemo(() => {
    // Ids of their own: a render draws none from the builder, so a server render and hydration agree.
    const ids = createIdGenerator('template');
    return templates.flatMap((template) => {
      const { query } = parseQuery(template.query, { idGenerator: ids });
      return query ? [{ template, query }] : [];
    });
  }, [templates]);
  const apply = useCallback(
    (template: QueryTemplate) => {
      const { query } = parseQuery(template.query, { idGenerator: store.ids });
      if (!query) return undefined;
      store.getState().replaceQuery(query);
      return firstClauseId(store.getState().query);
    },
    [store],
  );
  return { offered, apply };
}
