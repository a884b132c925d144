import { within } from 'storybook/test';

/** The JSON the builder's preview shows, parsed: what the host would receive. */
export function previewJson(canvasElement: HTMLElement): unknown {
  const region = within(canvasElement).getByRole('group', { name: 'Cohort API JSON' });
  return JSON.parse(region.querySelector('pre')!.textContent!);
}
