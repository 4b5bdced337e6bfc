/**
 * /match and transitions for a described profile (351402, the seed document's tasks Z1–Z5), on a
 * temp SQLite file: requirements grouped by task, a profile item picked by id, the same item in a
 * second occupation counted as shared. (The reference-data runs are in match.test.ts.)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openSqlite } from "@/lib/db/sqlite";
import { loadReferenceData } from "@/lib/seed/load-reference";
import { PROFILE_351402, createProfile351402 } from "@/tests/factories/profile";

type SkillsModule = typeof import("@/lib/data/skills");
type DbModule = typeof import("@/lib/db");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-match-"));
const file = path.join(dir, "test.db");
let skills: SkillsModule;
let db: DbModule["db"];

beforeAll(async () => {
  const raw = openSqlite(file);
  applyMigrations(raw, readMigrations(path.resolve("prisma/migrations")));
  loadReferenceData(raw, path.resolve("seeds/data"));
  raw.close();
  process.env.DATABASE_URL = `file:${file}`;
  ({ db } = await import("@/lib/db"));
  skills = await import("@/lib/data/skills");
  await createProfile351402(db);
});

afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a described profile", () => {
  it("matches a picked profile item and groups covered and missing items by task Z1–Z5", async () => {
    const first = await db.taskItem.findFirstOrThrow({ where: { task: { code: "Z1", profile: { occupationCode: "351402" } } }, orderBy: { position: "asc" } });
    const result = await skills.matchSkills([{ kind: "profile-item", id: String(first.id) }], 1);
    expect(result.skills).toEqual([{ kind: "profile-item", id: String(first.id), label: first.text }]);
    const profile = result.occupations.find((o) => o.code === "351402")!;
    expect(profile.basis).toBe("profile");
    expect(profile.groups.map((g) => g.ref)).toEqual(["Z1", "Z2", "Z3", "Z4", "Z5"]);
    expect(profile.groups.map((g) => g.title)).toEqual(PROFILE_351402.tasks.map((t) => t.title));
    expect(profile.groups[0]!.covered.map((c) => c.text)).toContain(first.text);
    const itemCount = PROFILE_351402.tasks.reduce((n, t) => n + new Set(t.knowledge).size + new Set(t.skills).size, 0);
    expect(profile.total).toBeLessThanOrEqual(itemCount);
    expect(profile.groups.flatMap((g) => [...g.covered, ...g.missing])).toHaveLength(profile.total);
  });

  it("offers the profile's items in the typeahead", async () => {
    const { options } = await skills.findSkillOptions("serwer", 20);
    expect(options.some((o) => o.kind === "profile-item")).toBe(true);
  });

  it("gives transitions with the profile's own requirements", async () => {
    const transitions = (await skills.getTransitions("351402", 5))!;
    expect(transitions.basis).toBe("profile");
    expect(transitions.ownCount).toBeGreaterThan(20);
    for (const item of transitions.items) expect(item.covered).toBeGreaterThanOrEqual(2);
  });
});
