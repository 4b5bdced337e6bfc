import "server-only";
import path from "node:path";
import { db, store } from "@/lib/db";
import {
  LEXICON_ENTITY_TYPE,
  lexiconEntityKey,
  snapshotOf,
  termChanges,
  type LexiconChangeOutcome,
  type LexiconChangeRequest,
  type LexiconRevisionData,
  type PairSnapshot,
} from "@/lib/lexicon/edit";
import { lexiconOverview, type OverviewFilter, type OverviewPage } from "@/lib/lexicon/overview";
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

/** The lexicon seed the app reads when an editor returns a pair to the seed's version (the loader reads the same files at start). */
const LEXICON_SEED_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "seeds", "lexicon");

/** The admin list (lib/lexicon/overview.ts) over the whole table. */
export async function listLexicon(filter: OverviewFilter): Promise<OverviewPage> {
  const rows = await db.lexiconTerm.findMany({ select: { concept: true, lang: true, position: true, term: true, origin: true, source: true } });
  return lexiconOverview(rows, filter);
}

/** One (concept, lang) as the editing form starts from it, with the revision it is based on. */
export async function getLexiconPair(concept: string, lang: LexiconLang): Promise<{ snapshot: PairSnapshot; version: number; otherLangs: string[] }> {
  const [rows, last, langs] = await Promise.all([
    db.lexiconTerm.findMany({ where: { concept, lang }, select: { position: true, term: true, origin: true, codes: true, source: true } }),
    db.revision.findFirst({ where: { entityType: LEXICON_ENTITY_TYPE, entityKey: lexiconEntityKey(concept, lang) }, orderBy: { version: "desc" }, select: { version: true } }),
    db.lexiconTerm.findMany({ where: { concept }, select: { lang: true }, distinct: ["lang"] }),
  ]);
  return { snapshot: snapshotOf(rows), version: last?.version ?? 0, otherLangs: langs.map((l) => l.lang).filter((l) => l !== lang) };
}

export type LexiconHistoryEntry = {
  version: number;
  at: Date;
  author: string | null;
  action: LexiconRevisionData["action"];
  before: PairSnapshot;
  after: PairSnapshot;
  added: string[];
  removed: string[];
};

/** Every change of the pair, newest first: who, when, the terms before and after. */
export async function getLexiconHistory(concept: string, lang: LexiconLang): Promise<LexiconHistoryEntry[]> {
  const rows = await db.revision.findMany({
    where: { entityType: LEXICON_ENTITY_TYPE, entityKey: lexiconEntityKey(concept, lang) },
    select: { version: true, createdAt: true, data: true, author: { select: { name: true } } },
    orderBy: { version: "desc" },
  });
  return rows.map((r) => {
    const data = r.data as LexiconRevisionData;
    return { version: r.version, at: r.createdAt, author: r.author?.name ?? null, action: data.action, before: data.before, after: data.after, ...termChanges(data.before, data.after) };
  });
}

/** An editor's change of one pair, through the store (one transaction on either database). */
export function changeLexiconPair(request: LexiconChangeRequest): Promise<LexiconChangeOutcome> {
  return store.lexicon.change(request, LEXICON_SEED_DIR);
}
