/**
 * Entry ids of a comparison: a KZiS code (1–4 or 6 digits) or "p" and a position number. Zod-free,
 * like ./limits.ts: the compare tray runs on every public page, and importing the zod schema
 * there shipped zod (~30 kB gzipped) in every page's first-load JavaScript.
 */
export const ENTRY_ID_RE = /^(\d{1,4}|\d{6}|p[1-9]\d{0,9})$/;

export function isEntryId(value: unknown): value is string {
  return typeof value === "string" && ENTRY_ID_RE.test(value);
}

/** "351402, 243108" or repeated ?codes= → trimmed, lower-cased, de-duplicated ids, in order. */
export function splitEntryIds(value: string | string[] | undefined): string[] {
  const parts = (Array.isArray(value) ? value : [value ?? ""]).flatMap((v) => v.split(","));
  const ids = parts.map((p) => p.trim().toLowerCase()).filter((p) => p !== "");
  return [...new Set(ids)];
}
