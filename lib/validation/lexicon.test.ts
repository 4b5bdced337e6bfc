import { describe, expect, it } from "vitest";
import { lexiconPairFormSchema } from "./lexicon";

const form = (over: Record<string, unknown>) => ({ concept: "nurse", lang: "kk", codes: "222101 2221", baseVersion: "2", terms: [], ...over });
const problems = (input: unknown) => {
  const parsed = lexiconPairFormSchema.safeParse(input);
  return parsed.success ? null : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("lexiconPairFormSchema", () => {
  it("keeps the filled rows in order, NFC and trimmed, with the pair's codes", () => {
    const parsed = lexiconPairFormSchema.parse(
      form({
        terms: [
          { term: " мейірбике ", origin: "editorial" },
          { term: "", origin: "editorial" },
          { term: "Pielęgniarka".normalize("NFD"), origin: "kzis-2023" },
        ],
      }),
    );
    expect(parsed).toEqual({
      intent: "save",
      concept: "nurse",
      lang: "kk",
      codes: ["222101", "2221"],
      baseVersion: 2,
      terms: [
        { term: "мейірбике", origin: "editorial" },
        { term: "Pielęgniarka", origin: "kzis-2023" },
      ],
    });
  });

  it("holds each row to the file's rules, reported under the form's field paths as message keys", () => {
    expect(
      problems(
        form({
          codes: "22210",
          terms: [
            { term: "a", origin: "editorial" },
            { term: "a", origin: "editorial" },
            { term: "b", origin: "official" },
          ],
        }),
      ),
    ).toEqual({
      codes: "lexiconCodes",
      "terms.1.term": "lexiconDuplicateTerm",
      "terms.2.origin": "choice",
    });
    expect(problems(form({ concept: "2", codes: "21", terms: [{ term: "Specjaliści", origin: "kzis-2023" }] }))).toEqual({ codes: "lexiconGroupCodes" });
    expect(problems(form({ concept: "Nurse!", terms: [{ term: "a", origin: "editorial" }] }))).toEqual({ concept: "lexiconConcept" });
    expect(problems(form({ terms: [{ term: "  ", origin: "editorial" }] }))).toEqual({ "terms.0.term": "lexiconNoTerm" });
    expect(problems(form({ intent: "create", concept: "11", codes: "", terms: [{ term: "a", origin: "editorial" }] }))).toEqual({ concept: "lexiconNewGroup" });
  });
});
