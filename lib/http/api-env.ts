import { z } from "zod";

/**
 * Settings of the public API, validated once like lib/env.ts (kept apart so the API's knobs
 * live with the API; lib/env.ts can absorb them when it is next reorganised).
 */
const apiEnvSchema = z.object({
  /** Requests per minute per client (token bucket, also the burst size); 0 turns the limit off. */
  API_RATE_LIMIT: z.coerce.number().int().min(0).default(120),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;

export const apiEnv: ApiEnv = apiEnvSchema.parse(process.env);
