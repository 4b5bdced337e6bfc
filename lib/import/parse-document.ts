import { z } from "zod";
import { parsedDocumentSchema, type DocumentKind, type DocumentLanguage, type ParsedDocument } from "@/lib/validation/document";
import { KIND_MARKERS_LOOKED_FOR, detectKind, detectLanguage } from "./detect";
import { ImportError } from "./errors";
import { normalizeUnicode, repairLatinI } from "./normalize";
import { parseJobDescription } from "./parse-job-description";
import { parseProfile } from "./parse-profile";
import { parseQualificationRequirements } from "./parse-qualification-requirements";
import { findReplacedLetters } from "./replaced-letters";
import { warning } from "./warnings";

/** One pure parser per document kind; a new kind is a new file and one line here. */
const PARSERS: Record<DocumentKind, (text: string, language: DocumentLanguage) => ParsedDocument> = {
  "occupation-profile": parseProfile,
  "job-description": parseJobDescription,
  "qualification-requirements": parseQualificationRequirements,
};

/**
 * Text (already extracted from its file) → a validated ParsedDocument. Throws only ImportError:
 * "empty" for a text with nothing to read, "encoding" for a text whose letters were replaced by "?",
 * "unknown-kind" when no parser recognises it (naming what was looked for), "no-items" when one
 * does but reads nothing of its kind from it (with the parser's warnings saying what was missing),
 * and "corrupt" if a parser produced something the schema refuses (a parser bug, reported, not hidden).
 */
export function parseDocument(text: string, options: { fileName?: string } = {}): ParsedDocument {
  const normalized = repairLatinI(normalizeUnicode(text));
  if (normalized.trim() === "") throw new ImportError("empty", "the file holds no text", options.fileName);

  const replaced = findReplacedLetters(normalized);
  if (replaced) {
    const detail = warning("lettersReplaced", replaced);
    throw new ImportError("encoding", detail.message, options.fileName, { details: [detail] });
  }

  const kind = detectKind(normalized);
  if (kind === null) {
    const quoted = (k: DocumentKind) => KIND_MARKERS_LOOKED_FOR[k].map((m) => `“${m}”`).join(", ");
    const detail = warning("kindMarkersNotFound", {
      profile: quoted("occupation-profile"),
      jobDescription: quoted("job-description"),
      requirements: quoted("qualification-requirements"),
    });
    throw new ImportError(
      "unknown-kind",
      `the text is not an occupation profile, a job description, qualification requirements or a job regulation: ${detail.message}`,
      options.fileName,
      { details: [detail] },
    );
  }

  let parsed: ParsedDocument;
  try {
    parsed = PARSERS[kind](normalized, detectLanguage(normalized));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("corrupt", `the ${kind} parser failed (${describe(error)})`, options.fileName, { cause: error });
  }
  if (!hasItems(parsed)) {
    const missing = parsed.warnings.slice(0, MAX_WARNINGS);
    throw new ImportError(
      "no-items",
      `it reads as a ${kind} but nothing of one was found in it (${missing.map((w) => w.message).join("; ")})`,
      options.fileName,
      {
        details: missing,
      },
    );
  }

  const result = parsedDocumentSchema.safeParse(capWarnings(parsed));
  if (!result.success) {
    throw new ImportError("corrupt", `the parsed ${kind} is invalid: ${z.prettifyError(result.error)}`, options.fileName, {
      cause: result.error,
    });
  }
  return result.data;
}

/** Whether a parser read anything of its kind: a document of only a title is not an import. */
function hasItems(doc: ParsedDocument): boolean {
  const lists = [doc.tasks, doc.competences, doc.socialCompetences, doc.keyCompetences, doc.duties, doc.sections, doc.subsections ?? [], doc.requirements];
  const jobParts = doc.jobDescription ? Object.values(doc.jobDescription).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null)) : false;
  return lists.some((l) => l.length > 0) || jobParts || Boolean(doc.synthesis) || Boolean(doc.workDescription);
}

/** A damaged file can produce thousands of warnings; the preview needs the first few and a count. */
const MAX_WARNINGS = 50;

function capWarnings(doc: ParsedDocument): ParsedDocument {
  if (doc.warnings.length <= MAX_WARNINGS) return doc;
  const more = doc.warnings.length - MAX_WARNINGS;
  return { ...doc, warnings: [...doc.warnings.slice(0, MAX_WARNINGS), warning("moreWarnings", { count: more })] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
