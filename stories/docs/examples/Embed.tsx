import { CohortQueryBuilder, type PropertyOption } from '../../../src/index';
import '../../../src/components/styles.css';

// The host's vocabulary: event names (or an async loader) and event properties with their types.
const events = ['Pageview', 'videoViews', 'LinkClick'];
const properties: PropertyOption[] = [
  { path: 'properties.client.url', label: 'URL', type: 'string' },
  { path: 'properties.article.tags', label: 'Article tags', type: 'string[]' },
];

/** Uncontrolled: the builder keeps the query itself, starting from `defaultValue` (or one empty clause). */
export function EmbedExample() {
  return (
    <CohortQueryBuilder
      defaultValue={{ and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } }] }] }}
      events={events}
      properties={properties}
    />
  );
}
