import type { Clause } from './ast';

/** A clause with typed fields: every kind but in_segment, whose body is its segment. */
export type FieldClause = Exclude<Clause, { kind: 'in_segment' }>;

/**
 * The typed fields of each clause by wire key, in the order the serializer writes them. The parser
 * reads these keys of an expression's object, or of a wrapper clause's body, into the node, and
 * keeps any other key in `extra`; how a field is read, written and checked depends on its key alone.
 */
export const CLAUSE_FIELDS: Record<FieldClause['kind'], readonly string[]> = {
  expression: ['event', 'frequency', 'where', 'during'],
  engaged_time: ['seconds', 'where', 'during'],
  engaged_completion: ['completion', 'where'],
  engaged_views: ['times', 'engaged_time', 'where', 'during'],
  transition: ['segment', 'during'],
  membership: ['provider', 'segment', 'field_name', 'value'],
};

/** What a field holds: a where tree, a `during` window, a comparison, or a value taken as it is. */
export type FieldKind = 'where' | 'window' | 'comparison' | 'value';

// The fields taken as they are (the parser checks their types first); the others hold a comparison.
const AS_IS = ['event', 'segment', 'provider', 'field_name', 'value'];

/** What the field with this wire key holds. */
export function fieldKind(key: string): FieldKind {
  return key === 'where' ? 'where' : key === 'during' ? 'window' : AS_IS.includes(key) ? 'value' : 'comparison';
}

/** The AST property of a field: its wire key, in camelCase (`field_name` → `fieldName`). */
export function propertyOf(key: string): string {
  return key === 'engaged_time' ? 'engagedTime' : key === 'field_name' ? 'fieldName' : key;
}

/** The value of a clause's field, by wire key. */
export function fieldOf(clause: FieldClause, key: string): unknown {
  return (clause as unknown as Record<string, unknown>)[propertyOf(key)];
}
