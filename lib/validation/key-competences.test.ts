import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { KEY_COMPETENCE_IDS, KEY_COMPETENCES, keyCompetenceId } from "./key-competences";

describe("keyCompetenceId", () => {
  it("names each of the nine by its Polish name, in order", () => {
    expect(KEY_COMPETENCES.map(keyCompetenceId)).toEqual([...KEY_COMPETENCE_IDS]);
    expect(keyCompetenceId(" Komunikacja ustna ")).toBe("speaking");
  });

  it("gives no id to a name that is not one of the nine", () => {
    expect(keyCompetenceId("Znajomość języków obcych")).toBeNull();
  });

  // The Polish messages are the source's own names: a page in Polish shows what the document says.
  it.each(routing.locales)("has a name for each of the nine in %s (Polish: the source's wording)", (locale) => {
    const file = path.resolve("lib/i18n/messages", locale, "keyCompetence.json");
    const names = (JSON.parse(fs.readFileSync(file, "utf8")) as { keyCompetence: Record<string, string> }).keyCompetence;
    expect(Object.keys(names)).toEqual([...KEY_COMPETENCE_IDS]);
    if (locale === "pl") expect(Object.values(names)).toEqual([...KEY_COMPETENCES]);
    else expect(Object.values(names).filter((n) => (KEY_COMPETENCES as readonly string[]).includes(n))).toEqual([]);
  });
});
