import "server-only";
import { store } from "@/lib/db";
import type { ImportLimit } from "@/lib/import/errors";
import type { FileOutcome } from "@/lib/import/prepare";
import type { ContentLoss } from "@/lib/store/document-plan";
import { importFile, lazySuggester } from "@/lib/store/import";
import type { ImportWarning } from "@/lib/validation/document";

/**
 * Uploads go through the same import as the CLI: importFile with dryRun for the preview (nothing
 * written), without it on confirmation (one document, one transaction). Returns a small,
 * serialisable summary for the admin page.
 */

export type UploadSummary = {
  file: string;
  status: FileOutcome["status"];
  error: { code: string; message: string; limit?: ImportLimit | null; details?: ImportWarning[] } | null;
  documentId: number | null;
  /** What the import removes (would, in the preview; refused as "poorer" unless replaced) from the stored version. */
  loss: ContentLoss | null;
  document: {
    kind: string;
    language: string;
    code: string | null;
    title: string;
    part: string | null;
    warnings: ImportWarning[];
    incomplete: { at: string } | null;
    tasks: { code: string; title: string }[];
    counts: Record<"tasks" | "competences" | "socialCompetences" | "keyCompetences" | "subsections" | "duties" | "sections" | "requirements", number>;
    suggestedCodes: { code: string; score: number }[];
  } | null;
};

// The suggestion index over ~2,900 occupations takes a moment to build; the reference data changes
// only with a new release, so one index per server process is enough.
const suggester = lazySuggester(store);

export async function importUpload(file: { name: string; bytes: Uint8Array }, options: { dryRun: boolean; replace?: boolean }): Promise<UploadSummary> {
  const outcome = await importFile(store, file, { dryRun: options.dryRun, replace: options.replace, suggester });
  return summarize(outcome);
}

function summarize(o: FileOutcome): UploadSummary {
  const d = o.document;
  return {
    file: o.file,
    status: o.status,
    error: o.error,
    documentId: o.documentId,
    loss: o.loss ?? null,
    document: d && {
      kind: d.kind,
      language: d.language,
      code: d.code,
      title: d.title,
      part: d.part,
      warnings: d.warnings,
      incomplete: d.incomplete,
      tasks: d.tasks.map((t) => ({ code: t.code, title: t.title })),
      counts: {
        tasks: d.tasks.length,
        competences: d.competences.length,
        socialCompetences: d.socialCompetences.length,
        keyCompetences: d.keyCompetences.length,
        subsections: d.subsections.length,
        duties: d.duties.length,
        sections: d.sections.length,
        requirements: d.requirements.length,
      },
      suggestedCodes: d.suggestedCodes,
    },
  };
}
