// The bench page of this library: a host that keeps the Cohort API JSON in state (controlled), as apps do.
import '../../../src/components/styles.css';
import { useState } from 'react';
import { CohortQueryBuilder, type JsonObject, type PropertyOption } from '../../../src/index';
import { cohortQuery } from '../fixtures';
import { installBench } from './harness';
import { EDITED, inputIn, SCENARIO } from './scenario';

const properties: PropertyOption[] = Array.from({ length: SCENARIO.conditions }, (_, i) => ({ path: `properties.p${i + 1}`, type: 'string' }));
const events = ['Pageview', 'FormSubmission', 'VideoPlay', 'Purchase', 'ArticleRead'].map((name) => ({ name }));
const initial = cohortQuery(SCENARIO.clauses, SCENARIO.conditions, SCENARIO.perGroup);

function Host() {
  const [value, setValue] = useState<JsonObject>(initial);
  return <CohortQueryBuilder value={value} onChange={setValue} events={events} properties={properties} />;
}

// Cards are named "Clause 50.3: Event" by their heading.
function editedClause(): Element | undefined {
  const prefix = `Clause ${EDITED.group}.${EDITED.clause}:`;
  return [...document.querySelectorAll('article')].find((card) => card.querySelector('h1,h2,h3,h4')?.textContent?.startsWith(prefix));
}

installBench({
  render: () => <Host />,
  host: [Host],
  target: () => inputIn(editedClause(), `input[aria-label="Value for properties.p${EDITED.condition}"]`),
  // The property path input writes to the query on every keystroke, as react-querybuilder's value input does.
  queryTarget: () => inputIn(editedClause(), `input[aria-label="Property for condition ${EDITED.condition}"]`),
});
