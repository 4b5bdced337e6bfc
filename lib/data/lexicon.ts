import "server-only";
import { db } from "@/lib/db";
import { isGroupConcept, lexiconLangSchema, lexiconOriginSchema, type LexiconLang, type LexiconOrigin } from "@/lib/validation/lexicon";

/** A name in the reader's language from the lexicon, with where it comes from: `editorial` is never shown as official. */
export type LocalName = { text: string; lang: LexiconLang; origin: LexiconOrigin };

/**
 * The preferred name (position 1) of every major and sub-major group in `lang`, by KZiS code. An
 * editor's name (source "editor") is the one shown where there is one.
 */
export async function getGroupNames(lang: string): Promise<Map<string, LocalName>> {
  const parsedLang = lexiconLangSchema.safeParse(lang);
  if (!parsedLang.success) return new Map();
  const rows = await db.lexiconTerm.findMany({
    where: { lang: parsedLang.data, position: 1 },
    select: { concept: true, term: true, origin: true, source: true },
    // "editor" sorts before "seed": the first row per concept wins.
    orderBy: [{ concept: "asc" }, { source: "asc" }],
  });
  const names = new Map<string, LocalName>();
  for (const row of rows) {
    const origin = lexiconOriginSchema.safeParse(row.origin);
    if (!isGroupConcept(row.concept) || names.has(row.concept) || !origin.success) continue;
    names.set(row.concept, { text: row.term, lang: parsedLang.data, origin: origin.data });
  }
  return names;
}
