import { useId, type ComponentProps, type ComponentType } from 'react';
import { lazyModule, useLazyModule } from '../../hooks/useCohortEditor';
import { whenIdle } from '../dnd/loadDnd';
import type * as LaterParts from './laterParts';

type Parts = typeof LaterParts;

/**
 * The draft banner, the change list and an error's technical details: each shows only after
 * something happened (a stored draft read after mount, an edit, a failed request), never on a
 * server, so they load on first need, or when the page is first idle.
 */
const parts = lazyModule<Parts>(() => import('./laterParts'));

let prefetching = false;

/** Loads the parts when the browser is next idle (once a page), so they are there before they are needed. */
export function prefetchLaterParts(): void {
  if (prefetching || parts.loaded) return;
  prefetching = true;
  whenIdle(() => void parts.load().catch(() => (prefetching = false)));
}

// A part under its own name, rendered once loaded (at once when it has) with an id of its own.
function later<K extends keyof Parts>(name: K) {
  return function Later(props: Omit<ComponentProps<Parts[K]>, 'id'>) {
    const id = useId();
    const Part = useLazyModule(parts)?.[name] as ComponentType<object> | undefined;
    return Part ? <Part {...props} id={id} /> : null;
  };
}

export const ChangeList = /* @__PURE__ */ later('ChangeList');
export const DraftBanner = /* @__PURE__ */ later('DraftBanner');
export const TechnicalDetails = /* @__PURE__ */ later('TechnicalDetails');
