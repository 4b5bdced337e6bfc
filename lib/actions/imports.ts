"use server";

import { z } from "zod";
import { recordAudit } from "@/lib/data/audit";
import { revalidatePages } from "@/lib/editor/revalidate";
import { IMPORT_REVALIDATIONS } from "@/lib/store/changes";
import { importUpload, type UploadSummary } from "@/lib/editor/upload-import";
import { MAX_IMPORT_BYTES } from "@/lib/import/errors";
import { adminAction, type ActionState } from "./safe-action";

export type UploadOk = { result: UploadSummary };
export type UploadActionState = ActionState<UploadOk>;

const ACCEPTED = /\.(?:txt|html?|pdf|docx)$/i;

/** One uploaded document: type by name, size by MAX_IMPORT_BYTES (the importer sniffs the content too). */
const uploadSchema = z.object({
  file: z
    .instanceof(File, { error: "fileRequired" })
    .refine((f) => f.size > 0, { error: "fileEmpty" })
    .refine((f) => f.size <= MAX_IMPORT_BYTES, { error: "fileTooLarge" })
    .refine((f) => ACCEPTED.test(f.name), { error: "fileType" }),
});

const fileInput = (formData: FormData) => ({ file: formData.get("file") });

/** The confirmation may force a version that holds less than the stored one: the preview's explicit "replace" choice. */
const confirmSchema = uploadSchema.extend({ replace: z.boolean() });
const confirmInput = (formData: FormData) => ({ file: formData.get("file"), replace: formData.get("replace") === "replace" });

async function bytesOf(file: File) {
  return { name: file.name.slice(0, 255), bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The preview: the document parsed with its warnings; nothing is written. */
export const previewImportAction = adminAction(
  uploadSchema,
  "editor",
  async ({ file }): Promise<UploadActionState> => ({ status: "ok", result: await importUpload(await bytesOf(file), { dryRun: true }) }),
  { input: fileInput },
);

/**
 * The confirmed import of one document, atomically (the client sends the files one by one, for
 * progress). A version poorer than the stored one is refused ("poorer") unless the form says "replace".
 */
export const confirmImportAction = adminAction(
  confirmSchema,
  "editor",
  async ({ file, replace }, { actor, ip }): Promise<UploadActionState> => {
    const result = await importUpload(await bytesOf(file), { dryRun: false, replace });
    await recordAudit({
      action: "import",
      userId: actor.id,
      entity: `file:${result.file}`,
      details: {
        status: result.status,
        documentId: result.documentId,
        error: result.error?.code ?? null,
        code: result.document?.code ?? null,
        // A forced replacement says what it removed (the old version stays a revision).
        replaced: replace && result.loss ? result.loss : null,
      },
      ip,
    });
    if (result.status === "imported" || result.status === "updated") {
      // Cached public pages: a profile shows on its code's page, a position on its own page and on
      // the page of the occupation it is assigned to.
      await revalidatePages(IMPORT_REVALIDATIONS);
    }
    return { status: "ok", result };
  },
  { input: confirmInput },
);
