"use client";

import { useTranslations } from "next-intl";
import { removeItem, replaceItem } from "@/lib/editor/list-ops";
import type { EntryTitle, OccupationSnapshot } from "@/lib/validation/editor";
import type { OccupationLevel } from "@/lib/validation/occupation";
import { describedBy, FieldError } from "./field-error";
import { TextField } from "./text-field";
import { TextListField } from "./text-list-field";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";

/** The source (KZiS 2023, GUS, ESCO) values beside the form, so an editor sees what a correction replaces. */
export type OccupationSourceView = {
  level: OccupationLevel;
  source: {
    name: string;
    description: string | null;
    isVocational: boolean;
    groupTasks: string[];
    titles: { title: string; source: string; language: string }[];
  };
  needsReview: boolean;
};

type Props = { value: OccupationSnapshot; onChange: (next: OccupationSnapshot) => void; errors: Record<string, string[]>; context: OccupationSourceView };

const key = (t: { title: string; source: string; language: string }) => `${t.source}|${t.language}|${t.title}`;

/** A classification entry of any level: name, official description, flag or group tasks, other titles. Content is Polish. */
export function OccupationFields({ value, onChange, errors, context }: Props) {
  const t = useTranslations("editor.occupation");
  const set = (patch: Partial<OccupationSnapshot>) => onChange({ ...value, ...patch });
  const { source } = context;
  const isOccupation = context.level === "occupation";
  const present = new Set(value.altTitles.map(key));
  const removedSource = source.titles.filter((s) => !present.has(key(s)));
  const sourceLabel = (s: string) => t(`titleSource.${s === "gus" || s === "esco" || s === "kzis" ? s : "editor"}`);

  const removeTitle = (i: number) => {
    const removed = value.altTitles[i];
    set({ altTitles: removeItem(value.altTitles, i), preferredTitle: removed && removed.title === value.preferredTitle ? null : value.preferredTitle });
  };

  return (
    <div className="space-y-8">
      {context.needsReview ? (
        <p role="note" className="rounded border border-amber-500 bg-amber-50 p-2 text-sm">
          {t("needsReview")}
        </p>
      ) : null}
      <section aria-labelledby="ed-entry" className="space-y-3">
        <h2 id="ed-entry" className="text-xl font-semibold">
          {t("main")}
        </h2>
        <TextField label={t("name")} path="data.name" value={value.name} onChange={(name) => set({ name })} errors={errors} lang="pl" />
        {value.name !== source.name ? <SourceNote label={t("sourceValue")} text={source.name} /> : null}
        <TextField
          label={t("description")}
          path="data.description"
          value={value.description ?? ""}
          onChange={(description) => set({ description })}
          errors={errors}
          multiline
          lang="pl"
        />
        {(value.description ?? "") !== (source.description ?? "") ? (
          <SourceNote label={t("sourceValue")} text={source.description ?? t("sourceEmpty")} />
        ) : null}
        {isOccupation || value.isVocational !== source.isVocational ? (
          <div className="space-y-1">
            <label className="flex items-center gap-2 font-medium">
              <input
                type="checkbox"
                {...describedBy("data.isVocational", errors)}
                checked={value.isVocational}
                onChange={(e) => set({ isVocational: e.target.checked })}
              />
              {t("isVocational")}
            </label>
            {value.isVocational !== source.isVocational ? <SourceNote label={t("sourceValue")} text={source.isVocational ? t("yes") : t("no")} /> : null}
            <FieldError path="data.isVocational" errors={errors} />
          </div>
        ) : null}
      </section>

      {!isOccupation || value.groupTasks.length > 0 ? (
        <section aria-labelledby="ed-group-tasks" className="space-y-3">
          <h2 id="ed-group-tasks" className="text-xl font-semibold">
            {t("groupTasks")}
          </h2>
          <TextListField
            legend={t("groupTasks")}
            itemLabel={(n) => t("groupTask", { n })}
            path="data.groupTasks"
            items={value.groupTasks}
            onChange={(groupTasks) => set({ groupTasks })}
            errors={errors}
            lang="pl"
          />
        </section>
      ) : null}

      <section aria-labelledby="ed-titles" className="space-y-3">
        <h2 id="ed-titles" className="text-xl font-semibold">
          {t("altTitles")}
        </h2>
        <p className="text-sm text-slate-700">{t("altTitlesHelp")}</p>
        <FieldError path="data.preferredTitle" errors={errors} />
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("preferred")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="preferred-title" checked={value.preferredTitle === null} onChange={() => set({ preferredTitle: null })} />
            {t("noPreferred")}
          </label>
          <ul className="space-y-2">
            {value.altTitles.map((title, i) => {
              const label = t("altTitle", { n: i + 1 });
              return (
                <li key={`${title.source}-${i}`} className="space-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <input
                      type="radio"
                      name="preferred-title"
                      aria-label={t("markPreferred", { title: title.title || label })}
                      checked={value.preferredTitle !== null && value.preferredTitle === title.title}
                      disabled={title.title.trim() === ""}
                      onChange={() => set({ preferredTitle: title.title })}
                    />
                    {title.source === "editor" ? (
                      <input
                        {...describedBy(`data.altTitles.${i}.title`, errors)}
                        aria-label={label}
                        lang="pl"
                        value={title.title}
                        onChange={(e) =>
                          set({
                            altTitles: replaceItem(value.altTitles, i, { ...title, title: e.target.value }),
                            preferredTitle: value.preferredTitle === title.title ? e.target.value : value.preferredTitle,
                          })
                        }
                        className={inputClass("inline")}
                      />
                    ) : (
                      <span lang={title.language}>{title.title}</span>
                    )}
                    <span className="text-xs text-slate-700">
                      ({sourceLabel(title.source)}, {title.language})
                    </span>
                    <button
                      type="button"
                      className="rounded border border-slate-300 px-2 py-0.5 text-sm"
                      onClick={() => removeTitle(i)}
                      aria-label={t("removeTitle", { title: title.title || label })}
                    >
                      ✕
                    </button>
                  </div>
                  <FieldError path={`data.altTitles.${i}.title`} errors={errors} />
                  <FieldError path={`data.altTitles.${i}.source`} errors={errors} />
                </li>
              );
            })}
          </ul>
        </fieldset>
        <Button variant="small" type="button" onClick={() => set({ altTitles: [...value.altTitles, { title: "", language: "pl", source: "editor" }] })}>
          {t("addTitle")}
        </Button>
        {removedSource.length > 0 ? (
          <details>
            <summary className="cursor-pointer text-sm">{t("removedTitles", { count: removedSource.length })}</summary>
            <ul className="mt-2 space-y-1">
              {removedSource.map((s) => (
                <li key={key(s)} className="flex flex-wrap items-center gap-2 text-sm">
                  <span lang={s.language}>{s.title}</span>
                  <span className="text-xs text-slate-700">
                    ({sourceLabel(s.source)}, {s.language})
                  </span>
                  <button
                    type="button"
                    className="rounded border border-slate-300 px-2 py-0.5"
                    onClick={() => {
                      // Put it back in the source's order, before the editors' titles.
                      const restored = [...value.altTitles.filter((x) => x.source !== "editor"), s as EntryTitle];
                      const order = new Map(source.titles.map((x, i) => [key(x), i]));
                      restored.sort((a, b) => (order.get(key(a)) ?? 0) - (order.get(key(b)) ?? 0));
                      set({ altTitles: [...restored, ...value.altTitles.filter((x) => x.source === "editor")] });
                    }}
                  >
                    {t("restoreTitle", { title: s.title })}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </div>
  );
}

function SourceNote({ label, text }: { label: string; text: string }) {
  return (
    <p className="text-sm text-slate-700">
      {label}: <span lang="pl">{text}</span>
    </p>
  );
}
