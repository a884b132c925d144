import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { PropertyOption } from '../../query/property-types';
import { PropertyDatalist } from './PropertyPicker';

/**
 * The parts every where editor of a builder can point at rather than repeat: the property
 * catalogue's datalist and the chips input's hint. A 500-clause builder with one datalist and one
 * hint per clause or condition carried thousands of identical elements; an `<input list>` and an
 * `aria-describedby` may name an element anywhere in the document, so one of each serves them all.
 */
export interface WhereAids {
  /** The catalogue the datalist lists; an editor with another catalogue renders its own. */
  properties?: readonly PropertyOption[];
  /** The datalist's id; '' when the catalogue is empty (no list, no suggestions). */
  datalistId: string;
  /** The hint's text; a chips input with other labels renders its own. */
  valueHint: string;
  valueHintId: string;
}

const WhereAidsContext = createContext<WhereAids | undefined>(undefined);

/** The shared aids of the enclosing builder or where editor, if any. */
export function useWhereAids(): WhereAids | undefined {
  return useContext(WhereAidsContext);
}

/** Props of `WhereAidsProvider`. */
export interface WhereAidsProviderProps {
  /** A `useId()` of the owner: the aids' ids derive from it. */
  id: string;
  properties?: readonly PropertyOption[];
  valueHint: string;
  children: ReactNode;
}

/** The datalist id for a catalogue: none without one, as an input pointing at a missing list suggests nothing. */
export function propertyListId(id: string, properties: readonly PropertyOption[] | undefined): string {
  return properties && properties.length > 0 ? `${id}-properties` : '';
}

/** Renders the shared datalist and hint once and offers them to every where editor below. */
export function WhereAidsProvider({ id, properties, valueHint, children }: WhereAidsProviderProps) {
  const datalistId = propertyListId(id, properties);
  const valueHintId = `${id}-value-hint`;
  const aids = useMemo<WhereAids>(() => ({ properties, datalistId, valueHint, valueHintId }), [properties, datalistId, valueHint, valueHintId]);
  return (
    <WhereAidsContext.Provider value={aids}>
      <PropertyDatalist id={datalistId} properties={properties} />
      <span id={valueHintId} hidden>
        {valueHint}
      </span>
      {children}
    </WhereAidsContext.Provider>
  );
}
