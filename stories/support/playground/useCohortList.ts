import { useCallback, useEffect, useState } from 'react';
import type { CohortApiError, CohortSummary, CohortsClient } from '../../../src/index';

interface Loaded {
  version: number;
  data?: CohortSummary[];
  error?: CohortApiError;
}

/** The cohort list of the demo (`GET /v2/cohorts`), with `reload`; the last list stays while reloading. */
export function useCohortList(client: CohortsClient) {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [last, setLast] = useState<CohortSummary[] | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    client.listCohorts({ signal: controller.signal }).then(
      (data) => {
        if (controller.signal.aborted) return;
        setLoaded({ version, data });
        setLast(data);
      },
      (error: CohortApiError) => {
        if (!controller.signal.aborted) setLoaded({ version, error });
      },
    );
    return () => controller.abort();
  }, [client, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const settled = loaded?.version === version;
  return { cohorts: last, error: settled ? loaded.error : undefined, loading: !settled, reload };
}
