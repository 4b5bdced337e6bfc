import type { ParsedDocument } from "@/lib/validation/document";

type ProfileOnly = "code" | "synthesis" | "workDescription" | "part" | "tasks" | "competences" | "socialCompetences" | "keyCompetences" | "subsections";

/**
 * The fields only an occupation profile fills, as every other kind of document leaves them (the
 * schema refuses a `part` on anything else). Fresh arrays each time: a parsed document is the caller's.
 */
export function notAProfile(): Pick<ParsedDocument, ProfileOnly> {
  return {
    code: null,
    synthesis: null,
    workDescription: null,
    part: null,
    tasks: [],
    competences: [],
    socialCompetences: [],
    keyCompetences: [],
    subsections: [],
  };
}
