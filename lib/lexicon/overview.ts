/**
 * The lexicon as the admin list shows it (app/[locale]/admin/lexicon): one row per concept with its
 * preferred term per language, filtered by language and by a typed text, a page at a time. Pure:
 * lib/data/lexicon.ts reads the rows (a few thousand: the whole table fits one read).
 */
import { foldText } from "@/lib/text";
import { isGroupConcept, type LexiconLang } from "@/lib/validation/lexicon";

export type OverviewRow = { concept: string; lang: string; position: number; term: string; origin: string; source: string };
/** A (concept, lang) in the list: its preferred term, how many variants follow, and whose version it is. */
export type OverviewPair = { lang: string; preferred: string; origin: string; variants: number; source: "seed" | "editor" };
export type OverviewConcept = { concept: string; isGroup: boolean; pairs: OverviewPair[] };
export type OverviewFilter = { lang?: LexiconLang; q?: string; page: number };
export type OverviewPage = { concepts: OverviewConcept[]; total: number; page: number; pages: number };

export const OVERVIEW_PAGE_SIZE = 40;
const LANG_ORDER = ["pl", "en", "kk", "ru"];

/** Groups first by code (0, 01, …), then words by slug. */
const conceptOrder = (a: string, b: string) => Number(isGroupConcept(b)) - Number(isGroupConcept(a)) || (a < b ? -1 : a > b ? 1 : 0);

export function lexiconOverview(rows: readonly OverviewRow[], filter: OverviewFilter): OverviewPage {
  // A pair's rows are the editor's where there are any (the seed's then give way; lib/lexicon/edit.ts).
  const edited = new Set(rows.filter((r) => r.source === "editor").map((r) => `${r.concept}\0${r.lang}`));
  const shown = rows.filter((r) => r.source === "editor" || !edited.has(`${r.concept}\0${r.lang}`));
  const byConcept = new Map<string, OverviewRow[]>();
  for (const row of shown) {
    const list = byConcept.get(row.concept);
    if (list) list.push(row);
    else byConcept.set(row.concept, [row]);
  }
  const needle = foldText(filter.q?.trim() ?? "");
  const matches = (concept: string, list: OverviewRow[]) =>
    (!filter.lang || list.some((r) => r.lang === filter.lang)) &&
    (needle === "" || foldText(concept).includes(needle) || list.some((r) => (!filter.lang || r.lang === filter.lang) && foldText(r.term).includes(needle)));
  const concepts = [...byConcept.entries()].filter(([concept, list]) => matches(concept, list)).sort(([a], [b]) => conceptOrder(a, b));
  const pages = Math.max(1, Math.ceil(concepts.length / OVERVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page), pages);
  return {
    total: concepts.length,
    page,
    pages,
    concepts: concepts.slice((page - 1) * OVERVIEW_PAGE_SIZE, page * OVERVIEW_PAGE_SIZE).map(([concept, list]) => ({
      concept,
      isGroup: isGroupConcept(concept),
      pairs: LANG_ORDER.filter((lang) => !filter.lang || lang === filter.lang).flatMap((lang) => {
        const terms = list.filter((r) => r.lang === lang).sort((a, b) => a.position - b.position);
        if (terms.length === 0) return [];
        return [
          { lang, preferred: terms[0]!.term, origin: terms[0]!.origin, variants: terms.length - 1, source: terms[0]!.source === "editor" ? "editor" : "seed" },
        ];
      }),
    })),
  };
}
