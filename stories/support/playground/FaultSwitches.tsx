import { useId, useState } from 'react';
import type { CohortsBackend, Fault } from '../../../src/testing';

/** The faults the local API can inject, as a person would name them. */
export const FAULTS = {
  none: { label: 'None: the API works', fault: undefined },
  status500: { label: '500 Internal Server Error', fault: { status: 500 } },
  status503: { label: '503 Service Unavailable', fault: { status: 503 } },
  slow: { label: 'Slow: 2 s latency', fault: { latencyMs: 2000 } },
  malformed: { label: 'Malformed JSON in the answer', fault: { malformedJson: true } },
  dropped: { label: 'Connection dropped mid-response', fault: { dropConnection: true } },
} satisfies Record<string, { label: string; fault: Fault | undefined }>;

/** Which fault is on. */
export type FaultName = keyof typeof FAULTS;

/** Radio switches that set the local API's fault for the requests that follow (or only the next one). */
export function FaultSwitches({ backend }: { backend: CohortsBackend }) {
  const [name, setName] = useState<FaultName>('none');
  const [once, setOnce] = useState(false);
  const group = useId();
  const apply = (next: FaultName, onlyOnce: boolean) => {
    setName(next);
    setOnce(onlyOnce);
    const { fault } = FAULTS[next];
    if (fault) backend.faults.set(onlyOnce ? { ...fault, times: 1 } : fault);
    else backend.faults.clear();
  };
  return (
    <fieldset className="pg-faults">
      <legend>Fault switches (the local API)</legend>
      {(Object.keys(FAULTS) as FaultName[]).map((key) => (
        <label key={key} className="pcb-radio">
          <input type="radio" name={group} checked={name === key} onChange={() => apply(key, once)} />
          {FAULTS[key].label}
        </label>
      ))}
      <label className="pcb-radio">
        <input type="checkbox" checked={once} onChange={(event) => apply(name, event.target.checked)} />
        Only the next request
      </label>
    </fieldset>
  );
}
