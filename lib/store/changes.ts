/**
 * The page changes one server instance tells the others on the same database (issue 14, item 6):
 * which cached pages to revalidate after a publish or an import. On PostgreSQL they travel by
 * LISTEN/NOTIFY; SQLite serves one process, so there is no one to tell.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";

/** A revalidatePath call: a concrete path (`/pl/occupations/351402`) or a route with its type. */
// Printable ASCII only, as the app's paths are (codes, ids, route patterns): Next encodes other
// characters in its tags, which pageTagsOf does not repeat.
export const pageRevalidationSchema = z.object({ path: z.string().regex(/^\/[\x21-\x7e]{0,299}$/), type: z.enum(["page", "layout"]).optional() });
export type PageRevalidation = z.infer<typeof pageRevalidationSchema>;

/** `origin` names the process that announced it, so it can skip its own (already applied) changes. */
export const pageChangeSchema = z.object({ origin: z.string().min(1).max(100), revalidations: z.array(pageRevalidationSchema).max(500) });
export type PageChange = z.infer<typeof pageChangeSchema>;

/**
 * The cached /match results (app/[locale]/match/with/[state]): any entry's names, descriptions,
 * profile items or ESCO skills can move an occupation in or out of any result, so every change drops them all.
 */
export const MATCH_REVALIDATION: PageRevalidation = { path: "/[locale]/match/with/[state]", type: "page" };

/** Imports are rare and may touch any profile or position page (and the work queue): drop them all. */
export const IMPORT_REVALIDATIONS: readonly PageRevalidation[] = [
  { path: "/[locale]/occupations/[code]", type: "page" },
  { path: "/[locale]/positions/[id]", type: "page" },
  { path: "/[locale]/admin", type: "page" },
  MATCH_REVALIDATION,
];

/**
 * This process's name on the feed, shared through globalThis by npm start's server (which applies
 * the others' changes) and the app's bundles (which announce their own).
 */
export function instanceId(): string {
  const shared = globalThis as unknown as { atlasInstanceId?: string };
  return (shared.atlasInstanceId ??= randomUUID());
}

/**
 * The cache tags Next's revalidatePath(path, type) expires (next/dist/server/web/spec-extension/
 * revalidate.js: `_N_T_` + the path without its trailing slash, + `/type`; "/" and "/index" go together).
 */
export function pageTagsOf({ path, type }: PageRevalidation): string[] {
  let tag = `_N_T_${path.length > 1 ? path.replace(/\/$/, "") : path}`;
  if (type) tag += `${tag.endsWith("/") ? "" : "/"}${type}`;
  if (tag === "_N_T_/") return [tag, "_N_T_/index"];
  if (tag === "_N_T_/index") return [tag, "_N_T_/"];
  return [tag];
}

/** A NOTIFY payload must stay under 8,000 bytes: a change is sent in parts of at most this many. */
const PART_BYTES = 7_000;

/** One change as NOTIFY payloads, each a whole PageChange of its own. */
export function changePayloads(change: PageChange): string[] {
  const payloads: string[] = [];
  let part: PageRevalidation[] = [];
  const encode = (revalidations: PageRevalidation[]) => JSON.stringify({ origin: change.origin, revalidations });
  for (const revalidation of change.revalidations) {
    if (part.length > 0 && Buffer.byteLength(encode([...part, revalidation])) > PART_BYTES) {
      payloads.push(encode(part));
      part = [];
    }
    part.push(revalidation);
  }
  if (part.length > 0) payloads.push(encode(part));
  return payloads;
}

/** A payload read back; null for anything else on the channel (never trusted blindly). */
export function parseChangePayload(payload: string | undefined): PageChange | null {
  if (!payload) return null;
  try {
    const parsed = pageChangeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
