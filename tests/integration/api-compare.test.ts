import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comparisonSchema, type Comparison } from "@/lib/validation/compare";
import { apiErrorSchema } from "@/lib/validation/occupation";
import { PROFILE_243108, createProfile243108 } from "@/tests/factories/compare";
import { createKazakhRequirements, createKrobiaJobDescription, createProfile351402 } from "@/tests/factories/profile";
import { createOpenApiValidator } from "@/tests/setup/openapi-validator";
import { createReferenceDb } from "@/tests/setup/test-db";

// lib/db reads DATABASE_URL when first imported: the temp database is filled before the route is.
type RouteModule = typeof import("@/app/api/v1/compare/route");
type DbModule = typeof import("@/lib/db");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-compare-"));
const file = path.join(dir, "compare.db");
let route: RouteModule;
let db: DbModule["db"];
let krobia: string;
let kazakh: string;
const openapi = createOpenApiValidator();

beforeAll(async () => {
  createReferenceDb(file).db.close();
  process.env.DATABASE_URL = `file:${file}`;
  ({ db } = await import("@/lib/db"));
  route = await import("@/app/api/v1/compare/route");
  await createProfile351402(db, { keyLevels: [4, 2, 3, null, 3, 1, 3, 3, 4] });
  await createProfile243108(db);
  krobia = `p${(await createKrobiaJobDescription(db)).positionId}`;
  kazakh = `p${(await createKazakhRequirements(db)).positionId}`;
});

afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function compare(codes: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await route.GET(new Request(`http://test/api/v1/compare?codes=${encodeURIComponent(codes)}`));
  return { status: res.status, body: await res.json(), headers: res.headers };
}

async function comparison(codes: string): Promise<Comparison> {
  const { status, body } = await compare(codes);
  expect(status).toBe(200);
  expect(openapi.validate("/api/v1/compare", 200, body)).toEqual([]);
  return comparisonSchema.parse(body);
}

const section = (c: Comparison, id: string) => c.sections.find((s) => s.id === id)!;

describe("GET /api/v1/compare: two described profiles", () => {
  let c: Comparison;
  beforeAll(async () => {
    c = await comparison("351402,243108");
  });

  it("describes both entries as profiles, in the order asked", () => {
    expect(c.entries.map((e) => [e.id, e.kind, e.taskSource])).toEqual([
      ["351402", "profile", "profile"],
      ["243108", "profile", "profile"],
    ]);
  });

  it("marks knowledge shared after normalisation (case, punctuation, glossary numbers) and counts the overlap", () => {
    const knowledge = section(c, "knowledge");
    const shared = knowledge.rows.filter((r) => r.sharedBy === 2);
    expect(shared.map((r) => r.cells.map((cell) => cell?.items[0]?.text))).toEqual([
      ["Rozwiązania antywirusowe", "rozwiązania antywirusowe;"],
      ["Znaczenie zasad poufności", "Znaczenie zasad poufności."],
    ]);
    // 351402 has 19 distinct knowledge items, 243108 three: 20 distinct together, 2 shared.
    expect(knowledge.counts).toEqual([19, 3]);
    expect(knowledge.overlap).toMatchObject({ entriesWithData: 2, total: 20, shared: 2, sharedByAll: 2 });
    expect(knowledge.overlap.jaccard).toBeCloseTo(2 / 20);
    expect(shared[0]!.cells[0]!.items[0]!.ref).toBe("Z4");
  });

  it("lists shared rows before the items unique to each column", () => {
    const rows = section(c, "skills").rows;
    const firstUnique = rows.findIndex((r) => r.sharedBy === 1);
    expect(rows.slice(0, firstUnique).every((r) => r.sharedBy === 2)).toBe(true);
    expect(rows.slice(firstUnique).every((r) => r.sharedBy === 1)).toBe(true);
    expect(section(c, "social").overlap.shared).toBe(1);
  });

  it("lines up key-competence levels and keeps unknown levels null, never 0", () => {
    expect(c.keyCompetences.hasData).toEqual([true, true]);
    const motor = c.keyCompetences.rows.find((r) => r.name === "Sprawność motoryczna")!;
    expect(motor.levels).toEqual([null, 0]);
    const planning = c.keyCompetences.rows.find((r) => r.name === "Planowanie i organizowanie pracy")!;
    expect(planning.levels).toEqual([3, null]);
    expect(c.keyCompetences.rows).toHaveLength(PROFILE_243108.keyLevels.length);
  });

  it("has no data (not zero) where neither entry has the section", () => {
    expect(section(c, "requirements")).toMatchObject({ counts: [null, null], rows: [], overlap: { entriesWithData: 0, jaccard: null } });
  });
});

describe("GET /api/v1/compare: ESCO skills by identity", () => {
  it("shares exactly the ESCO skills both occupations are linked to", async () => {
    const c = await comparison("252201,351203");
    const esco = section(c, "esco");
    const common = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS n FROM OccupationEscoSkill a JOIN OccupationEscoSkill b ON a.skillId = b.skillId
      WHERE a.occupationCode = '252201' AND b.occupationCode = '351203'`;
    expect(esco.overlap.shared).toBe(Number(common[0]!.n));
    expect(esco.overlap.shared).toBeGreaterThan(0);
    expect(esco.rows.filter((r) => r.sharedBy === 2).every((r) => r.key.startsWith("esco:"))).toBe(true);
    // Classification entries without a profile: tasks of the unit group, no knowledge items.
    expect(c.entries.map((e) => [e.kind, e.taskSource, e.unitGroup?.code])).toEqual([
      ["occupation", "unit-group", "2522"],
      ["occupation", "unit-group", "3512"],
    ]);
    expect(section(c, "knowledge").counts).toEqual([null, null]);
  });
});

describe("GET /api/v1/compare: positions", () => {
  it("compares a profile with a job description and Kazakh requirements, each in its language", async () => {
    const c = await comparison(`351402,${krobia},${kazakh}`);
    expect(c.entries.map((e) => [e.kind, e.positionKind, e.language])).toEqual([
      ["profile", null, "pl"],
      ["position", "job-description", "pl"],
      ["position", "qualification-requirements", "kk"],
    ]);
    const requirements = section(c, "requirements");
    expect(requirements.counts[0]).toBeNull();
    expect(requirements.rows.flatMap((r) => r.cells[2]?.items.map((i) => i.text) ?? [])).toContain("Білімі: жоғары техникалық");
    expect(requirements.rows.flatMap((r) => r.cells[1]?.items.map((i) => i.text) ?? [])).toContain("ustawa o samorządzie gminnym");
    expect(section(c, "tasks").rows.find((r) => r.cells[2])!.cells[2]!.items[0]!.lang).toBe("kk");
    expect(c.keyCompetences.hasData).toEqual([true, false, false]);
  });

  it("accepts the ids in any case and with spaces, once each", async () => {
    const c = await comparison(` 351402 , ${krobia.toUpperCase()}, 351402`);
    expect(c.entries.map((e) => e.id)).toEqual(["351402", krobia]);
  });
});

describe("GET /api/v1/compare: errors", () => {
  it.each([["351402"], [""], ["351402,243108,3514,2431,1"], ["351402,abc"], ["351402,p0"], ["351402,12345"]])("answers 400 for codes=%s", async (codes) => {
    const { status, body } = await compare(codes);
    expect(status).toBe(400);
    expect(apiErrorSchema.parse(body).error.code).toBe("invalid_query");
    expect(openapi.validate("/api/v1/compare", 400, body)).toEqual([]);
  });

  it("answers 404 naming the entries that do not exist", async () => {
    const { status, body } = await compare("351402,999999,p99999");
    expect(status).toBe(404);
    expect(apiErrorSchema.parse(body).error.message).toBe("Not found: 999999, p99999");
  });
});
