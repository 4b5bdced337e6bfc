/**
 * Skill search ("who needs this?") through the app's data layer, so the same file runs on SQLite
 * (vitest.config.ts) and on PostgreSQL (vitest.pg.config.ts): the quality table, paging, where
 * each match is, and the HTTP contract of /api/v1/skills.
 */
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/skills/route";
import { findOccupationsBySkill } from "@/lib/data/skills";
import { skillSearchResultSchema } from "@/lib/validation/skills";
import { SKILL_QUALITY } from "../setup/skill-search-quality";

describe("skill search quality", () => {
  const ranks: string[] = [];
  afterAll(() => {
    console.info(`skill search quality (ranks of the expected occupations):\n${ranks.join("\n")}`);
  });

  it.each(SKILL_QUALITY)("$phrase → $expected in the top 5", async ({ phrase, expected }) => {
    const result = await findOccupationsBySkill(phrase, 5);
    const codes = result.occupations.map((o) => o.code);
    ranks.push(`${phrase.padEnd(32)} ${expected.map((c) => `${c}:${codes.indexOf(c) + 1 || "—"}`).join(" ")}`);
    expect(codes, `top 5: ${result.occupations.map((o) => `${o.code} ${o.name}`).join(" | ")}`).toEqual(expect.arrayContaining(expected));
  });
});

describe("findOccupationsBySkill", () => {
  it("pages through every occupation that matches, without repeats", async () => {
    const first = await findOccupationsBySkill("obsługa klienta", 30, 1);
    expect(first.totalOccupations).toBeGreaterThan(60);
    expect(first.totalPages).toBe(Math.ceil(first.totalOccupations / 30));
    const seen = new Set<string>();
    for (let page = 1; page <= first.totalPages; page++) {
      const result = await findOccupationsBySkill("obsługa klienta", 30, page);
      for (const o of result.occupations) {
        expect(seen.has(o.code)).toBe(false);
        seen.add(o.code);
      }
    }
    expect(seen.size).toBe(first.totalOccupations);
  });

  it("says where each occupation matches, and marks the matched words", async () => {
    const result = await findOccupationsBySkill("bazy danych", 5);
    const designer = result.occupations.find((o) => o.code === "252103")!;
    expect(designer.matchedIn).toContain("name");
    expect(designer.matchedIn).toContain("esco");
    const nameMatch = designer.matches.find((m) => m.kind === "name")!;
    expect(nameMatch.highlights.map(([s, e]) => nameMatch.text.slice(s, e))).toEqual(["baz", "danych"]);
    // A unit-group task says which group it belongs to.
    const withGroupTask = (await findOccupationsBySkill("strzyżenie włosów", 10)).occupations.flatMap((o) => o.matches).find((m) => m.kind === "group-task");
    expect(withGroupTask?.ref).toBe("5141");
  });
});

describe("GET /api/v1/skills", () => {
  const call = (query: string) => GET(new Request(`http://test/api/v1/skills${query}`));

  it("answers one page of the schema's shape", async () => {
    const res = await call("?q=spawanie&limit=5&page=2");
    expect(res.status).toBe(200);
    const body = skillSearchResultSchema.parse(await res.json());
    expect(body.page).toBe(2);
    expect(body.occupations.length).toBeLessThanOrEqual(5);
  });

  it("refuses a missing phrase or a bad page", async () => {
    expect((await call("")).status).toBe(400);
    expect((await call("?q=spawanie&page=0")).status).toBe(400);
  });
});
