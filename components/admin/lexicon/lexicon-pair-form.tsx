"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveLexiconPairAction, type LexiconActionState } from "@/lib/actions/lexicon";
import type { PairTerm } from "@/lib/lexicon/edit";
import { useRouter } from "@/lib/i18n/navigation";
import { describedBy, FieldError } from "../editor/field-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Props = {
  /** edit: one existing (concept, lang) or a language the concept lacks; create: a new word concept. */
  mode: "edit" | "create";
  concept: string;
  lang: string;
  /** The languages and origins to choose from (from the server: this module must not import zod). */
  langs: readonly string[];
  origins: readonly string[];
  baseVersion: number;
  codes: string;
  terms: PairTerm[];
  isGroup: boolean;
};

/** Empty rows after the pair's terms, for new variants; an empty row is left out on save. */
const SPARE_ROWS = 3;
const IDLE: LexiconActionState = { status: "idle" };

/** The terms of one (concept, lang), one labelled row each (term and origin), the pair's codes, and the revision it is based on. */
export function LexiconPairForm({ mode, concept, lang, langs, origins, baseVersion, codes, terms, isGroup }: Props) {
  const t = useTranslations("admin.lexicon");
  const router = useRouter();
  const [state, action, pending] = useActionState(async (previous: LexiconActionState, formData: FormData) => {
    const next = await saveLexiconPairAction(previous, formData);
    // The page reads the saved pair again (its new revision becomes the form's base).
    if (next.status === "ok") {
      if (mode === "create") router.push(next.editPath);
      else router.refresh();
    }
    return next;
  }, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const typed = state.status === "error" ? state.input : null;
  const rows = typed
    ? Array.from({ length: Object.keys(typed).filter((k) => /^terms\.\d+\.term$/.test(k)).length }, (_, i) => ({
        term: typed[`terms.${i}.term`] ?? "",
        origin: typed[`terms.${i}.origin`] ?? "editorial",
      }))
    : [...terms, ...Array.from({ length: SPARE_ROWS }, () => ({ term: "", origin: "editorial" }))];
  // A new key re-applies the defaults: after an error (what was typed) and after a save (the new revision).
  const key = typed ? JSON.stringify(state) : `v${baseVersion}`;
  return (
    <form key={key} action={action} className="space-y-4" aria-describedby="lexicon-form-status">
      <input type="hidden" name="intent" value={mode === "create" ? "create" : "save"} />
      <input type="hidden" name="baseVersion" value={mode === "create" ? 0 : baseVersion} />
      {mode === "create" ? (
        <div className="flex flex-wrap gap-4">
          <div className="space-y-1">
            <label htmlFor={describedBy("concept", errors).id} className="block font-medium">
              {t("conceptLabel")}
            </label>
            <Input {...describedBy("concept", errors)} name="concept" defaultValue={typed?.concept ?? ""} required pattern="[a-z0-9]+(-[a-z0-9]+)*" />
            <FieldError path="concept" errors={errors} />
          </div>
          <div className="space-y-1">
            <label htmlFor={describedBy("lang", errors).id} className="block font-medium">
              {t("langLabel")}
            </label>
            <Select {...describedBy("lang", errors)} name="lang" defaultValue={typed?.lang ?? lang}>
              {langs.map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </Select>
            <FieldError path="lang" errors={errors} />
          </div>
        </div>
      ) : (
        <>
          <input type="hidden" name="concept" value={concept} />
          <input type="hidden" name="lang" value={lang} />
          <FieldError path="concept" errors={errors} />
        </>
      )}
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("termsLegend")}</legend>
        <p className="text-sm text-slate-700">{t("termsHelp")}</p>
        <ol className="space-y-2">
          {rows.map((row, i) => {
            const termPath = `terms.${i}.term`;
            const originPath = `terms.${i}.origin`;
            return (
              <li key={i} className="flex flex-wrap items-start gap-2">
                <div className="min-w-64 flex-1 space-y-1">
                  <label htmlFor={describedBy(termPath, errors).id} className="block text-sm font-medium">
                    {i === 0 ? t("preferredTerm") : t("variantTerm", { n: i + 1 })}
                  </label>
                  <Input {...describedBy(termPath, errors)} name={termPath} defaultValue={row.term} lang={lang} />
                  <FieldError path={termPath} errors={errors} />
                </div>
                <div className="space-y-1">
                  <label htmlFor={describedBy(originPath, errors).id} className="block text-sm font-medium">
                    {t("termOrigin", { n: i + 1 })}
                  </label>
                  <Select {...describedBy(originPath, errors)} name={originPath} defaultValue={row.origin}>
                    {origins.map((o) => (
                      <option key={o} value={o}>
                        {t(`origin.${o}`)}
                      </option>
                    ))}
                  </Select>
                  <FieldError path={originPath} errors={errors} />
                </div>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={describedBy("codes", errors).id} className="block font-medium">
          {t("codesLabel")}
        </label>
        <Input {...describedBy("codes", errors)} name="codes" defaultValue={typed?.codes ?? codes} inputMode="numeric" className="font-mono" />
        <p className="text-sm text-slate-700">{isGroup ? t("codesGroupHelp") : t("codesHelp")}</p>
        <FieldError path="codes" errors={errors} />
      </div>
      <p id="lexicon-form-status" role="status" aria-live="polite" className={state.status === "error" ? "text-red-700" : "text-green-800"}>
        {state.status === "idle" ? null : state.message}
      </p>
      <Button variant="primary" type="submit" disabled={pending}>
        {mode === "create" ? t("create") : t("save")}
      </Button>
    </form>
  );
}
