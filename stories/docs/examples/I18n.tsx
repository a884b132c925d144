import { CohortQueryBuilder, type BuilderAnnouncements, type BuilderLabels } from '../../../src/index';

const events = ['Pageview', 'videoViews', 'LinkClick'];

// Override any key; the rest stay English (`defaultBuilderLabels`, `defaultAnnouncements`).
const labels: Partial<BuilderLabels> = {
  builder: 'Zielgruppe',
  summary: 'Zusammenfassung',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  collapseAll: 'Alle einklappen',
  expandAll: 'Alle ausklappen',
};
const announcements: Partial<BuilderAnnouncements> = {
  undone: 'Rückgängig gemacht.',
  redone: 'Wiederholt.',
};

/** Strings of the builder (`labels`) and of its live region (`announcements`) replaced. */
export function I18nExample() {
  return (
    <CohortQueryBuilder
      labels={labels}
      announcements={announcements}
      events={events}
      defaultValue={{ and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } }] }] }}
    />
  );
}
