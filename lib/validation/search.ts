import { z } from "zod";

/** ?q= of the name search page. Anything a user types is accepted; it is trimmed and bounded. */
export const nameSearchParamsSchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim().slice(0, 200)),
});
