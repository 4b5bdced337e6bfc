import { describe, expect, it } from "vitest";
import { lexiconOverview, OVERVIEW_PAGE_SIZE, type OverviewRow } from "./overview";

const r = (concept: string, lang: string, position: number, term: string, source = "seed", origin = "editorial"): OverviewRow => ({
  concept,
  lang,
  position,
  term,
  origin,
  source,
});
const ROWS: OverviewRow[] = [
  r("nurse", "kk", 1, "мейірбике"),
  r("nurse", "kk", 2, "медбике"),
  r("nurse", "pl", 1, "Pielęgniarka", "seed", "kzis-2023"),
  r("programmer", "kk", 1, "бағдарламашы"),
  r("programmer", "kk", 1, "бағдарламашы-редактор", "editor"),
  r("25", "ru", 1, "Специалисты в области ИКТ", "seed", "okz-2014"),
  r("accountant", "en", 1, "accountant"),
];

describe("lexiconOverview", () => {
  it("lists groups first, then words by slug, each with its preferred term per language and whose version it is", () => {
    const page = lexiconOverview(ROWS, { page: 1 });
    expect(page.concepts.map((c) => c.concept)).toEqual(["25", "accountant", "nurse", "programmer"]);
    expect(page.concepts.find((c) => c.concept === "nurse")!.pairs).toEqual([
      { lang: "pl", preferred: "Pielęgniarka", origin: "kzis-2023", variants: 0, source: "seed" },
      { lang: "kk", preferred: "мейірбике", origin: "editorial", variants: 1, source: "seed" },
    ]);
    // The editor's rows of a pair replace the seed's.
    expect(page.concepts.find((c) => c.concept === "programmer")!.pairs).toEqual([
      { lang: "kk", preferred: "бағдарламашы-редактор", origin: "editorial", variants: 0, source: "editor" },
    ]);
    expect(page.concepts[0]!.isGroup).toBe(true);
  });

  it("filters by language and by text (in the terms of that language, or the concept), folding case and diacritics", () => {
    expect(lexiconOverview(ROWS, { page: 1, lang: "kk" }).concepts.map((c) => [c.concept, c.pairs.map((p) => p.lang)])).toEqual([
      ["nurse", ["kk"]],
      ["programmer", ["kk"]],
    ]);
    expect(lexiconOverview(ROWS, { page: 1, q: "PIELEGNIARKA" }).concepts.map((c) => c.concept)).toEqual(["nurse"]);
    expect(lexiconOverview(ROWS, { page: 1, q: "pielęgniarka", lang: "kk" }).concepts).toEqual([]);
    expect(lexiconOverview(ROWS, { page: 1, q: "program" }).concepts.map((c) => c.concept)).toEqual(["programmer"]);
  });

  it("pages the concepts, a page out of range showing the last", () => {
    const many = Array.from({ length: OVERVIEW_PAGE_SIZE + 5 }, (_, i) => r(`word-${String(i).padStart(3, "0")}`, "en", 1, `w${i}`));
    const second = lexiconOverview(many, { page: 9 });
    expect({ total: second.total, page: second.page, pages: second.pages, shown: second.concepts.length }).toEqual({
      total: OVERVIEW_PAGE_SIZE + 5,
      page: 2,
      pages: 2,
      shown: 5,
    });
  });
});
