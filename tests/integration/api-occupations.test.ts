import { describe, expect, it } from "vitest";
import { GET as getRelated } from "@/app/api/v1/occupations/[code]/related/route";
import { GET as getOne } from "@/app/api/v1/occupations/[code]/route";
import { GET as list } from "@/app/api/v1/occupations/route";
import { apiErrorSchema, occupationDetailSchema, occupationListResponseSchema } from "@/lib/validation/occupation";
import { relatedEntriesSchema } from "@/lib/validation/related";

const call = (url: string) => list(new Request(`http://test${url}`));
const one = (code: string) => getOne(new Request(`http://test/api/v1/occupations/${code}`), { params: Promise.resolve({ code }) });

describe("GET /api/v1/occupations/{code}", () => {
  it("returns the entry with its parent chain and children", async () => {
    const res = await one("3514");
    expect(res.status).toBe(200);
    const body = occupationDetailSchema.parse(await res.json());
    expect(body.name).toBe("Technicy sieci internetowych");
    expect(body.parents.map((p) => p.code)).toEqual(["3", "35", "351"]);
    expect(body.children.map((c) => c.code)).toContain("351402");
    expect(body.isco?.labelEn).toBe("Web technicians");
  });

  it("gives no ISCO-08 group where KZiS uses the ISCO code for another group", async () => {
    // KZiS 2262 is specialist dentists; ISCO-08 2262 is pharmacists. The ESCO link still says dentist.
    const body = occupationDetailSchema.parse(await (await one("226201")).json());
    expect(body.isco).toBeNull();
    expect(body.esco.map((e) => e.labelEn)).toContain("specialist dentist");
  });

  it("keeps leading zeros", async () => {
    const body = occupationDetailSchema.parse(await (await one("011001")).json());
    expect(body.code).toBe("011001");
    expect(body.parents.map((p) => p.code)).toEqual(["0", "01", "011", "0110"]);
  });

  it("answers 404 with a JSON error body for an unknown or malformed code", async () => {
    for (const code of ["999999", "12345", "abc"]) {
      const res = await one(code);
      expect(res.status).toBe(404);
      expect(apiErrorSchema.parse(await res.json()).error.code).toBe("not_found");
    }
  });
});

describe("GET /api/v1/occupations/{code}/related", () => {
  const related = (code: string) => getRelated(new Request(`http://test/api/v1/occupations/${code}/related`), { params: Promise.resolve({ code }) });

  // The text similarity comes from the in-memory TF-IDF index (ADR 0021): best first, of the same
  // level or a position, never the entry itself, nothing under the 0.12 floor.
  it("lists the entries whose texts read alike, best first, from the in-memory index", async () => {
    const res = await related("252103");
    expect(res.status).toBe(200);
    const body = relatedEntriesSchema.parse(await res.json());
    // Pinned: the same list the index gave before it was made compact (ADR 0021).
    expect(body.similarText.slice(0, 3).map((s) => [s.id, s.score])).toEqual([
      ["252202", 0.333],
      ["252102", 0.304],
      ["251201", 0.262],
    ]);
    expect(body.similarText.length).toBeLessThanOrEqual(8);
    expect(body.similarText.map((s) => s.id)).not.toContain("252103");
    for (const s of body.similarText) {
      expect(s.score).toBeGreaterThanOrEqual(0.12);
      expect(s.level === "occupation" || s.kind === "position").toBe(true);
    }
    expect([...body.similarText].sort((a, b) => b.score - a.score)).toEqual(body.similarText);
  });

  it("lists the siblings of the same level under the same parent, by code, twelve at most, with their count", async () => {
    const { db } = await import("@/lib/db");
    for (const code of ["351402", "2521", "3"]) {
      const entry = (await db.occupation.findUnique({ where: { code }, select: { parentCode: true, level: true } }))!;
      const expected = await db.occupation.findMany({
        where: { parentCode: entry.parentCode, level: entry.level, code: { not: code } },
        select: { code: true },
        orderBy: { code: "asc" },
      });
      const body = relatedEntriesSchema.parse(await (await related(code)).json());
      expect(body.siblings.total, code).toBe(expected.length);
      expect(body.siblings.total, code).toBeGreaterThan(0);
      expect(body.siblings.items.map((s) => s.code)).toEqual(expected.slice(0, 12).map((s) => s.code));
      expect(body.siblings.items.every((s) => s.level === entry.level)).toBe(true);
    }
  });

  // The shared ESCO skills come from one grouped query: the same list as counting every occupation's skills here.
  it("lists the occupations sharing ESCO skills, best Jaccard index first, with their counts", async () => {
    const { db } = await import("@/lib/db");
    const rows = await db.occupationEscoSkill.findMany({ select: { occupationCode: true, skillId: true } });
    const skillsOf = new Map<string, Set<number>>();
    for (const r of rows) skillsOf.set(r.occupationCode, (skillsOf.get(r.occupationCode) ?? new Set()).add(r.skillId));
    const code = "252103";
    const own = skillsOf.get(code)!;
    expect(own.size).toBeGreaterThan(0);
    const expected = [...skillsOf]
      .filter(([other]) => other !== code)
      .map(([other, skills]) => {
        const shared = [...skills].filter((s) => own.has(s)).length;
        const total = own.size + skills.size - shared;
        return { code: other, shared, total, jaccard: shared / total };
      })
      .filter((r) => r.shared > 0)
      .sort((a, b) => b.jaccard - a.jaccard || b.shared - a.shared || a.code.localeCompare(b.code))
      .slice(0, 8);
    const body = relatedEntriesSchema.parse(await (await related(code)).json());
    expect(body.ownSkillCount).toBe(own.size);
    expect(body.sharedSkills.map((r) => ({ code: r.code, shared: r.shared, total: r.total }))).toEqual(
      expected.map(({ code, shared, total }) => ({ code, shared, total })),
    );
    expect(body.sharedSkills.length).toBeGreaterThan(0);
  });

  it("lists no similar texts for an entry without text, and groups only among groups", async () => {
    expect(relatedEntriesSchema.parse(await (await related("351402")).json()).similarText).toEqual([]);
    const groups = relatedEntriesSchema.parse(await (await related("2521")).json()).similarText;
    expect(groups.slice(0, 2).map((s) => s.id)).toEqual(["2522", "2523"]);
    expect(groups.every((s) => s.level === "unit")).toBe(true);
  });
});

describe("GET /api/v1/occupations", () => {
  it("pages occupations under a prefix", async () => {
    const res = await call("/api/v1/occupations?prefix=3514&level=occupation&page=1&pageSize=50");
    expect(res.status).toBe(200);
    const body = occupationListResponseSchema.parse(await res.json());
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(50);
    expect(body.total).toBe(body.items.length);
    expect(body.items.every((i) => i.code.startsWith("3514") && i.level === "occupation")).toBe(true);
    expect(body.items.map((i) => i.code)).toContain("351402");
  });

  it("counts all ten major groups and pages through them", async () => {
    const body = occupationListResponseSchema.parse(await (await call("/api/v1/occupations?level=major&pageSize=4&page=3")).json());
    expect(body.total).toBe(10);
    expect(body.items.map((i) => i.code)).toEqual(["8", "9"]);
  });

  it.each([["prefix=35a"], ["prefix=1234567"], ["level=planet"], ["page=0"], ["pageSize=1000"]])("answers 400 with zod issues for %s", async (query) => {
    const res = await call(`/api/v1/occupations?${query}`);
    expect(res.status).toBe(400);
    const body = apiErrorSchema.parse(await res.json());
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues?.length).toBeGreaterThan(0);
  });
});

describe("countOccupations (the home page's count)", () => {
  it("counts every entry of every level, as Prisma's count does", async () => {
    const { countOccupations } = await import("@/lib/data/occupations");
    const { db } = await import("@/lib/db");
    const count = await countOccupations();
    expect(typeof count).toBe("number");
    expect(count).toBeGreaterThan(3000);
    expect(count).toBe(await db.occupation.count());
  });
});
