import { describe, expect, it } from "vitest";
import { buildLexiconIndex, type LexiconTermRow } from "./match";
import { mergeSuggestions, suggestCodesThroughLexicon } from "./suggest";

const ROWS: LexiconTermRow[] = [
  { concept: "it", lang: "kk", position: 1, term: "ақпараттық технологиялар", codes: "1330 25 35" },
  { concept: "it-manager", lang: "kk", position: 1, term: "ақпараттық технологиялар менеджері", codes: "133001 133005" },
  { concept: "manager", lang: "kk", position: 1, term: "менеджер", codes: "1" },
  { concept: "server", lang: "kk", position: 1, term: "сервер", codes: "252201 2522" },
  { concept: "server", lang: "pl", position: 1, term: "serwer", codes: "252201 2522" },
  { concept: "database", lang: "pl", position: 1, term: "baza danych", codes: "252101" },
];
const index = buildLexiconIndex(ROWS);
const CODES = ["112004", "133001", "133005", "133007", "252101", "252201", "351402", "751204"];

describe("suggestCodesThroughLexicon", () => {
  it("ranks the codes most of the document's concepts point at first", () => {
    const text = "Ақпараттық технологиялар менеджеріне қойылатын талаптар. Серверлерді баптау. Менеджер ақпараттық технологиялар саласында.";
    // it-manager, server, manager, it: 133001 is named by it-manager (first), it (1330) and manager (1);
    // 252201 and 133007 by two each, 252201 listed by "server" itself, 133007 only under groups.
    expect(suggestCodesThroughLexicon(index, text, CODES, 4)).toEqual([
      { code: "133001", score: 0.75 },
      { code: "133005", score: 0.75 },
      { code: "252201", score: 0.5 },
      { code: "133007", score: 0.5 },
    ]);
  });

  it("reads Polish terms too, each concept counting as often as the text names it", () => {
    const text = "Konfiguracja i nadzór serwerów. Aktualizacja oprogramowania serwera. Archiwizacja baz danych.";
    expect(suggestCodesThroughLexicon(index, text, CODES, 2)).toEqual([
      { code: "252201", score: 0.667 },
      { code: "252101", score: 0.333 },
    ]);
  });

  it("suggests nothing for a text naming no concept", () => {
    expect(suggestCodesThroughLexicon(index, "Piekarz wypieka chleb", CODES)).toEqual([]);
  });
});

describe("mergeSuggestions", () => {
  it("keeps the first list's order, one suggestion per code, up to the limit", () => {
    const merged = mergeSuggestions(
      [{ code: "133001", score: 0.5 }],
      [
        { code: "351402", score: 0.2 },
        { code: "133001", score: 0.1 },
        { code: "252201", score: 0.1 },
      ],
      3,
    );
    expect(merged).toEqual([
      { code: "133001", score: 0.5 },
      { code: "351402", score: 0.2 },
      { code: "252201", score: 0.1 },
    ]);
  });
});
