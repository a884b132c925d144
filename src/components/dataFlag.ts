/**
 * The one `data-*` convention for yes/no state: the attribute is present (`""`) or absent, so CSS
 * and tests read `[data-invalid]` whatever the value, and React never writes "true"/"false".
 */
export function flag(on: boolean | undefined): '' | undefined {
  return on ? '' : undefined;
}
