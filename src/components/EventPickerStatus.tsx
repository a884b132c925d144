import { memo } from 'react';
import type { EventPickerLabels } from './labels';
import type { EventOptionsStatus } from './useEventOptions';

/** Props of `EventPickerStatus`. */
export interface EventPickerStatusProps {
  status: EventOptionsStatus;
  open: boolean;
  optionCount: number;
  onRetry: () => void;
  labels: EventPickerLabels;
}

/** The polite live region of `EventPicker` (loading, nothing found, failed) and its Retry button. */
export const EventPickerStatus = memo(function EventPickerStatus({ status, open, optionCount, onRetry, labels }: EventPickerStatusProps) {
  let message = '';
  if (status === 'error') message = labels.error;
  else if (open && status === 'loading') message = labels.loading;
  else if (open && status === 'ready' && optionCount === 0) message = labels.empty;
  return (
    <>
      {/* Always in the DOM: a live region added together with its text is often not announced. */}
      <div role="status" className="pcb-status">
        {message}
      </div>
      {status === 'error' ? (
        // Mouse down would blur the input and close the popup before the click lands.
        <button type="button" className="pcb-button" onMouseDown={(event) => event.preventDefault()} onClick={onRetry}>
          {labels.retry}
        </button>
      ) : null}
    </>
  );
});
