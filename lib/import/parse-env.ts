import { z } from "zod";

/**
 * Settings of the parse workers (lib/import/parse-pool.ts), validated like lib/env.ts but kept
 * apart, as lib/http/api-env.ts is: importing lib/env would read DATABASE_URL when the import
 * modules load, before a caller (a test, a script) has chosen its database.
 */
const parseEnvSchema = z.object({
  /** Parse workers (default: one per core beyond the first, at most 2). */
  IMPORT_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  /** Wall time of one document in ms (default 3000): a document over it is refused naming the limit. */
  IMPORT_TIME_LIMIT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  /** Heap of each worker in MB (default 512): a document that needs more is refused naming the limit. */
  IMPORT_MEMORY_LIMIT_MB: z.coerce.number().int().min(32).max(16_384).optional(),
});

export type ParseEnv = z.infer<typeof parseEnvSchema>;

/** Read when the first pool is made, not when this module loads. */
export function parseEnv(): ParseEnv {
  return parseEnvSchema.parse(process.env);
}
