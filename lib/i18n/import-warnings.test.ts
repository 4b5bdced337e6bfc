import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { routing } from "./routing";
import { IMPORT_WARNING_CODES, warning } from "@/lib/import/warnings";

type Messages = { admin: { importWarning: Record<string, string> } };
const messagesOf = (locale: string) => JSON.parse(fs.readFileSync(path.resolve("lib/i18n/messages", locale, "admin.json"), "utf8")) as Messages;

/** The names a message fills in ({task}, {count, plural, …}), not the texts of a plural's branches ({it}). */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?=[,}])/gu)].map((m) => m[1]))].sort();

describe("import warnings", () => {
  it("carry their code, their values and the English sentence", () => {
    expect(warning("missingSkills", { task: "Z3" })).toEqual({ code: "missingSkills", params: { task: "Z3" }, message: "missing skills for Z3" });
    expect(warning("noTasks")).toEqual({ code: "noTasks", params: {}, message: "no tasks (Z1, Z2, …) found" });
    expect(warning("dutiesOutOfSequence", { expected: "5, 7", more: 2 }).message).toBe("duty numbers out of sequence: expected 5, 7 and 2 more");
  });

  const english = messagesOf("en").admin.importWarning;

  it.each(routing.locales)("have a message for every code in %s, filled from the same values", (locale) => {
    const messages = messagesOf(locale).admin.importWarning;
    expect(Object.keys(messages).sort()).toEqual([...IMPORT_WARNING_CODES].sort());
    const t = createTranslator({ locale, messages: messagesOf(locale), namespace: "admin.importWarning" });
    for (const code of IMPORT_WARNING_CODES) {
      const names = placeholders(english[code] ?? "");
      expect(placeholders(messages[code] ?? ""), `${locale} ${code}`).toEqual(names);
      const text = t(code, Object.fromEntries(names.map((n) => [n, 2])));
      expect(text, `${locale} ${code}`).not.toMatch(/[{}]/u);
    }
  });

  it("say a real warning in Polish with its values", () => {
    const t = createTranslator({ locale: "pl", messages: messagesOf("pl"), namespace: "admin.importWarning" });
    const w = warning("taskBlocksMissing", { tasks: "Z5–Z7", count: 3 });
    expect(t(w.code, w.params)).toBe("Przegląd wymienia Z5–Z7, ale w tekście brak bloków tych zadań.");
  });
});
