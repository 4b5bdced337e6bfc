/** toOccupationDocuments (pure): what of a profile's section 2 goes into the search index. */
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/import/parse-document";
import { PROFILE_SECTION_2_PAGE } from "@/tests/support/fixtures";
import { toOccupationDocuments, type OccupationParts } from "./documents";

const doc = parseDocument(PROFILE_SECTION_2_PAGE);
const row: OccupationParts["rows"][number] = {
  code: "351402",
  level: "occupation",
  name: "Administrator systemów poczty elektronicznej",
  description: null,
  synthesis: null,
  isVocational: 0,
  profileTitle: doc.title,
  profileSummary: doc.summary,
  profileSynthesis: doc.synthesis,
  workDescription: doc.workDescription,
  profileId: 1,
};
const parts = (over: Partial<OccupationParts["rows"][number]> = {}): OccupationParts => ({
  rows: [{ ...row, ...over }],
  titles: [],
  groupTasks: [],
  skills: [],
  taskLines: [],
  social: [],
  subsections: doc.subsections.map((s) => ({ occupationCode: "351402", text: `${s.heading}\n${s.text}` })),
});
const description = (over?: Partial<OccupationParts["rows"][number]>) => toOccupationDocuments(parts(over))[0]!.description.map((l) => l.text);

describe("section 2 in the search index", () => {
  it("holds the summary and every subsection (heading and text), each once: the imported synthesis and work description repeat them", () => {
    const lines = description();
    expect(lines).toEqual([doc.summary, ...doc.subsections.map((s) => `${s.heading}\n${s.text}`.trim())]);
    expect(lines.join("\n")).toContain("Praca w biurze i serwerowni");
  });

  it("a synthesis or work description an editor changed is indexed too", () => {
    const lines = description({ profileSynthesis: "Synteza poprawiona przez redakcję.", workDescription: "Nowy opis pracy." });
    expect(lines).toContain("Synteza poprawiona przez redakcję.");
    expect(lines).toContain("Nowy opis pracy.");
  });

  it("a profile without subsections indexes its synthesis and work description as before", () => {
    const lines = toOccupationDocuments({ ...parts(), subsections: [] })[0]!.description.map((l) => l.text);
    expect(lines).toEqual([doc.summary, doc.workDescription]);
  });
});
