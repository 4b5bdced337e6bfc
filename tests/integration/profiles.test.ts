import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openSqlite } from "@/lib/db/sqlite";
import { loadReferenceData } from "@/lib/seed/load-reference";
import {
  occupationPositionsSchema,
  positionDetailSchema,
  profileDetailSchema,
  type OccupationPositions,
  type PositionDetail,
  type ProfileDetail,
} from "@/lib/validation/profile";
import {
  FACTORY_IMPORTED_AT,
  KAZAKH_REQUIREMENTS,
  KROBIA_JOB_DESCRIPTION,
  PROFILE_351402,
  createKazakhRequirements,
  createKrobiaJobDescription,
  createProfile351402,
} from "@/tests/factories/profile";
import { KEY_COMPETENCES } from "@/lib/validation/key-competences";

// lib/db reads DATABASE_URL when it is first imported, so the modules that use it are imported
// only after the temp database is pointed at and filled.
type ProfilesModule = typeof import("@/lib/data/profiles");
type DbModule = typeof import("@/lib/db");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-profiles-"));
const file = path.join(dir, "test.db");
let profiles: ProfilesModule;
let db: DbModule["db"];
let krobiaId: number;
let kazakhId: number;

beforeAll(async () => {
  const raw = openSqlite(file);
  applyMigrations(raw, readMigrations(path.resolve("prisma/migrations")));
  loadReferenceData(raw, path.resolve("seeds/data"));
  raw.close();
  process.env.DATABASE_URL = `file:${file}`;
  ({ db } = await import("@/lib/db"));
  profiles = await import("@/lib/data/profiles");
  await createProfile351402(db);
  krobiaId = (await createKrobiaJobDescription(db)).positionId;
  kazakhId = (await createKazakhRequirements(db)).positionId;
});

afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("getProfileByCode", () => {
  let profile: ProfileDetail;
  beforeAll(async () => {
    const found = await profiles.getProfileByCode("351402");
    if (!found) throw new Error("profile 351402 not found");
    profile = found;
  });

  it("returns the profile in the shared zod shape", () => {
    expect(profileDetailSchema.parse(profile)).toEqual(profile);
    expect(profile.occupationCode).toBe("351402");
    expect(profile.title).toBe(PROFILE_351402.title);
  });

  it("gives tasks Z1–Z5 in order, each with its knowledge and skill items in source order", () => {
    expect(profile.tasks.map((t) => t.code)).toEqual(["Z1", "Z2", "Z3", "Z4", "Z5"]);
    for (const [i, task] of profile.tasks.entries()) {
      const expected = PROFILE_351402.tasks[i]!;
      expect(task.title).toBe(expected.title);
      expect(task.knowledge).toEqual(expected.knowledge);
      expect(task.skills).toEqual(expected.skills);
    }
    expect(profile.tasks[3]!.knowledge).toHaveLength(6);
    expect(profile.tasks[3]!.skills).toHaveLength(5);
  });

  it("gives competence Kz1 with the codes of the tasks it groups", () => {
    expect(profile.competences).toEqual([{ code: "Kz1", title: "Administrowanie systemami poczty elektronicznej", taskCodes: ["Z1", "Z2", "Z3", "Z4", "Z5"] }]);
  });

  it("gives the six social competences in order", () => {
    expect(profile.socialCompetences).toEqual(PROFILE_351402.socialCompetences);
  });

  it("keeps unknown key-competence levels as null, never 0", () => {
    expect(profile.keyCompetences.map((k) => k.name)).toEqual([...KEY_COMPETENCES]);
    expect(profile.keyCompetences.every((k) => k.level === null)).toBe(true);
  });

  it("names its source document, kind, part and import time", () => {
    expect(profile.sources).toEqual([
      { fileName: PROFILE_351402.fileName, kind: "occupation-profile", language: "pl", part: "tasks", importedAt: FACTORY_IMPORTED_AT },
    ]);
    expect(profile.synthesis).toBeNull();
    expect(profile.workDescription).toBeNull();
  });

  it("returns null for an occupation without a described profile and for an unknown code", async () => {
    expect(await profiles.getProfileByCode("243108")).toBeNull();
    expect(await profiles.getProfileByCode("999999")).toBeNull();
    expect(await profiles.getProfileByCode("")).toBeNull();
  });
});

describe("getPositionById", () => {
  it("returns a job description with its sections, duties, employer and suggestions ranked", async () => {
    const position = (await profiles.getPositionById(krobiaId)) as PositionDetail;
    expect(positionDetailSchema.parse(position)).toEqual(position);
    expect(position).toMatchObject({
      kind: "job-description",
      language: "pl",
      title: KROBIA_JOB_DESCRIPTION.title,
      employer: "Urząd Miejski w Krobi",
      occupation: null,
    });
    expect(position.sections.map((s) => s.heading)).toEqual(KROBIA_JOB_DESCRIPTION.sections.map((s) => s.heading));
    expect(position.sections.find((s) => s.heading.startsWith("Znajomość przepisów"))?.items).toHaveLength(4);
    expect(position.sections.find((s) => s.heading === "Zakres obowiązków – podstawowe")?.items).toHaveLength(20);
    expect(position.sections.find((s) => s.heading === "Lokalizacja w strukturze organizacyjnej")).toEqual({
      number: "2",
      field: "placement",
      heading: "Lokalizacja w strukturze organizacyjnej",
      text: "",
      items: [],
    });
    expect(position.duties).toEqual(KROBIA_JOB_DESCRIPTION.duties);
    expect(position.duties).toHaveLength(21);
    expect(position.suggestions).toEqual([
      { code: "252201", name: "Administrator systemów komputerowych", rank: 1, score: 0.42 },
      { code: "351203", name: "Technik informatyk", rank: 2, score: 0.37 },
      { code: "351402", name: "Administrator systemów poczty elektronicznej", rank: 3, score: 0.31 },
    ]);
    expect(position.source).toEqual({ fileName: KROBIA_JOB_DESCRIPTION.fileName, kind: "job-description", language: "pl", importedAt: FACTORY_IMPORTED_AT });
  });

  it("returns Kazakh qualification requirements with their requirements, 19 duties and assigned occupation", async () => {
    const position = (await profiles.getPositionById(kazakhId)) as PositionDetail;
    expect(positionDetailSchema.parse(position)).toEqual(position);
    expect(position).toMatchObject({ kind: "qualification-requirements", language: "kk", title: KAZAKH_REQUIREMENTS.title, employer: null });
    expect(position.occupation).toEqual({ code: "252201", name: "Administrator systemów komputerowych" });
    expect(position.requirements).toEqual(KAZAKH_REQUIREMENTS.requirements);
    expect(position.duties).toHaveLength(19);
    expect(position.duties[18]).toBe("Департаменттің қызметіне қатысты есептік құжаттаманы жүргізу");
    expect(position.sections).toEqual([]);
    expect(position.suggestions).toEqual([]);
  });

  it("returns null for an unknown id", async () => {
    expect(await profiles.getPositionById(987654)).toBeNull();
  });
});

describe("listPositionsForOccupation", () => {
  it("keeps assigned positions apart from those that only suggest the code", async () => {
    const assigned252201: OccupationPositions = await profiles.listPositionsForOccupation("252201");
    expect(occupationPositionsSchema.parse(assigned252201)).toEqual(assigned252201);
    // The Kazakh post is assigned to 252201; Krobia only suggests it.
    expect(assigned252201.assigned.map((p) => p.id)).toEqual([kazakhId]);
    expect(assigned252201.suggested.map((p) => ({ id: p.id, score: p.score, rank: p.rank }))).toEqual([{ id: krobiaId, score: 0.42, rank: 1 }]);

    const for351402 = await profiles.listPositionsForOccupation("351402");
    expect(for351402.assigned).toEqual([]);
    expect(for351402.suggested).toEqual([
      { id: krobiaId, kind: "job-description", language: "pl", title: KROBIA_JOB_DESCRIPTION.title, employer: "Urząd Miejski w Krobi", rank: 3, score: 0.31 },
    ]);
  });

  it("never lists a position as suggested for the code it is assigned to", async () => {
    const { positionId } = await createKazakhRequirements(db, {
      occupationCode: "351402",
      suggestions: [
        { code: "351402", score: 0.5 },
        { code: "351401", score: 0.2 },
      ],
      copyAs: "kk-it-manager-copy.txt",
    });
    const result = await profiles.listPositionsForOccupation("351402");
    expect(result.assigned.map((p) => p.id)).toEqual([positionId]);
    expect(result.suggested.map((p) => p.id)).toEqual([krobiaId]);
    const other = await profiles.listPositionsForOccupation("351401");
    expect(other.suggested.map((p) => p.id)).toEqual([positionId]);
  });

  it("returns empty lists for a code without positions", async () => {
    expect(await profiles.listPositionsForOccupation("011001")).toEqual({ assigned: [], suggested: [] });
  });
});
