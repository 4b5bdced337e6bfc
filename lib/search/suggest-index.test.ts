import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery, type QueryTerm } from "./query";
import { MAX_SCANNED_ROWS, buildCodeIndex, buildSuggestIndex, queryCodeIndex, querySuggestIndex, utf8Length, type SuggestSourceRow } from "./suggest-index";

function termsOf(q: string): QueryTerm[] {
  const parsed = parseQuery(q, { prefixLast: true, minPrefixLength: 2 });
  return parsed.mode === "text" ? parsed.terms : [];
}

let nextRank = 1;
const row = (entryId: number, text: string, source = "name", rank = nextRank++): SuggestSourceRow => ({ rank, entryId, source, text });

const ROWS: SuggestSourceRow[] = [
  row(1, "Administrator systemów poczty elektronicznej"),
  row(2, "Zarządca nieruchomości"),
  row(3, "Główny administrator sieci"),
  row(4, "Kierowca autobusu"),
  row(5, "Басқарушы"),
  row(4, "Kierowca autobusu miejskiego", "gus"),
  row(6, "Łódkarz"),
  row(7, "Zakładowy administrator", "esco"),
];
const index = buildSuggestIndex(ROWS);
const labels = (q: string, limit = 8, isShown?: (id: number) => boolean) => querySuggestIndex(index, termsOf(q), { limit, isShown }).map((h) => h.label);

describe("suggestion index", () => {
  it("puts rows whose first word matches before rows that hold the word later, each pass in rank order", () => {
    expect(labels("adm")).toEqual(["Administrator systemów poczty elektronicznej", "Główny administrator sieci", "Zakładowy administrator"]);
  });

  it("gives one suggestion per entry, the best-ranked row of it", () => {
    expect(labels("kierowca aut")).toEqual(["Kierowca autobusu"]);
  });

  it("matches without diacritics, ł as l, and in any case", () => {
    expect(labels("zarz")).toEqual(["Zarządca nieruchomości"]);
    expect(labels("ZARZĄ")).toEqual(["Zarządca nieruchomości"]);
    expect(labels("lodk")).toEqual(["Łódkarz"]);
    expect(labels("łódk")).toEqual(["Łódkarz"]);
  });

  it("finds Kazakh Cyrillic by prefix, whatever the case", () => {
    expect(labels("басқ")).toEqual(["Басқарушы"]);
    expect(labels("БАСҚ")).toEqual(["Басқарушы"]);
  });

  it("needs every word, and reads only the last one as a prefix", () => {
    expect(labels("administrator sie")).toEqual(["Główny administrator sieci"]);
    expect(labels("adm poczty")).toEqual([]);
    expect(labels("nieistniejace")).toEqual([]);
  });

  it("stops at the limit and skips entries that are not shown", () => {
    expect(labels("adm", 2)).toHaveLength(2);
    expect(labels("adm", 8, (id) => id !== 1)).toEqual(["Główny administrator sieci", "Zakładowy administrator"]);
  });

  it("sorts rows given out of order by their rank", () => {
    const shuffled = buildSuggestIndex([row(2, "Beta admin", "name", 20), row(1, "Alfa admin", "name", 10)]);
    expect(querySuggestIndex(shuffled, termsOf("admin"), { limit: 5 }).map((h) => h.entryId)).toEqual([1, 2]);
  });

  it("keeps labels exactly as written, whatever the script (UTF-8 round trip)", () => {
    const texts = ["Żółć gęślą jaźń", "Қазақ тілі мұғалімі", "emoji 😀 kucharz", "e\u0301lan"];
    const built = buildSuggestIndex(texts.map((t, i) => row(i + 1, t)));
    expect(querySuggestIndex(built, termsOf("zol"), { limit: 1 })[0]?.label).toBe(texts[0]);
    expect(querySuggestIndex(built, termsOf("қазақ"), { limit: 1 })[0]?.label).toBe(texts[1]);
    expect(querySuggestIndex(built, termsOf("kuch"), { limit: 1 })[0]?.label).toBe(texts[2]);
    expect(querySuggestIndex(built, termsOf("elan"), { limit: 1 })[0]?.label).toBe(texts[3]);
  });

  it("bounds the rows one pass scans", () => {
    // Two words that never share a row: the driver's rows are all checked, up to the bound.
    const many = Array.from({ length: MAX_SCANNED_ROWS + 10 }, (_, i) => row(i + 1, i % 2 ? "alfa" : "beta"));
    expect(querySuggestIndex(buildSuggestIndex(many), termsOf("alfa bet"), { limit: 5 })).toEqual([]);
  });

  it("never throws and never returns more than the limit, whatever is typed (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 20 }), (q, limit) => {
        const hits = querySuggestIndex(index, termsOf(q), { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
        expect(new Set(hits.map((h) => h.entryId)).size).toBe(hits.length);
      }),
    );
  });
});

describe("code index", () => {
  const codes = buildCodeIndex(["3514", "35", "351402", "351401", "3", "351", "2511", "352"].map((code, i) => ({ id: i + 1, code })));
  const codeOf = (ids: number[]) => ids.map((id) => ["3514", "35", "351402", "351401", "3", "351", "2511", "352"][id - 1]);

  it("lists shorter codes first, then in code order", () => {
    expect(codeOf(queryCodeIndex(codes, "35", 10))).toEqual(["35", "351", "352", "3514", "351401", "351402"]);
    expect(codeOf(queryCodeIndex(codes, "3514", 3))).toEqual(["3514", "351401", "351402"]);
    expect(queryCodeIndex(codes, "9", 5)).toEqual([]);
  });
});

describe("utf8Length", () => {
  it("agrees with TextEncoder for any string, lone surrogates included (property)", () => {
    const encoder = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => utf8Length(s) === encoder.encode(s).length));
  });
});
