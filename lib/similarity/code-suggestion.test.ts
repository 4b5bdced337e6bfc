import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/import/parse-document";
import {
  buildCodeSuggestionIndex,
  codeSuggestionBuffers,
  codeSuggestionBuilder,
  codeSuggestionIndexFrom,
  suggestCodes,
  tokenize,
  type CorpusEntry,
} from "./code-suggestion";
import { readSeed } from "@/tests/support/seeds";

const CORPUS: CorpusEntry[] = [
  {
    code: "252301",
    text: "Administrator systemów komputerowych. Instaluje, konfiguruje i nadzoruje serwery, stacje robocze i sieci komputerowe, zapewnia bezpieczeństwo systemów informatycznych i baz danych, archiwizuje dane.",
  },
  {
    code: "351402",
    text: "Administrator systemów poczty elektronicznej. Instaluje i konfiguruje oprogramowanie serwera poczty, zarządza kontami użytkowników, chroni system przed wirusami i spamem.",
  },
  {
    code: "251201",
    text: "Programista aplikacji. Projektuje i tworzy oprogramowanie, testuje kod, dokumentuje aplikacje internetowe.",
  },
  { code: "751201", text: "Piekarz. Przygotowuje ciasto, wypieka chleb i pieczywo, obsługuje piec piekarniczy, dba o higienę w piekarni." },
  { code: "751204", text: "Cukiernik. Wypieka ciasta, torty i ciastka, dekoruje wyroby cukiernicze." },
  { code: "222101", text: "Pielęgniarka. Sprawuje opiekę nad pacjentem, podaje leki, wykonuje zabiegi pielęgnacyjne w szpitalu." },
  { code: "532102", text: "Opiekun medyczny. Pomaga pacjentom w czynnościach higienicznych, opiekuje się chorymi w szpitalu." },
];

describe("tokenize", () => {
  it("folds case and diacritics, drops stop words, numbers and short words", () => {
    expect(tokenize("Zarządzanie SERWERAMI oraz sieci w 2009 r.")).toEqual(["zarzadza", "serwer", "siec"]);
  });

  it("lets inflected forms of a word meet", () => {
    expect(tokenize("informatycznych")).toEqual(tokenize("informatyczny"));
    expect(tokenize("serwerów")).toEqual(tokenize("serwery"));
    expect(tokenize("administrator")).toEqual(tokenize("administrowanie"));
  });
});

describe("buildCodeSuggestionIndex", () => {
  const index = buildCodeSuggestionIndex(CORPUS);

  it("ranks the IT codes first for the Krobia IT job description", () => {
    const doc = parseDocument(readSeed("krobiaJobDescription"));
    const text = [doc.title, ...doc.duties, ...doc.sections.map((s) => s.text)].join(" ");
    const suggestions = index.suggest(text, 3);
    expect(suggestions[0]?.code).toBe("252301");
    expect(suggestions.map((s) => s.code)).not.toContain("751201");
    expect(suggestions.map((s) => s.code)).not.toContain("222101");
  });

  it("ranks bakers for a baker's text and nurses for a nurse's text", () => {
    expect(index.suggest("Wypiekanie chleba i bułek, obsługa pieca w piekarni", 1)[0]?.code).toBe("751201");
    expect(index.suggest("Opieka nad pacjentami, podawanie leków i zabiegi pielęgniarskie", 2).map((s) => s.code)).toEqual(["222101", "532102"]);
  });

  it("scores in [0, 1] with three decimals, 1 for the same text, best first", () => {
    const entry = CORPUS[3]!;
    const [best] = index.suggest(entry.text, 1);
    expect(best).toEqual({ code: entry.code, score: 1 });
    const scores = index.suggest("serwery, sieci i bazy danych, poczta elektroniczna, oprogramowanie", 7).map((s) => s.score);
    expect(scores.length).toBeGreaterThan(1);
    for (const score of scores) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(Math.round(score * 1000) / 1000).toBe(score);
    }
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("suggests nothing for a text that shares no word with the corpus, or for an empty corpus", () => {
    expect(index.suggest("Lorem ipsum dolor sit amet")).toEqual([]);
    expect(index.suggest("")).toEqual([]);
    expect(buildCodeSuggestionIndex([]).suggest("serwery")).toEqual([]);
    expect(index.suggest("serwery", 0)).toEqual([]);
  });

  it("answers many documents from one index and merges entries with the same code", () => {
    const merged = buildCodeSuggestionIndex([...CORPUS, { code: "751201", text: "Piekarz rzemieślnik, wypiek chleba na zakwasie." }]);
    expect(merged.size).toBe(CORPUS.length);
    for (let i = 0; i < 100; i++) expect(merged.suggest("chleb na zakwasie", 1)[0]?.code).toBe("751201");
  });

  it("gives suggestCodes the same answer as the index", () => {
    expect(suggestCodes("serwery poczty elektronicznej", CORPUS)).toEqual(index.suggest("serwery poczty elektronicznej"));
  });
});

describe("similar", () => {
  it("scores an indexed code against the corpus exactly as suggest scores its text", () => {
    const index = buildCodeSuggestionIndex(CORPUS);
    for (const entry of CORPUS) {
      expect(index.similar(entry.code, 7)).toEqual(index.suggest(entry.text, 7));
      expect(index.similar(entry.code, 2, 0.05)).toEqual(
        index
          .suggest(entry.text, 7)
          .filter((s) => s.score >= 0.05)
          .slice(0, 2),
      );
    }
  });

  // The related entries ask for the best 400 at 0.12 or more; on the real KZiS descriptions (3.5k
  // texts, many sharing words) the answer must be the one filtering suggest's best 400 gives.
  it("gives the related entries' list of suggest's best 400 over the KZiS descriptions", () => {
    const rows = parse(fs.readFileSync(path.join(process.cwd(), "seeds/data/kzis-2023.csv")), { columns: true }) as { kod: string; opis_2022: string }[];
    const corpus = rows.filter((r) => r.opis_2022.trim() !== "").map((r) => ({ code: r.kod, text: r.opis_2022 }));
    expect(corpus.length).toBeGreaterThan(3000);
    const index = buildCodeSuggestionIndex(corpus);
    let compared = 0;
    for (const entry of corpus.filter((_, i) => i % 25 === 0)) {
      const expected = index.suggest(entry.text, 400).filter((s) => s.score >= 0.12);
      expect(index.similar(entry.code, 400, 0.12)).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  // The related entries' index is built in a worker thread and sent as data (lib/data/related.ts).
  it("answers the same from its data sent to another thread (typed arrays moved) as built in place", () => {
    const built = buildCodeSuggestionIndex(CORPUS);
    const builder = codeSuggestionBuilder();
    for (const entry of CORPUS) builder.add(entry.code, entry.text);
    const data = builder.buildData();
    const sent = structuredClone(data, { transfer: codeSuggestionBuffers(data) });
    expect(data.postingWeight.byteLength).toBe(0); // moved, not copied
    const received = codeSuggestionIndexFrom(sent);
    expect(received.size).toBe(CORPUS.length);
    for (const entry of CORPUS) {
      expect(received.similar(entry.code, 7)).toEqual(built.similar(entry.code, 7));
      expect(received.suggest(entry.text, 7)).toEqual(built.suggest(entry.text, 7));
    }
  });

  it("answers nothing for a code it does not hold, a text of stop words only, or no limit", () => {
    const index = buildCodeSuggestionIndex([...CORPUS, { code: "000001", text: "oraz lub przez" }]);
    expect(index.similar("999999", 5)).toEqual([]);
    expect(index.similar("000001", 5)).toEqual([]);
    expect(index.similar(CORPUS[0]!.code, 0)).toEqual([]);
    expect(index.similar(CORPUS[0]!.code, 1)).toEqual([{ code: CORPUS[0]!.code, score: 1 }]);
  });
});
