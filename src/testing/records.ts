/** Cohort records of the local Cohorts API, and how they are written on the wire. */
import type { JsonObject, JsonValue } from '../query/ast';
import type { SeedCohort, StoredCohort } from './types';

/** The key the local API accepts when none are configured. */
export const LOCAL_API_KEY = 'local-cohorts-api-key';

/** The backend's own workspace id when none is given. */
export const LOCAL_WORKSPACE_ID = '00000000-0000-4000-8000-00000000a000';

/** Deterministic UUIDs (`00000000-0000-4000-8000-000000000001`, ...), so tests and stories can name them. */
export function createUuids(): () => string {
  let next = 0;
  return () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
}

/** A stored cohort from a seed, with defaults for what the seed leaves out. */
export function fromSeed(seed: SeedCohort, defaults: { id: string; code: number; workspaceId: string; now: string }): StoredCohort {
  const record: StoredCohort = {
    id: seed.id ?? defaults.id,
    code: seed.code ?? defaults.code,
    name: seed.name,
    tags: [...(seed.tags ?? [])],
    state: seed.state ?? 'Enabled',
    segmentType: seed.segmentType ?? 'real_time',
    workspaceId: seed.workspaceId ?? defaults.workspaceId,
    liveAudienceSize: seed.liveAudienceSize ?? 0,
    createdAt: seed.createdAt ?? defaults.now,
    lastUpdatedAt: seed.lastUpdatedAt ?? seed.createdAt ?? defaults.now,
    lookalike: seed.lookalike ?? false,
  };
  if (seed.description !== undefined) record.description = seed.description;
  // Lookalike cohorts have no query on the API, whatever the seed says.
  if (seed.query !== undefined && !record.lookalike) record.query = structuredClone(seed.query);
  return record;
}

/** A deep copy of a record, so callers cannot change the backend's state by accident. */
export function copyRecord(record: StoredCohort): StoredCohort {
  return structuredClone(record);
}

/** A record as the API writes it: a summary (no query) or in full, in snake_case or camelCase. */
export function toWire(record: StoredCohort, spelling: 'snake' | 'camel', full: boolean): JsonObject {
  const snake = spelling === 'snake';
  const out: JsonObject = { id: record.id, code: record.code, name: record.name };
  if (record.description !== undefined) out.description = record.description;
  if (full && record.query !== undefined) out.query = structuredClone(record.query) as JsonValue;
  out.tags = [...record.tags];
  out.state = record.state;
  out[snake ? 'workspace_id' : 'workspaceId'] = record.workspaceId;
  out[snake ? 'segment_type' : 'segmentType'] = record.segmentType;
  out[snake ? 'live_audience_size' : 'liveAudienceSize'] = record.liveAudienceSize;
  out[snake ? 'created_at' : 'createdAt'] = record.createdAt;
  out[snake ? 'last_updated_at' : 'lastUpdatedAt'] = record.lastUpdatedAt;
  return out;
}
