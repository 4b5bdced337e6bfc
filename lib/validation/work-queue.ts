import { z } from "zod";
import { occupationLevelSchema } from "./occupation";

/**
 * The editors' work queue at /admin: every classification entry, filtered and sorted by the URL's
 * query string (shareable, works without JavaScript). Anything unreadable falls back to "no
 * filter" rather than an error page: the URL is typed by people.
 */
export const QUEUE_PAGE_SIZE = 50;
export const QUEUE_SORTS = ["code", "name", "level"] as const;
const QUEUE_TRISTATE = ["", "yes", "no"] as const;

const tristate = z.enum(QUEUE_TRISTATE).catch("");
const flag = z
  .string()
  .optional()
  .transform((v) => v === "1" || v === "on" || v === "true")
  .catch(false);

export const workQueueQuerySchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  level: z
    .union([occupationLevelSchema, z.literal("")])
    .catch("")
    .default(""),
  /** Code prefix: the group and everything under it. */
  prefix: z
    .string()
    .trim()
    .regex(/^\d{0,6}$/)
    .catch("")
    .default(""),
  profile: tristate.default(""),
  draft: tristate.default(""),
  /** Occupations without a description (the source's "Opis w opracowaniu"). */
  missing: flag,
  /** Names restored by the loader (lib/seed/name-repair.ts). */
  repaired: flag,
  /** Entries with a revision published on or after this day (YYYY-MM-DD, UTC). */
  since: z.iso.date().or(z.literal("")).catch("").default(""),
  sort: z.enum(QUEUE_SORTS).catch("code").default("code"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type WorkQueueQuery = z.output<typeof workQueueQuerySchema>;

/** The query string of a queue state (defaults left out), for links: filters, sorting, pagination. */
export function workQueueHref(query: WorkQueueQuery, patch: Partial<WorkQueueQuery> = {}): string {
  const next = { ...query, ...patch };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.level) params.set("level", next.level);
  if (next.prefix) params.set("prefix", next.prefix);
  if (next.profile) params.set("profile", next.profile);
  if (next.draft) params.set("draft", next.draft);
  if (next.missing) params.set("missing", "1");
  if (next.repaired) params.set("repaired", "1");
  if (next.since) params.set("since", next.since);
  if (next.sort !== "code") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  const qs = params.toString();
  return qs ? `/admin?${qs}` : "/admin";
}
