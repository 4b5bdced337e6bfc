"use client";

import { useTranslations } from "next-intl";
import { moveItem, removeItem, replaceItem } from "@/lib/editor/list-ops";
import type { PositionSnapshot } from "@/lib/validation/editor";
import { FieldError } from "./field-error";
import { ItemControls } from "./item-controls";
import { TextField } from "./text-field";
import { TextListField } from "./text-list-field";
import { Button } from "@/components/ui/button";

export type Suggestion = { code: string; name: string; score: number };

type Props = {
  value: PositionSnapshot;
  onChange: (next: PositionSnapshot) => void;
  errors: Record<string, string[]>;
  suggestions: readonly Suggestion[];
  lang: string;
};

/** Every part of a job description or set of qualification requirements, in the document's language. */
export function PositionFields({ value, onChange, errors, suggestions, lang }: Props) {
  const t = useTranslations("editor.position");
  const set = (patch: Partial<PositionSnapshot>) => onChange({ ...value, ...patch });
  const setSection = (i: number, patch: Partial<PositionSnapshot["sections"][number]>) =>
    set({ sections: replaceItem(value.sections, i, { ...value.sections[i]!, ...patch }) });
  const setRequirement = (i: number, patch: Partial<PositionSnapshot["requirements"][number]>) =>
    set({ requirements: replaceItem(value.requirements, i, { ...value.requirements[i]!, ...patch }) });

  return (
    <div className="space-y-8">
      <section aria-labelledby="ed-main" className="space-y-3">
        <h2 id="ed-main" className="text-xl font-semibold">
          {t("main")}
        </h2>
        <TextField label={t("title")} path="data.title" value={value.title} onChange={(title) => set({ title })} errors={errors} lang={lang} />
        <TextField label={t("employer")} path="data.employer" value={value.employer ?? ""} onChange={(v) => set({ employer: v })} errors={errors} lang={lang} />
        <TextField
          label={t("summary")}
          path="data.summary"
          value={value.summary ?? ""}
          onChange={(v) => set({ summary: v })}
          errors={errors}
          multiline
          lang={lang}
        />
      </section>

      <section aria-labelledby="ed-code" className="space-y-3">
        <h2 id="ed-code" className="text-xl font-semibold">
          {t("occupation")}
        </h2>
        <TextField
          label={t("occupationCode")}
          path="data.occupationCode"
          value={value.occupationCode ?? ""}
          onChange={(v) => set({ occupationCode: v.trim() })}
          errors={errors}
        />
        {suggestions.length > 0 ? (
          <div>
            <h3 className="font-medium">{t("suggestions")}</h3>
            <ul className="space-y-1">
              {suggestions.map((s) => (
                <li key={s.code} className="flex flex-wrap items-center gap-2">
                  <span className="font-mono">{s.code}</span> <span lang="pl">{s.name}</span>
                  <span className="text-sm text-slate-600">{t("score", { score: Math.round(s.score * 100) })}</span>
                  <Button variant="small" type="button" disabled={value.occupationCode === s.code} onClick={() => set({ occupationCode: s.code })}>
                    {value.occupationCode === s.code ? t("accepted") : t("accept", { code: s.code })}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="ed-sections" className="space-y-4">
        <h2 id="ed-sections" className="text-xl font-semibold">
          {t("sections")}
        </h2>
        <ol className="space-y-4">
          {value.sections.map((section, i) => (
            <li key={i} className="space-y-2 rounded border border-slate-300 p-3">
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-semibold" lang={lang}>
                  {section.heading || t("section", { n: i + 1 })}
                </h3>
                <ItemControls
                  index={i}
                  count={value.sections.length}
                  label={t("section", { n: i + 1 })}
                  onMove={(to) => set({ sections: moveItem(value.sections, i, to) })}
                  onRemove={() => set({ sections: removeItem(value.sections, i) })}
                />
              </div>
              <TextField
                label={t("heading", { n: i + 1 })}
                path={`data.sections.${i}.heading`}
                value={section.heading}
                onChange={(heading) => setSection(i, { heading })}
                errors={errors}
                lang={lang}
              />
              <TextField
                label={t("text", { n: i + 1 })}
                path={`data.sections.${i}.text`}
                value={section.text}
                onChange={(text) => setSection(i, { text })}
                errors={errors}
                multiline
                lang={lang}
              />
              <TextListField
                legend={t("items", { n: i + 1 })}
                itemLabel={(n) => t("item", { section: i + 1, n })}
                path={`data.sections.${i}.items`}
                items={section.items}
                onChange={(items) => setSection(i, { items })}
                errors={errors}
                lang={lang}
              />
            </li>
          ))}
        </ol>
        <Button type="button" onClick={() => set({ sections: [...value.sections, { heading: "", text: "", items: [] }] })}>
          {t("addSection")}
        </Button>
      </section>

      <section aria-labelledby="ed-duties" className="space-y-2">
        <h2 id="ed-duties" className="text-xl font-semibold">
          {t("duties")}
        </h2>
        <TextListField
          legend={t("duties")}
          itemLabel={(n) => t("duty", { n })}
          path="data.duties"
          items={value.duties}
          onChange={(duties) => set({ duties })}
          errors={errors}
          lang={lang}
        />
      </section>

      <section aria-labelledby="ed-requirements" className="space-y-2">
        <h2 id="ed-requirements" className="text-xl font-semibold">
          {t("requirements")}
        </h2>
        <ol className="space-y-3">
          {value.requirements.map((r, i) => (
            <li key={i} className="space-y-1 rounded border border-slate-300 p-3">
              <div className="flex justify-end">
                <ItemControls
                  index={i}
                  count={value.requirements.length}
                  label={t("requirement", { n: i + 1 })}
                  onMove={(to) => set({ requirements: moveItem(value.requirements, i, to) })}
                  onRemove={() => set({ requirements: removeItem(value.requirements, i) })}
                />
              </div>
              <TextField
                label={t("requirementLabel", { n: i + 1 })}
                path={`data.requirements.${i}.label`}
                value={r.label}
                onChange={(label) => setRequirement(i, { label })}
                errors={errors}
                lang={lang}
              />
              <TextField
                label={t("requirementValue", { n: i + 1 })}
                path={`data.requirements.${i}.value`}
                value={r.value}
                onChange={(v) => setRequirement(i, { value: v })}
                errors={errors}
                lang={lang}
              />
            </li>
          ))}
        </ol>
        <FieldError path="data.requirements" errors={errors} />
        <Button type="button" onClick={() => set({ requirements: [...value.requirements, { label: "", value: "" }] })}>
          {t("addRequirement")}
        </Button>
      </section>
    </div>
  );
}
