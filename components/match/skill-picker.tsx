"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useCombobox } from "@/components/ui/use-combobox";
import { useRouter } from "next/navigation";
import { localePath } from "@/lib/i18n/paths";
import { selectKey } from "@/lib/i18n/select-key";
import { encodeSelectedSkill, type SelectedSkill } from "@/lib/match/selected-skill";
import type { SkillOption } from "@/lib/validation/match";
import { matchHref } from "./match-href";
import { readSkillOptions } from "./skill-options-response";

/**
 * Adds a skill to /match: the WAI-ARIA combobox pattern as the site's search box (arrow keys move
 * through the options, Enter picks the selected one, Escape closes the list, then clears). Enter
 * without a selected option submits the plain GET form, which adds the text in the person's own
 * words; the skills already picked travel as hidden `s` fields, so it works without JavaScript.
 */
export function SkillPicker({ locale, selected }: { locale: string; selected: SelectedSkill[] }) {
  const t = useTranslations("match");
  const router = useRouter();
  const id = useId();
  const inputId = `${id}skill`;
  const listId = `${id}list`;
  const hintId = `${id}hint`;
  const optionId = (i: number) => `${id}option${i}`;

  const { items, isOpen, active, setActive, announcement, choose, inputProps } = useCombobox<SkillOption>({
    url: (query) => `/api/v1/skills/options?q=${encodeURIComponent(query)}`,
    read: readSkillOptions,
    announce: (count) => t("optionsCount", { count }),
    clearOnChoose: true,
    onChoose: (option) => {
      const skill: SelectedSkill = { kind: option.kind, id: option.id, label: option.label };
      const key = encodeSelectedSkill(skill);
      const next = selected.some((s) => encodeSelectedSkill(s) === key) ? selected : [...selected, skill];
      router.push(localePath(locale, matchHref(next)));
    },
  });

  const activeId = isOpen && active >= 0 ? optionId(active) : undefined;
  return (
    <form action={localePath(locale, "/match")} method="get" className="space-y-1">
      {selected.map((s) => (
        <input key={encodeSelectedSkill(s)} type="hidden" name="s" value={encodeSelectedSkill(s)} />
      ))}
      <label htmlFor={inputId} className="block font-medium">
        {t("pickerLabel")}
      </label>
      <p id={hintId} className="text-sm text-slate-700">
        {t("pickerHint")}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <div className="relative w-full">
          <input
            id={inputId}
            name="add"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={isOpen}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            maxLength={120}
            placeholder={t("placeholder")}
            {...inputProps}
            className="w-full rounded border border-slate-400 px-3 py-2 text-base"
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t("listLabel")}
            hidden={!isOpen}
            className="absolute left-0 right-0 top-full z-20 mt-1 max-h-96 overflow-auto rounded border border-slate-300 bg-white py-1 shadow-lg"
          >
            {items.map((option, i) => (
              <li
                key={`${option.kind}-${option.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                // mousedown would blur the input and close the list before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(option)}
                onMouseMove={() => i !== active && setActive(i)}
                className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-700 text-white" : "text-slate-900"}`}
              >
                <span lang="pl">{option.label}</span>
                <span className={`block text-sm ${i === active ? "text-white" : "text-slate-600"}`}>
                  {t("kind", { kind: selectKey(option.kind) })} · {t("optionOccupations", { count: option.occupations })}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("add")}
        </button>
      </div>
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </form>
  );
}
