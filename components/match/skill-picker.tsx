"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { getPathname, useRouter } from "@/lib/i18n/navigation";
import { selectKey } from "@/lib/i18n/select-key";
import { encodeSelectedSkill, type SelectedSkill } from "@/lib/match/selected-skill";
import type { SkillOption } from "@/lib/validation/match";
import { matchHref } from "./match-href";
import { readSkillOptions } from "./skill-options-response";

const MIN_CHARS = 2;
const DEBOUNCE_MS = 150;

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

  const [value, setValue] = useState("");
  const [items, setItems] = useState<SkillOption[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const hasFocus = useRef(false);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  function close() {
    setIsOpen(false);
    setActive(-1);
  }

  async function load(query: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const response = await fetch(`/api/v1/skills/options?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { accept: "application/json" } });
      if (!response.ok) return;
      const options = readSkillOptions(await response.json());
      if (!options || controller.signal.aborted) return;
      setItems(options);
      setActive(-1);
      setIsOpen(hasFocus.current && options.length > 0);
      setAnnouncement(t("optionsCount", { count: options.length }));
    } catch {
      // Aborted by the next keystroke, or offline: the plain form still works.
    }
  }

  function onChange(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    if (next.trim().length < MIN_CHARS) {
      inFlight.current?.abort();
      setItems([]);
      setAnnouncement("");
      close();
      return;
    }
    timer.current = setTimeout(() => void load(next.trim()), DEBOUNCE_MS);
  }

  function choose(option: SkillOption) {
    close();
    setValue("");
    setItems([]);
    const skill: SelectedSkill = { kind: option.kind, id: option.id, label: option.label };
    const key = encodeSelectedSkill(skill);
    const next = selected.some((s) => encodeSelectedSkill(s) === key) ? selected : [...selected, skill];
    router.push(matchHref(next));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = items.length;
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen) {
          setIsOpen(true);
          setActive(0);
        } else setActive((active + 1) % count);
        return;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen) setIsOpen(true);
        setActive(active <= 0 ? count - 1 : active - 1);
        return;
      case "Enter": {
        const chosen = isOpen && active >= 0 ? items[active] : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        return;
      }
      case "Escape":
        event.preventDefault();
        if (isOpen) close();
        else onChange("");
        return;
    }
  }

  const activeId = isOpen && active >= 0 ? optionId(active) : undefined;
  return (
    <form action={getPathname({ href: "/match", locale })} method="get" className="space-y-1">
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
            value={value}
            placeholder={t("placeholder")}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            onFocus={() => {
              hasFocus.current = true;
              if (items.length > 0 && value.trim().length >= MIN_CHARS) setIsOpen(true);
            }}
            onBlur={() => {
              hasFocus.current = false;
              close();
            }}
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
