/** Sample cohorts for stories, demos and tests: an editable one, a lookalike and a child-workspace one. */
import type { SeedCohort } from './types';

/** The ids of the sample cohorts. */
export const SAMPLE_IDS = {
  football: '00000000-0000-4000-8000-00000000f001',
  lookalike: '00000000-0000-4000-8000-00000000f002',
  child: '00000000-0000-4000-8000-00000000f003',
} as const;

/** The workspace of the child-workspace sample (listed only with `include-child-workspaces`). */
export const SAMPLE_CHILD_WORKSPACE_ID = '00000000-0000-4000-8000-00000000b000';

/** Fresh copies of the sample cohorts, to pass as `seed`. */
export function sampleCohorts(): SeedCohort[] {
  return [
    {
      id: SAMPLE_IDS.football,
      code: 1001,
      name: 'Football fans',
      description: 'Read about football twice in the last 30 days',
      tags: ['sport'],
      query: {
        event: 'Pageview',
        frequency: { greater_than_or_equal_to: 2 },
        where: { property: 'properties.client.url', condition: { contains: 'football' } },
        during: { the_last: { value: 30, unit: 'days' } },
      },
      liveAudienceSize: 12500,
      createdAt: '2024-01-15T09:30:00.000Z',
    },
    {
      id: SAMPLE_IDS.lookalike,
      code: 1002,
      name: 'Football fans (lookalike)',
      lookalike: true,
      liveAudienceSize: 48000,
      createdAt: '2024-02-01T12:00:00.000Z',
    },
    {
      id: SAMPLE_IDS.child,
      code: 1003,
      name: 'Dog owners (child workspace)',
      workspaceId: SAMPLE_CHILD_WORKSPACE_ID,
      query: { engaged_time: { seconds: { greater_than_or_equal_to: 120 } } },
      createdAt: '2024-03-01T08:00:00.000Z',
    },
  ];
}
