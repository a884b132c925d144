import { useMemo, useState } from 'react';
import { CohortEditor, type CohortsClient } from '../../../src/index';
import type { CohortsBackend } from '../../../src/testing';
import { demoEvents, demoProperties } from '../catalogues';
import { CohortList } from './CohortList';
import { FaultSwitches } from './FaultSwitches';
import { useCohortList } from './useCohortList';
import './playground.css';

/** Props of the demo app. */
export interface PlaygroundAppProps {
  client: CohortsClient;
  /** The local API behind the client, for the fault switches. */
  backend: CohortsBackend;
  /** Where the editor keeps drafts. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

// Which editor is open. `session` changes on every open, so even reopening a cohort starts a fresh
// form; saving does not change it, so the editor stays (and says "Saved.") after a create.
interface Opened {
  session: number;
  id?: string;
}

/** The library's demo: a cohort list from the local Cohorts API, the editor, and fault switches. */
export function PlaygroundApp({ client, backend, storage }: PlaygroundAppProps) {
  const list = useCohortList(client);
  const [opened, setOpened] = useState<Opened>({ session: 0 });
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const open = (id?: string) => {
    setOpened((current) => ({ session: current.session + 1, id }));
    setActiveId(id);
  };
  // Transition clauses may point at any listed cohort, by its code.
  const cohortOptions = useMemo(
    () => (list.cohorts ?? []).filter((c) => c.code !== undefined).map((c) => ({ code: c.code!, name: c.name })),
    [list.cohorts],
  );
  return (
    <div className="pg-app">
      <aside className="pg-side">
        <CohortList {...list} activeId={activeId} onOpen={open} onNew={() => open(undefined)} onReload={list.reload} />
        <FaultSwitches backend={backend} />
      </aside>
      <main className="pg-main">
        <CohortEditor
          key={opened.session}
          client={client}
          cohortId={opened.id}
          events={demoEvents}
          properties={demoProperties}
          cohorts={cohortOptions}
          storage={storage}
          onSaved={(cohort) => {
            setActiveId(cohort.id);
            list.reload();
          }}
        />
      </main>
    </div>
  );
}
