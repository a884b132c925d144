/** An event of the host's catalogue: its case-sensitive name, or the name with a label and description. */
export type EventOption = string | { name: string; label?: string; description?: string };

/** An event option with every field spelled out. */
export interface NormalizedEventOption {
  name: string;
  label: string;
  description?: string;
}

/** Loads events matching a search; abort the signal when the search has moved on. */
export type EventLoader = (search: string, signal: AbortSignal) => Promise<EventOption[]>;

/** The catalogue of `EventPicker`: a list, or a loader called as the person types. */
export type EventCatalogue = readonly EventOption[] | EventLoader;

/** Spells out one option. */
export function normalizeEventOption(option: EventOption): NormalizedEventOption {
  if (typeof option === 'string') return { name: option, label: option };
  return { name: option.name, label: option.label ?? option.name, description: option.description };
}

/** The options of a list whose name or label contains the search, ignoring case (the names keep theirs). */
export function filterEventOptions(options: readonly EventOption[], search: string): NormalizedEventOption[] {
  const needle = search.trim().toLowerCase();
  const all = options.map(normalizeEventOption);
  if (needle === '') return all;
  return all.filter((o) => o.name.toLowerCase().includes(needle) || o.label.toLowerCase().includes(needle));
}
