/**
 * Schemas that check a value and hand back the very value they were given. zod rebuilds every
 * object it parses, and a rebuilt object loses a "__proto__" own key (zod's guard against
 * prototype pollution), so a query read through a plain zod object comes back short of a key.
 * No schema that rebuilds objects may hand a query on: these wrap them.
 */
import * as z from 'zod/mini';

/** `schema`'s checks and issues (paths included), but its output is the input itself, not a rebuilt copy. */
export function kept<S extends z.ZodMiniType>(schema: S): z.ZodMiniType<z.output<S>> {
  return z.custom<z.output<S>>().check(
    z.superRefine((value, ctx) => {
      const result = schema.safeParse(value);
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue });
    }),
  );
}
