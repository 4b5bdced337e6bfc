"use client";

import { useTranslations } from "next-intl";
import { moveItem, removeItem, replaceItem } from "@/lib/editor/list-ops";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import { describedBy, FieldError } from "./field-error";
import { ItemControls } from "./item-controls";
import { TextField } from "./text-field";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

type Props = { value: ProfileSnapshot; onChange: (next: ProfileSnapshot) => void; errors: Record<string, string[]> };
type Subsection = NonNullable<ProfileSnapshot["subsections"]>[number];
const LEVELS = [0, 1, 2] as const;
/** The page's sections a subsection may belong to (3 is the tasks, edited apart). */
const PAGE_SECTIONS = [1, 2, 4, 5, 6, 7] as const;

/**
 * Sections 1, 2 and 4–7 of the profile as the source has them: the summary, then each subsection (heading,
 * depth, the page's section it belongs to, text) in the source's order. The server validates them with the snapshot's schema (lib/validation/editor.ts).
 */
export function ProfileDescriptionFields({ value, onChange, errors }: Props) {
  const t = useTranslations("editor.profile");
  const subsections = value.subsections ?? [];
  const setSubsections = (next: Subsection[]) => onChange({ ...value, subsections: next });
  const setSubsection = (i: number, patch: Partial<Subsection>) => setSubsections(replaceItem(subsections, i, { ...subsections[i]!, ...patch }));

  return (
    <>
      <TextField
        label={t("summary")}
        path="data.summary"
        value={value.summary ?? ""}
        onChange={(summary) => onChange({ ...value, summary })}
        errors={errors}
        multiline
        lang="pl"
      />
      <fieldset className="space-y-3" data-testid="editor-subsections">
        <legend className="font-medium">{t("subsections")}</legend>
        <p className="text-sm text-slate-600">{t("subsectionsHelp")}</p>
        <FieldError path="data.subsections" errors={errors} />
        <ol className="space-y-4">
          {subsections.map((s, i) => {
            const levelPath = `data.subsections.${i}.level`;
            const levelAria = describedBy(levelPath, errors);
            const sectionPath = `data.subsections.${i}.section`;
            const sectionAria = describedBy(sectionPath, errors);
            return (
              <li key={i} className={s.level === 2 ? "ml-6 space-y-2 rounded border border-slate-300 p-3" : "space-y-2 rounded border border-slate-300 p-3"}>
                <div className="flex items-center justify-between gap-2">
                  <h3 className="font-semibold" lang="pl">
                    {s.heading || t("subsection", { n: i + 1 })}
                  </h3>
                  <ItemControls
                    index={i}
                    count={subsections.length}
                    label={t("subsection", { n: i + 1 })}
                    onMove={(to) => setSubsections(moveItem(subsections, i, to))}
                    onRemove={() => setSubsections(removeItem(subsections, i))}
                  />
                </div>
                <TextField
                  label={t("subsectionHeading", { n: i + 1 })}
                  path={`data.subsections.${i}.heading`}
                  value={s.heading}
                  onChange={(heading) => setSubsection(i, { heading })}
                  errors={errors}
                  lang="pl"
                />
                <div className="space-y-1">
                  <label htmlFor={levelAria.id} className="block font-medium">
                    {t("subsectionLevel", { n: i + 1 })}
                  </label>
                  <Select
                    {...levelAria}
                    value={String(s.level)}
                    onChange={(e) => setSubsection(i, { level: LEVELS.find((l) => String(l) === e.target.value) ?? 1 })}
                  >
                    <option value="0">{t("subsectionLevel0")}</option>
                    <option value="1">{t("subsectionLevel1")}</option>
                    <option value="2">{t("subsectionLevel2")}</option>
                  </Select>
                  <FieldError path={levelPath} errors={errors} />
                </div>
                <div className="space-y-1">
                  <label htmlFor={sectionAria.id} className="block font-medium">
                    {t("subsectionSection", { n: i + 1 })}
                  </label>
                  <Select
                    {...sectionAria}
                    value={String(s.section)}
                    onChange={(e) => setSubsection(i, { section: PAGE_SECTIONS.find((n) => String(n) === e.target.value) ?? 2 })}
                  >
                    {PAGE_SECTIONS.map((n) => (
                      <option key={n} value={n}>
                        {t("subsectionSectionOption", { n })}
                      </option>
                    ))}
                  </Select>
                  <FieldError path={sectionPath} errors={errors} />
                </div>
                <TextField
                  label={t("subsectionText", { n: i + 1 })}
                  path={`data.subsections.${i}.text`}
                  value={s.text}
                  onChange={(text) => setSubsection(i, { text })}
                  errors={errors}
                  multiline
                  lang="pl"
                />
              </li>
            );
          })}
        </ol>
        <Button
          variant="small"
          type="button"
          onClick={() => setSubsections([...subsections, { section: subsections.at(-1)?.section ?? 2, heading: "", level: 1, text: "" }])}
        >
          {t("addSubsection")}
        </Button>
      </fieldset>
    </>
  );
}

/**
 * The "source incomplete" flag an import set (Profile.incompleteAt): shown where the editor works,
 * with the one change an editor makes to it — clearing it once the profile is completed.
 */
export function IncompleteFlagField({ value, onChange }: Omit<Props, "errors">) {
  const t = useTranslations("editor.profile");
  if (!value.incompleteAt) return null;
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" role="note" data-testid="editor-source-incomplete">
      <p>{t("incomplete", { at: value.incompleteAt })}</p>
      <Button variant="small" type="button" onClick={() => onChange({ ...value, incompleteAt: null })}>
        {t("incompleteClear")}
      </Button>
    </div>
  );
}
