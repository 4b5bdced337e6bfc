import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COVERED_OCCUPATIONS_KEYS, REQUIREMENT_DETAILS_KEYS } from "@/components/match/requirement-groups";
import { SKILL_PICKER_KEYS } from "@/components/match/skill-picker-keys";

/**
 * /match and the career transitions give their client components only some "match" messages
 * (ClientMessages' `pick`). A key missing from a list shows as "match.key" in the browser, not
 * as an error at build time: so every key a client component of these lists translates literally,
 * `t("key")` or `t.rich("key")`, must be in its list, and each listed key must exist.
 */
function literalKeys(file: string): string[] {
  const source = fs.readFileSync(path.resolve("components/match", file), "utf8");
  return [...source.matchAll(/\bt(?:\.rich)?\("([A-Za-z]+)"/g)].map((m) => m[1]!);
}

const matchMessages = JSON.parse(fs.readFileSync(path.resolve("lib/i18n/messages/pl/match.json"), "utf8")) as { match: Record<string, unknown> };

describe("the match messages given to client components", () => {
  it.each([
    ["skill-picker.tsx", SKILL_PICKER_KEYS],
    ["requirement-details.tsx", REQUIREMENT_DETAILS_KEYS],
    ["covered-occupations.tsx", COVERED_OCCUPATIONS_KEYS],
  ] as const)("%s translates only keys of its list", (file, keys) => {
    const used = literalKeys(file);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((k) => !(keys as readonly string[]).includes(k))).toEqual([]);
  });

  it("the result list's keys hold its disclosures' keys, and the labels it passes by name", () => {
    expect(COVERED_OCCUPATIONS_KEYS).toEqual(
      expect.arrayContaining([...REQUIREMENT_DETAILS_KEYS, "coverage", "sharedOf", "covered", "missing", "shared", "toLearn"]),
    );
  });

  it("every listed key is a message of the namespace", () => {
    const all = [...SKILL_PICKER_KEYS, ...COVERED_OCCUPATIONS_KEYS];
    expect(all.filter((k) => !(k in matchMessages.match))).toEqual([]);
  });
});
