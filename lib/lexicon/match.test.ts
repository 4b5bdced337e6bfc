import { describe, expect, it } from "vitest";
import { buildLexiconIndex, conceptScore, expandWords, stemFor, type LexiconTermRow } from "./match";

/** A small lexicon of its own: the tests do not depend on seeds/lexicon. */
const ROWS: LexiconTermRow[] = [
  { concept: "programmer", lang: "pl", position: 1, term: "Programista aplikacji", codes: "251401 2514" },
  { concept: "programmer", lang: "kk", position: 1, term: "бағдарламашы", codes: "251401 2514" },
  { concept: "programmer", lang: "ru", position: 1, term: "программист", codes: "251401 2514" },
  { concept: "programmer", lang: "en", position: 1, term: "programmer", codes: "251401 2514" },
  { concept: "email-administrator", lang: "en", position: 1, term: "email administrator", codes: "351402" },
  { concept: "email-administrator", lang: "en", position: 2, term: "e-mail administrator", codes: "351402" },
  { concept: "administrator", lang: "en", position: 1, term: "administrator", codes: "252201 3514" },
  { concept: "it", lang: "kk", position: 1, term: "ақпараттық технологиялар", codes: "1330 25" },
  { concept: "it", lang: "ru", position: 1, term: "информационные технологии", codes: "1330 25" },
  { concept: "teacher", lang: "kk", position: 1, term: "мұғалім", codes: "234102" },
  { concept: "salesperson", lang: "ru", position: 1, term: "продавец", codes: "522301" },
  { concept: "head-of-it", lang: "en", position: 1, term: "head of IT", codes: "133001" },
  { concept: "25", lang: "en", position: 1, term: "Information and communications technology professionals", codes: "" },
  { concept: "25", lang: "pl", position: 1, term: "Specjaliści do spraw technologii informacyjno-komunikacyjnych", codes: "" },
];
const index = buildLexiconIndex(ROWS);
const conceptsOf = (...words: string[]) => expandWords(index, words).concepts.map((c) => c.concept);

describe("expandWords", () => {
  it("finds a concept from any inflected form, in Kazakh, Russian and English", () => {
    for (const word of ["бағдарламашы", "бағдарламашылар", "бағдарламашыны", "программист", "программистов", "программистами", "programmer", "programmers"])
      expect(conceptsOf(word), word).toEqual(["programmer"]);
  });

  it("matches multi-word terms side by side, the longest first", () => {
    expect(conceptsOf("email", "administrator")).toEqual(["email-administrator"]);
    expect(conceptsOf("e", "mail", "administrator")).toEqual(["email-administrator"]);
    expect(conceptsOf("administrator")).toEqual(["administrator"]);
    expect(conceptsOf("ақпараттық", "технологиялар")).toEqual(["it"]);
    expect(conceptsOf("информационных", "технологий")).toEqual(["it"]);
    expect(conceptsOf("head", "of", "it")).toEqual(["head-of-it"]);
  });

  it("says whether every word was a term", () => {
    expect(expandWords(index, ["программист", "python"])).toMatchObject({ isComplete: false, concepts: [{ concept: "programmer" }] });
    expect(expandWords(index, ["programmer"]).isComplete).toBe(true);
    expect(expandWords(index, ["python"])).toMatchObject({ concepts: [], isComplete: false });
  });

  it("reads a Latin i typed in a Kazakh word as і, and the fleeting е of Russian -ец", () => {
    expect(conceptsOf("мұғалiм")).toEqual(["teacher"]);
    expect(conceptsOf("продавцы")).toEqual(["salesperson"]);
    expect(conceptsOf("продавца")).toEqual(["salesperson"]);
  });

  it("matches Polish terms only when asked (the code suggester; search's index is itself Polish)", () => {
    expect(conceptsOf("programista", "aplikacji")).toEqual([]);
    expect(expandWords(index, ["programistów", "aplikacji"], { withPolish: true }).concepts.map((c) => c.concept)).toEqual(["programmer"]);
  });

  it("counts how often each concept is named", () => {
    expect(expandWords(index, ["programmer", "and", "программисты", "email", "administrator"]).hits).toEqual(
      new Map([
        ["programmer", 2],
        ["email-administrator", 1],
      ]),
    );
  });

  it("gives a group its own code, and a concept its Polish preferred term", () => {
    const [group] = expandWords(index, ["information", "communications", "technology", "professionals"]).concepts;
    expect(group).toEqual({ concept: "25", codes: ["25"], polish: "Specjaliści do spraw technologii informacyjno-komunikacyjnych" });
    expect(expandWords(index, ["programmer"]).concepts[0]?.polish).toBe("Programista aplikacji");
  });
});

describe("conceptScore", () => {
  const concepts = expandWords(index, ["email", "administrator"]).concepts.concat(expandWords(index, ["administrator"]).concepts);

  it("puts codes more concepts name first, then a listed code before descendants of a listed group", () => {
    const score = (code: string) => conceptScore(concepts, code);
    expect(score("999999")).toBeNull();
    expect(score("351402")).toMatchObject({ count: 2 });
    expect(score("351401")).toMatchObject({ count: 1 });
    expect(score("3514")!.best).toBeGreaterThan(score("351490")!.best);
  });
});

describe("stemFor", () => {
  it("stems by the language's rules and folds like the index", () => {
    expect(stemFor("ru", "электромонтёра")).toBe(stemFor("ru", "электромонтера"));
    expect(stemFor("kk", "Серверлерде")).toBe("сервер");
    expect(stemFor("en", "Nurses")).toBe("nurse");
  });
});

describe("a concept's codes", () => {
  it("are an editor's where one changed them in any language, whatever the seed's rows of the other languages say", () => {
    const rows: LexiconTermRow[] = [
      { concept: "lamplighter", lang: "en", position: 1, term: "lamplighter", codes: "111111", source: "seed" },
      { concept: "lamplighter", lang: "kk", position: 1, term: "шамшырақшы", codes: "222101 2221", source: "editor" },
    ];
    expect(buildLexiconIndex(rows).concepts.get("lamplighter")!.codes).toEqual(["222101", "2221"]);
    expect(buildLexiconIndex(rows.toReversed()).concepts.get("lamplighter")!.codes).toEqual(["222101", "2221"]);
  });
});
