/**
 * My skills → occupations and career transitions through the app's data layer and routes, on the
 * reference data (ESCO-based occupations); runs on SQLite and PostgreSQL (vitest.pg.config.ts).
 * The coverage rules themselves are unit- and property-tested in lib/match/coverage.test.ts.
 */
import { describe, expect, it, vi } from "vitest";
import { GET as transitionsRoute } from "@/app/api/v1/occupations/[code]/transitions/route";
import { GET as optionsRoute } from "@/app/api/v1/skills/options/route";
import { db } from "@/lib/db";
import { findSkillOptions, getTransitionSummaries, getTransitions, matchSkills, matchSkillsFor, matchSkillsSummary } from "@/lib/data/skills";
import type { SelectedSkillRef } from "@/lib/match/selected-skill";
import { createOpenApiValidator } from "@/tests/setup/openapi-validator";

const { validateComponent } = createOpenApiValidator();

/** A result as the pages get it: the figures without the covered and missing lists. */
function withoutLists(o: object): object {
  return Object.fromEntries(Object.entries(o).filter(([key]) => key !== "groups"));
}

async function escoId(label: string): Promise<string> {
  const row = await db.escoSkill.findUniqueOrThrow({ where: { label }, select: { id: true } });
  return String(row.id);
}

describe("findSkillOptions", () => {
  it("offers ESCO skills holding the typed words, the last one unfinished, with how many occupations need them", async () => {
    const { options } = await findSkillOptions("obsługa kl", 8);
    expect(options.length).toBeGreaterThan(0);
    const first = options[0]!;
    expect(first.kind).toBe("esco");
    expect(first.label.toLowerCase()).toMatch(/^obsługa klient/);
    expect(first.occupations).toBeGreaterThan(1);
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
    expect((await findSkillOptions("", 8)).options).toEqual([]);
  });

  it("answers through GET /api/v1/skills/options in the documented shape", async () => {
    const res = await optionsRoute(new Request("http://test/api/v1/skills/options?q=SQL"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(validateComponent("SkillOptions", body)).toEqual([]);
    expect(body.options.map((o: { label: string }) => o.label)).toContain("SQL Server");
    expect((await optionsRoute(new Request("http://test/api/v1/skills/options?q=SQL&limit=0"))).status).toBe(400);
  });
});

describe("matchSkills", () => {
  it("ranks occupations by the share of their ESCO skills covered, with covered and missing items", async () => {
    const refs: SelectedSkillRef[] = [
      { kind: "esco", id: await escoId("MySQL") },
      { kind: "esco", id: await escoId("PostgreSQL") },
      { kind: "text", label: "SQL" },
      { kind: "text", label: "projektowanie baz danych" },
      { kind: "esco", id: await escoId("obsługa klienta") },
    ];
    // "obsługa klienta" covers many items of customer-facing occupations: they come first, by share.
    const databases = await matchSkills(refs.slice(0, 4), 1);
    expect(databases.occupations.slice(0, 2).map((o) => o.code)).toContain("252103");
    const result = await matchSkills(refs, 1);
    expect(result.skills.map((s) => s.label)).toEqual(["MySQL", "PostgreSQL", "SQL", "projektowanie baz danych", "obsługa klienta"]);
    expect(result.totalOccupations).toBeGreaterThan(10);
    for (const o of result.occupations) {
      expect(o.basis).toBe("esco");
      const covered = o.groups.flatMap((g) => g.covered);
      const missing = o.groups.flatMap((g) => g.missing);
      expect(covered.length).toBe(o.covered);
      expect(covered.length + missing.length).toBe(o.total);
      expect(o.groups.every((g) => g.ref === null)).toBe(true);
    }
    const ratios = result.occupations.map((o) => o.ratio);
    expect([...ratios].sort((a, b) => b - a)).toEqual(ratios);
    const designer = databases.occupations.find((o) => o.code === "252103")!;
    expect(designer.groups[0]!.covered.map((i) => i.text)).toEqual(expect.arrayContaining(["MySQL", "PostgreSQL", "SQL Server"]));
    expect(designer.unitGroup).toEqual({ code: "2521", name: "Projektanci i administratorzy baz danych" });
  });

  it("pages, and counts skills whose ids no longer exist", async () => {
    const refs: SelectedSkillRef[] = [
      { kind: "text", label: "obsługa klienta" },
      { kind: "esco", id: "999999999" },
    ];
    const first = await matchSkills(refs, 1);
    expect(first.unknownSkills).toBe(1);
    expect(first.totalPages).toBeGreaterThan(1);
    const second = await matchSkills(refs, 2);
    expect(second.occupations[0]!.code).not.toBe(first.occupations[0]!.code);
  });

  it("reads the labels of ids from the catalogue, and from the database only those it does not hold", async () => {
    const mysql = await escoId("MySQL");
    await matchSkillsSummary([{ kind: "text", label: "SQL" }], 1); // the catalogue is built before the count
    const reads = vi.spyOn(db.escoSkill, "findMany");
    try {
      const result = await matchSkillsSummary(
        [
          { kind: "esco", id: mysql },
          { kind: "esco", id: "999999999" },
        ],
        1,
      );
      expect(result.skills).toEqual([{ kind: "esco", id: mysql, label: "MySQL" }]);
      expect(result.unknownSkills).toBe(1);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(reads.mock.calls[0]![0]).toMatchObject({ where: { id: { in: [999999999] } } });
    } finally {
      reads.mockRestore();
    }
  });

  it("gives /match the same page as figures only, and each occupation's lists on their own (what a result's disclosure loads)", async () => {
    const refs: SelectedSkillRef[] = [
      { kind: "text", label: "obsługa klienta" },
      { kind: "esco", id: await escoId("MySQL") },
    ];
    const full = await matchSkills(refs, 1);
    const summary = await matchSkillsSummary(refs, 1);
    expect(summary.occupations).toEqual(full.occupations.map(withoutLists));
    expect(summary.occupations.every((o) => !("groups" in o))).toBe(true);
    expect({ ...summary, occupations: [] }).toEqual({ ...full, occupations: [] });
    const third = full.occupations[2]!;
    const one = await matchSkillsFor(refs, [third.code]);
    expect(one.occupations).toEqual([third]);
  });
});

describe("career transitions", () => {
  it("names the nearest occupations beyond the siblings, with shared items, items to learn and the unit group", async () => {
    const transitions = (await getTransitions("252103", 8))!;
    expect(transitions.basis).toBe("esco");
    expect(transitions.ownCount).toBe(94);
    expect(transitions.items.length).toBe(8);
    expect(transitions.items.map((i) => i.code)).not.toContain("252103");
    expect(transitions.items.some((i) => !i.code.startsWith("2521"))).toBe(true);
    for (const item of transitions.items) {
      expect(item.covered).toBeGreaterThanOrEqual(2);
      expect(item.unitGroup?.code).toBe(item.code.slice(0, 4));
      expect(item.groups.flatMap((g) => g.covered).length + item.groups.flatMap((g) => g.missing).length).toBe(item.total);
    }
    // The system administrator shares the database skills.
    const admin = transitions.items.find((i) => i.code === "252201");
    expect(admin?.groups[0]!.covered.map((c) => c.text)).toEqual(expect.arrayContaining(["MySQL", "SQL Server"]));
  });

  it("gives the occupation page the figures only, and one transition's lists on their own, whatever its rank", async () => {
    const transitions = (await getTransitions("252103", 8))!;
    const summary = (await getTransitionSummaries("252103", 8))!;
    expect(summary.items).toEqual(transitions.items.map(withoutLists));
    expect({ ...summary, items: [] }).toEqual({ ...transitions, items: [] });
    const fifth = transitions.items[4]!;
    expect((await getTransitions("252103", 8, fifth.code))!.items).toEqual([fifth]);
    // Far down the ranking (or sharing nothing): still answered, with what is shared and what is to learn.
    const far = (await getTransitions("252103", 8, "512001"))!.items;
    expect(far).toHaveLength(1);
    expect(far[0]!.groups.flatMap((g) => [...g.covered, ...g.missing]).length).toBe(far[0]!.total);
    expect((await getTransitions("252103", 8, "252101"))!.items).toEqual([]);
  });

  it("is empty, not an error, for an occupation with neither a profile nor ESCO skills", async () => {
    const transitions = (await getTransitions("252101", 8))!;
    expect(transitions).toMatchObject({ basis: null, ownCount: 0, total: 0, items: [] });
    expect(await getTransitions("999999", 8)).toBeNull();
  });

  it("answers GET /api/v1/occupations/{code}/transitions in the documented shape", async () => {
    const call = (code: string, query = "") =>
      transitionsRoute(new Request(`http://test/api/v1/occupations/${code}/transitions${query}`), { params: Promise.resolve({ code }) });
    const res = await call("252103", "?limit=3");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(validateComponent("Transitions", body)).toEqual([]);
    expect(body.items).toHaveLength(3);
    expect((await call("999999")).status).toBe(404);
    expect((await call("abc")).status).toBe(404);
    expect((await call("252103", "?limit=0")).status).toBe(400);
    const one = await call("252103", "?to=252201");
    expect(one.status).toBe(200);
    const oneBody = await one.json();
    expect(validateComponent("Transitions", oneBody)).toEqual([]);
    expect(oneBody.items.map((i: { code: string }) => i.code)).toEqual(["252201"]);
    expect((await call("252103", "?to=2522")).status).toBe(400);
  });
});
