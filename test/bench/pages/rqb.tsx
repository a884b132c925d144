// The bench page of react-querybuilder: the same host (query in state), optionally inside its drag-and-drop provider.
import 'react-querybuilder/dist/query-builder.css';
import { useState, type ReactElement } from 'react';
import { QueryBuilder, type Field, type RuleGroupType } from 'react-querybuilder';
import { QueryBuilderDnD } from '@react-querybuilder/dnd';
import { createReactDnDAdapter } from '@react-querybuilder/dnd/react-dnd';
import * as ReactDnD from 'react-dnd';
import * as ReactDnDHtml5Backend from 'react-dnd-html5-backend';
import { rqbQuery } from '../fixtures';
import { installBench } from './harness';
import { EDITED, inputIn, SCENARIO } from './scenario';

const fields: Field[] = Array.from({ length: SCENARIO.conditions }, (_, i) => ({ name: `p${i + 1}`, label: `properties.p${i + 1}` }));
const initial = rqbQuery(SCENARIO.clauses, SCENARIO.conditions, SCENARIO.perGroup) as RuleGroupType;
const withDnd = new URLSearchParams(location.search).has('dnd');
const dnd = createReactDnDAdapter({ ...ReactDnD, ...ReactDnDHtml5Backend });

function Host() {
  const [query, setQuery] = useState<RuleGroupType>(initial);
  return <QueryBuilder fields={fields} query={query} onQueryChange={setQuery} />;
}

// Rule groups carry their path: the edited "clause" is rules[group - 1].rules[clause - 1] of the root.
function editedGroup(): Element | null {
  return document.querySelector(`.ruleGroup[data-path="${JSON.stringify([EDITED.group - 1, EDITED.clause - 1])}"]`);
}

installBench({
  host: [Host],
  render: (): ReactElement => (withDnd ? <QueryBuilderDnD dnd={dnd}><Host /></QueryBuilderDnD> : <Host />),
  target: () => inputIn(editedGroup(), `.rule[data-path="${JSON.stringify([EDITED.group - 1, EDITED.clause - 1, EDITED.condition - 1])}"] input.rule-value`),
});
