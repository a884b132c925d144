/**
 * Queries to start a cohort from. The default set uses only forms that cohort-query-format.md
 * marks documented (D) or seen sent to the live API (O), none that only a third-party schema
 * accepts (S) and none that needs a value the library cannot know (a cohort code): each parses with
 * no issue at all (test/power/templates.test.ts). Each is an AND of one OR, the shape the builder
 * itself makes. Their names and descriptions are words, so they live in the labels.
 */
import type { JsonObject, NodeId, Query } from './ast';
import { isBlankClause } from './newClause';

/** A query to start from: its name, what it selects, and the Cohort API JSON. */
export interface QueryTemplate {
  name: string;
  description?: string;
  /** Cohort API query JSON, as `value` takes it. */
  query: unknown;
}

/** The templates the builder offers unless told otherwise. */
export type DefaultTemplateKey = 'sectionReaders' | 'frequentVisitors' | 'engagedReaders' | 'videoViewers';

/** The words of one default template. */
export interface TemplateWords {
  name: string;
  description: string;
}

const cnf = (clause: JsonObject): JsonObject => ({ and: [{ or: [clause] }] });
const LAST_30_DAYS = { the_last: { value: 30, unit: 'days' } };

/** The queries of the default templates, in the order they are offered. */
export const defaultTemplateQueries: Readonly<Record<DefaultTemplateKey, JsonObject>> = {
  // D: expression clause, Pageview, greater_than_or_equal_to, where on properties.client.url with contains, the_last days.
  sectionReaders: cnf({
    event: 'Pageview',
    frequency: { greater_than_or_equal_to: 2 },
    where: { property: 'properties.client.url', condition: { contains: '/sport/' } },
    during: LAST_30_DAYS,
  }),
  // D: as above, without a where.
  frequentVisitors: cnf({ event: 'Pageview', frequency: { greater_than_or_equal_to: 10 }, during: LAST_30_DAYS }),
  // D key, O body (`seconds`); no `during`, which only the third-party schema has for engaged_time.
  engagedReaders: cnf({ engaged_time: { seconds: { greater_than_or_equal_to: 120 } } }),
  // D: videoViews is one of the documented example events.
  videoViewers: cnf({ event: 'videoViews', frequency: { greater_than_or_equal_to: 1 }, during: LAST_30_DAYS }),
};

/** The default templates worded by `words` (a labels table's `templateSet`). */
export function templatesFrom(words: Readonly<Record<DefaultTemplateKey, TemplateWords>>): QueryTemplate[] {
  return (Object.keys(defaultTemplateQueries) as DefaultTemplateKey[]).map((key) => ({
    name: words[key].name,
    description: words[key].description,
    query: defaultTemplateQueries[key],
  }));
}

/**
 * True when a query holds nothing a person made: no clause at all (groups only, as after removing
 * every clause), or one clause that is still blank (a new cohort, as the builder starts one).
 */
export function isEmptyQuery(query: Query): boolean {
  let clauses = 0;
  const stack: Query[] = [query];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'group') stack.push(...node.children);
    else if (++clauses > 1 || !isBlankClause(node)) return false;
  }
  return true;
}

/** The first clause of a query in reading order (what takes focus after a whole query is set). */
export function firstClauseId(query: Query): NodeId | undefined {
  let node: Query | undefined = query;
  while (node?.kind === 'group') node = node.children[0];
  return node?.id;
}
