import { z } from "zod";

/**
 * Settings of the public API, validated once like lib/env.ts (kept apart so the API's knobs
 * live with the API; lib/env.ts can absorb them when it is next reorganised).
 */
const apiEnvSchema = z.object({
  /** Requests per minute per client (token bucket, also the burst size); 0 turns the limit off. */
  API_RATE_LIMIT: z.coerce.number().int().min(0).default(120),
  /** Proxies in front that append to X-Forwarded-For (see lib/http/client-ip.ts). */
  API_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;

export const apiEnv: ApiEnv = apiEnvSchema.parse(process.env);
