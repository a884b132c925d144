import type { CohortOption } from './BuilderConfig';

/** The host's cohorts as suggestions of a cohort field: the code is the value, the name the text. */
export function CohortDatalist({ id, cohorts }: { id: string; cohorts: readonly CohortOption[] }) {
  return (
    <datalist id={id}>
      {cohorts.map((cohort) => (
        <option key={cohort.code} value={cohort.code}>
          {cohort.name}
        </option>
      ))}
    </datalist>
  );
}
