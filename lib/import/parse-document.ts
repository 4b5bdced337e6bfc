import { z } from "zod";
import { parsedDocumentSchema, type DocumentKind, type DocumentLanguage, type ParsedDocument } from "@/lib/validation/document";
import { detectKind, detectLanguage } from "./detect";
import { ImportError } from "./errors";
import { normalizeUnicode } from "./normalize";
import { parseJobDescription } from "./parse-job-description";
import { parseProfile } from "./parse-profile";
import { parseQualificationRequirements } from "./parse-qualification-requirements";
import { warning } from "./warnings";

/** One pure parser per document kind; a new kind is a new file and one line here. */
const PARSERS: Record<DocumentKind, (text: string, language: DocumentLanguage) => ParsedDocument> = {
  "occupation-profile": parseProfile,
  "job-description": parseJobDescription,
  "qualification-requirements": parseQualificationRequirements,
};

/**
 * Text (already extracted from its file) → a validated ParsedDocument. Throws only ImportError:
 * "empty" for a text with nothing to read, "unknown-kind" when no parser recognises it, and
 * "corrupt" if a parser produced something the schema refuses (a parser bug, reported, not hidden).
 */
export function parseDocument(text: string, options: { fileName?: string } = {}): ParsedDocument {
  const normalized = normalizeUnicode(text);
  if (normalized.trim() === "") throw new ImportError("empty", "the file holds no text", options.fileName);

  const kind = detectKind(normalized);
  if (kind === null) {
    throw new ImportError(
      "unknown-kind",
      "the text is not an occupation profile (INFOdoradca+), a job description (“Opis stanowiska pracy”) or qualification requirements (“біліктілік талаптары” / “квалификационные требования”)",
      options.fileName,
    );
  }

  let parsed: ParsedDocument;
  try {
    parsed = PARSERS[kind](normalized, detectLanguage(normalized));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("corrupt", `the ${kind} parser failed (${describe(error)})`, options.fileName, { cause: error });
  }

  const result = parsedDocumentSchema.safeParse(capWarnings(parsed));
  if (!result.success) {
    throw new ImportError("corrupt", `the parsed ${kind} is invalid: ${z.prettifyError(result.error)}`, options.fileName, {
      cause: result.error,
    });
  }
  return result.data;
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
