"use server";

import { getFormatter, getTranslations } from "next-intl/server";
import { changeLexiconPair } from "@/lib/data/lexicon";
import { lexiconRevalidations, revalidatePages } from "@/lib/editor/revalidate";
import type { LexiconChangeOutcome } from "@/lib/lexicon/edit";
import { isGroupConcept, lexiconPairFormSchema, lexiconRevertSchema } from "@/lib/validation/lexicon";
import { adminAction, failure, type ActionState } from "./safe-action";

export type LexiconOk = { message: string; version: number; editPath: string };
export type LexiconActionState = ActionState<LexiconOk>;

/** The most term rows one form may send (the page shows the pair's rows and a few empty ones). */
const MAX_FORM_ROWS = 100;

/** The form's indexed fields ("terms.3.term", "terms.3.origin") as the schema's array, in row order. */
function readPairForm(formData: FormData): Record<string, unknown> {
  const terms: { term: string; origin: string }[] = [];
  for (let i = 0; i < MAX_FORM_ROWS; i++) {
    const term = formData.get(`terms.${i}.term`);
    if (term === null) break;
    terms.push({ term: String(term), origin: String(formData.get(`terms.${i}.origin`) ?? "") });
  }
  const field = (key: string) => formData.get(key) ?? undefined;
  return { intent: field("intent"), concept: field("concept"), lang: field("lang"), codes: field("codes"), baseVersion: field("baseVersion"), terms };
}

const editPathOf = (concept: string, lang: string) => `/admin/lexicon/${concept}/${lang}`;

/** The answer to a refused change: field errors translated, a conflict told with who and when. */
async function refusal(outcome: Exclude<LexiconChangeOutcome, { ok: true }>, formData: FormData) {
  if (outcome.reason === "not-found") return failure("not-found", formData);
  if (outcome.reason === "invalid") {
    const issues = await getTranslations("admin.issues");
    return failure("invalid", formData, Object.fromEntries(Object.entries(outcome.fieldErrors).map(([path, keys]) => [path, keys.map((key) => issues(key))])));
  }
  const [t, format] = await Promise.all([getTranslations("admin.lexicon"), getFormatter()]);
  return failure(
    "conflict",
    formData,
    {},
    t("conflict", {
      version: outcome.version,
      by: outcome.by ?? t("someone"),
      at: outcome.at ? format.dateTime(outcome.at, { dateStyle: "short", timeStyle: "short" }) : "—",
    }),
  );
}

/** Saves an editor's version of one (concept, lang), or (intent=create) a new word concept's first language. */
export const saveLexiconPairAction = adminAction(
  lexiconPairFormSchema,
  "editor",
  async (input, { actor, ip }, formData): Promise<LexiconActionState> => {
    const outcome = await changeLexiconPair({
      kind: input.intent,
      concept: input.concept,
      lang: input.lang,
      baseVersion: input.baseVersion,
      terms: input.terms,
      codes: input.codes,
      actorId: actor.id,
      ip,
    });
    if (!outcome.ok) return refusal(outcome, formData);
    const t = await getTranslations("admin.lexicon");
    if (outcome.changed) await revalidatePages(lexiconRevalidations(isGroupConcept(input.concept)));
    return {
      status: "ok",
      version: outcome.version,
      editPath: editPathOf(input.concept, input.lang),
      message: outcome.changed ? t("saved", { version: outcome.version }) : t("unchanged"),
    };
  },
  { input: readPairForm },
);

/** Returns one (concept, lang) to the seed's version: the editor's rows go, the seed file's rows of the pair come back. */
export const revertLexiconPairAction = adminAction(lexiconRevertSchema, "editor", async (input, { actor, ip }, formData): Promise<LexiconActionState> => {
  const outcome = await changeLexiconPair({ kind: "revert", concept: input.concept, lang: input.lang, baseVersion: input.baseVersion, actorId: actor.id, ip });
  if (!outcome.ok) return refusal(outcome, formData);
  await revalidatePages(lexiconRevalidations(isGroupConcept(input.concept)));
  const t = await getTranslations("admin.lexicon");
  return { status: "ok", version: outcome.version, editPath: editPathOf(input.concept, input.lang), message: t("reverted", { version: outcome.version }) };
});
