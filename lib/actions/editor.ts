"use server";

import { getTranslations } from "next-intl/server";
import { discardDraft, restoreRevision, saveDraft, type Conflict } from "@/lib/data/drafts";
import { entryRevalidations, revalidatePages } from "@/lib/editor/revalidate";
import {
  discardDraftSchema,
  entityRefSchema,
  restoreRevisionSchema,
  saveDraftSchema,
  type BaseTokens,
  type EntityRef,
  type PositionSnapshot,
  type Snapshot,
} from "@/lib/validation/editor";
import { adminAction, failure, type ActionState, type ConflictView } from "./safe-action";

type EditorOk = { message: string; tokens: BaseTokens; base: Snapshot; published: boolean };
export type EditorActionState = ActionState<EditorOk>;

function toView(conflict: Conflict): ConflictView {
  return { ...conflict, at: conflict.at.toISOString() };
}

/** "Keep mine": the button of the conflict panel carries the current tokens as "version:revision". */
function readForm(formData: FormData): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of ["entityType", "entityKey", "intent", "message", "data", "base", "baseVersion", "draftRevision"]) raw[key] = formData.get(key) ?? undefined;
  // Only the buttons carry an intent; "keep mine" saves the draft.
  raw.intent ??= "save";
  const rebase = String(formData.get("rebase") ?? "").match(/^(\d+):(\d+)$/);
  if (rebase) {
    raw.baseVersion = rebase[1];
    raw.draftRevision = rebase[2];
  }
  return raw;
}

/** Saves the form as the draft, or (intent=publish) publishes it, in one compare-and-set transaction. */
export const saveDraftAction = adminAction(
  saveDraftSchema,
  "editor",
  async (input, { actor, ip }, formData): Promise<EditorActionState> => {
    const ref = entityRefSchema.parse({ entityType: input.entityType, entityKey: input.entityKey });
    const outcome = await saveDraft({
      ref,
      tokens: { baseVersion: input.baseVersion, draftRevision: input.draftRevision },
      data: input.data,
      clientBase: input.base,
      publish: input.intent === "publish",
      message: input.message,
      actor,
      ip,
    });
    const t = await getTranslations("editor.result");
    if (!outcome.ok) {
      if (outcome.reason === "not-found") return failure("not-found", formData);
      if (outcome.reason === "invalid") {
        const issues = await getTranslations("admin.issues");
        const fieldErrors = Object.fromEntries(
          Object.entries(outcome.fieldErrors).map(([k, keys]) => [k, keys.map((key) => (issues.has(key) ? issues(key) : key))]),
        );
        return failure("invalid", formData, fieldErrors);
      }
      return {
        ...(await failure("conflict", formData, {}, t(outcome.conflict.kind === "published" ? "conflictPublished" : "conflictDraft"))),
        conflict: toView(outcome.conflict),
      };
    }
    if (outcome.published) {
      const previousCode = input.base && "occupationCode" in input.base ? input.base.occupationCode : null;
      await revalidatePages(entryRevalidations(ref, ref.entityType === "position" ? [(input.data as PositionSnapshot).occupationCode, previousCode] : []));
    }
    return {
      status: "ok",
      published: outcome.published,
      tokens: outcome.tokens,
      base: outcome.snapshot,
      message: outcome.published ? t("published", { version: outcome.version }) : t("saved"),
    };
  },
  { input: readForm },
);

export type SimpleOk = { message: string };

export const discardDraftAction = adminAction(discardDraftSchema, "editor", async (input, { actor, ip }, formData): Promise<ActionState<SimpleOk>> => {
  const ref: EntityRef = entityRefSchema.parse(input);
  const outcome = await discardDraft(ref, input.draftRevision, actor, ip);
  const t = await getTranslations("editor.result");
  if (!outcome.ok) return failure(outcome.reason, formData, {}, outcome.reason === "conflict" ? t("discardConflict") : undefined);
  return { status: "ok", message: t("discarded") };
});

export type RestoreOk = { message: string; editPath: string };

export const restoreRevisionAction = adminAction(restoreRevisionSchema, "editor", async (input, { actor, ip }, formData): Promise<ActionState<RestoreOk>> => {
  const outcome = await restoreRevision(input.revisionId, input.draftRevision, actor, ip);
  const t = await getTranslations("editor.result");
  if (!outcome.ok) return failure(outcome.reason, formData, {}, outcome.reason === "conflict" ? t("restoreConflict") : undefined);
  return { status: "ok", message: t("restored"), editPath: `/admin/entries/${outcome.ref.entityType}/${outcome.ref.entityKey}` };
});
