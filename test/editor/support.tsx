import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCohortsClient } from '../../src/api/client';
import type { CohortsClient } from '../../src/api/types';
import { CohortEditor, type CohortEditorProps } from '../../src/components/editor/CohortEditor';
import type { DraftStorageArea } from '../../src/hooks/useDraftStorage';
import { createCohortsBackend } from '../../src/testing/backend';
import { sampleCohorts } from '../../src/testing/seed';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import type { CohortsBackendOptions } from '../../src/testing/types';

/** A Web Storage stand-in that a test can read, share between mounts, and make fail. */
export function memoryStorage(): DraftStorageArea & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

/** The local Cohorts API on 127.0.0.1, seeded with the samples, and a client of it. */
export async function startApi(key: string, options: CohortsBackendOptions = {}, timeoutMs?: number): Promise<{ api: LocalCohortsApi; client: CohortsClient }> {
  const api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [key], seed: sampleCohorts(), ...options }) });
  return { api, client: createCohortsClient({ baseUrl: api.url, apiKey: key, timeoutMs }) };
}

/** Renders the editor with a fresh in-memory storage unless one is given. */
export function renderEditor(props: CohortEditorProps) {
  const user = userEvent.setup();
  const storage = ('storage' in props ? props.storage : memoryStorage()) as ReturnType<typeof memoryStorage>;
  // A short autosave delay, so stored drafts exist by the time a test looks.
  const view = render(<CohortEditor storage={storage} autosaveDelayMs={10} {...props} />);
  const rerender = (next: Partial<CohortEditorProps>) => view.rerender(<CohortEditor storage={storage} autosaveDelayMs={10} {...props} {...next} />);
  return { ...view, user, storage, rerender };
}

/** The Save button (named by its text, which says "Saving…" while pending). */
export const saveButton = () => screen.getByRole('button', { name: /^(Save cohort|Saving…)$/ });

/** Fills a new cohort: name, description, two tags and the event of the first clause. */
export async function fillNewCohort(user: ReturnType<typeof userEvent.setup>, name = 'Sport readers') {
  await user.type(screen.getByRole('textbox', { name: 'Name' }), name);
  await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Read sport pages');
  await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'sport,news{Enter}');
  // The first clause's event, whether the builder numbers it "1" or "1.1".
  await user.type(screen.getByRole('combobox', { name: /^Event \(clause 1(\.1)?\)$/ }), 'Pageview');
}

/** The editor's fields as a person sees them. */
export function visibleDraft() {
  const tags = screen.queryByRole('list', { name: 'Tags' });
  return {
    name: (screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value,
    description: (screen.getByRole('textbox', { name: 'Description' }) as HTMLTextAreaElement).value,
    // What a person reads as the tags: the chips, and the text still being typed (it counts too).
    tags: [
      ...(tags ? [...tags.querySelectorAll('.pcb-chip__text')].map((chip) => chip.textContent) : []),
      ...[(screen.getByRole('textbox', { name: 'Tags' }) as HTMLInputElement).value.trim()].filter(Boolean),
    ],
    event: (screen.getAllByRole('combobox', { name: /^Event \(clause [\d.]+\)$/ })[0] as HTMLInputElement).value,
  };
}

/** The events of the demo catalogue, enough for the event picker to be a combobox. */
export const events = [{ name: 'Pageview' }, { name: 'videoViews' }, { name: 'LinkClick' }];
