"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useCombobox } from "@/components/ui/use-combobox";
import { useRouter } from "next/navigation";
import { localePath } from "@/lib/i18n/paths";
import type { Suggestion } from "@/lib/validation/search";
import { readSuggestions } from "./suggest-response";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

function suggestionHref(s: Suggestion): string {
  return s.positionId !== null ? `/positions/${s.positionId}` : `/occupations/${s.code}`;
}

/**
 * The search field with suggestions as you type: the WAI-ARIA 1.2 combobox pattern (an editable
 * combobox with a listbox popup, list autocomplete, manual selection). Arrow keys move through the
 * suggestions, Enter opens the one selected (or submits the query), Escape closes the list and then
 * clears the field. It is a plain GET form underneath, so it works without JavaScript.
 */
export function SearchBox({ locale, defaultValue = "" }: { locale: string; defaultValue?: string }) {
  const t = useTranslations("suggest");
  const ts = useTranslations("search");
  const router = useRouter();
  const id = useId();
  const inputId = `${id}q`;
  const listId = `${id}list`;
  const optionId = (i: number) => `${id}option${i}`;

  const { items, isOpen, active, setActive, announcement, choose, inputProps } = useCombobox<Suggestion>({
    initialValue: defaultValue,
    url: (query) => `/api/v1/suggest?q=${encodeURIComponent(query)}`,
    read: readSuggestions,
    announce: (count) => t("count", { count }),
    onChoose: (s) => router.push(localePath(locale, suggestionHref(s))),
  });

  const activeId = isOpen && active >= 0 ? optionId(active) : undefined;
  return (
    <form role="search" action={localePath(locale, "/search")} method="get" className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor={inputId} className="sr-only">
        {ts("label")}
      </label>
      <div className="relative w-full">
        <Input
          variant="search"
          id={inputId}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={isOpen}
          aria-controls={listId}
          aria-activedescendant={activeId}
          autoComplete="off"
          spellCheck={false}
          placeholder={ts("placeholder")}
          {...inputProps}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("listLabel")}
          hidden={!isOpen}
          className="absolute left-0 right-0 top-full z-20 mt-1 max-h-96 overflow-auto rounded border border-slate-300 bg-white py-1 shadow-lg"
        >
          {items.map((s, i) => (
            <li
              key={`${s.positionId ?? s.code}-${s.label}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // mousedown would blur the input and close the list before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(s)}
              onMouseMove={() => i !== active && setActive(i)}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-700 text-white" : "text-slate-900"}`}
            >
              <span className="flex items-baseline gap-2">
                {s.code ? <span className={`font-mono text-sm ${i === active ? "text-white" : "text-slate-600"}`}>{s.code}</span> : null}
                <span>{s.label}</span>
              </span>
              {s.label !== s.name ? (
                <span className={`block text-sm ${i === active ? "text-white" : "text-slate-600"}`}>{t("titleOf", { name: s.name })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      <Button variant="primary" type="submit">
        {ts("submit")}
      </Button>
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </form>
  );
}
