import {
  CohortQueryBuilder,
  germanAnnouncements,
  germanBuilderLabels,
  germanSummaryPhrasebook,
  type BuilderAnnouncements,
  type BuilderLabelOverrides,
} from '../../../src/index';

const events = ['Pageview', 'videoViews', 'LinkClick'];
const query = { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } }] }] };

// Override any key; the rest stay English (`defaultBuilderLabels`, its leaf editors' under `fields`).
const labels: BuilderLabelOverrides = {
  builder: 'Audience',
  undo: 'Step back',
  fields: { comparison: { times: (n) => (n === 1 ? 'visit' : 'visits') } },
};
const announcements: Partial<BuilderAnnouncements> = { undone: 'Stepped back.' };

/** A few strings of the builder (`labels`, `labels.fields`) and of its live region (`announcements`) replaced. */
export function I18nExample() {
  return <CohortQueryBuilder labels={labels} announcements={announcements} events={events} defaultValue={query} />;
}

/** The whole builder in German: the shipped tables, and `lang` so screen readers speak German. */
export function GermanExample() {
  return (
    <div lang="de">
      <CohortQueryBuilder labels={germanBuilderLabels} announcements={germanAnnouncements} phrasebook={germanSummaryPhrasebook} events={events} defaultValue={query} />
    </div>
  );
}
