import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";

/**
 * The profile, position and print messages: every message formats in every UI language (ICU
 * select keys cannot contain hyphens, which a bad message only shows at runtime). That every key
 * exists in every language is checked for all namespaces in lib/i18n/namespaces.test.ts.
 */
const LOCALES = routing.locales;
const NAMESPACES = ["profile", "position", "print"] as const;
const VALUES = {
  first: "Z1",
  last: "Z5",
  date: "20 listopada 2026",
  part: "tasks",
  kind: "jobDescription",
  lang: "kk",
  score: "0,42",
  fileName: "plik.txt",
  code: "3514",
  groupName: "Technicy sieci internetowych",
  name: (chunks: ReactNode) => chunks,
  at: "Z4: “Ustawiać bezpieczne hasło”",
  n: 4,
  place: (chunks: ReactNode) => chunks,
};

function load(locale: string, namespace: string): Record<string, Record<string, string>> {
  const file = path.resolve("lib/i18n/messages", locale, `${namespace}.json`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, string>>;
}

describe.each(NAMESPACES)("%s messages", (namespace) => {
  const keys = Object.keys(load("pl", namespace)[namespace] ?? {}).sort();

  it.each(LOCALES)("every %s message formats without error", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: load(locale, namespace), namespace, onError: (e) => errors.push(e.message) });
    for (const key of keys) t.rich(key, VALUES);
    expect(errors).toEqual([]);
  });
});
