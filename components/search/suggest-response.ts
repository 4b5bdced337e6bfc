import type { Suggestion } from "@/lib/validation/search";

/**
 * A light shape check of /api/v1/suggest answers on the client. The server validates with zod;
 * shipping zod to every page only for this would cost ~30 kB of gzipped JavaScript.
 */
export function readSuggestions(body: unknown): Suggestion[] | null {
  if (typeof body !== "object" || body === null || !Array.isArray((body as { items?: unknown }).items)) return null;
  const items = (body as { items: unknown[] }).items;
  const isSuggestion = (x: unknown): x is Suggestion =>
    typeof x === "object" && x !== null && typeof (x as Suggestion).name === "string" && typeof (x as Suggestion).label === "string";
  return items.every(isSuggestion) ? items : null;
}
