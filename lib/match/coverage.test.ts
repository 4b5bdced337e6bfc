import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSkillIndex, type SkillItem } from "@/lib/skills/match";
import { buildMatchCatalogue, coverageOf, matchOccupations, nearestOccupations, requirementsCoveredBy, requirementsCoveredByAll } from "./coverage";
import { decodeSelectedSkill, decodeSelectedSkills, encodeSelectedSkill, type SelectedSkill } from "./selected-skill";

const items: SkillItem[] = [
  { kind: "esco", text: "SQL Server", lang: "pl", ref: null, occupations: ["252103", "252201"], sourceId: 1 },
  { kind: "esco", text: "MySQL", lang: "pl", ref: null, occupations: ["252103", "252201"], sourceId: 2 },
  { kind: "esco", text: "projektować bazy danych", lang: "pl", ref: null, occupations: ["252103"], sourceId: 3 },
  { kind: "esco", text: "obsługa klienta", lang: "pl", ref: null, occupations: ["252201", "422201"], sourceId: 4 },
  { kind: "esco", text: "administrować systemem", lang: "pl", ref: null, occupations: ["252201"], sourceId: 5 },
  { kind: "esco", text: "rozpatrywać reklamacje klientów", lang: "pl", ref: null, occupations: ["422201"], sourceId: 6 },
  { kind: "knowledge", text: "Zasady konfiguracji serwerów pocztowych", lang: "pl", ref: "Z1", occupations: ["351402"], sourceId: 10 },
  { kind: "skill", text: "Konfigurować serwery poczty elektronicznej", lang: "pl", ref: "Z1", occupations: ["351402"], sourceId: 11 },
  { kind: "skill", text: "Obsługiwać klienta zgłaszającego awarię poczty", lang: "pl", ref: "Z2", occupations: ["351402"], sourceId: 12 },
  { kind: "knowledge", text: "Bazy danych", lang: "pl", ref: "Z2", occupations: ["351402"], sourceId: 13 },
  // ESCO skills of an occupation with a profile are not its requirements (the profile is).
  { kind: "esco", text: "MySQL", lang: "pl", ref: null, occupations: ["351402"], sourceId: 2 },
  // Texts that are not requirements: names and descriptions.
  { kind: "name", text: "Projektant baz danych", lang: "pl", ref: null, occupations: ["252103"] },
  { kind: "description", text: "obsługa klienta w centrum telefonicznym", lang: "pl", ref: null, occupations: ["422201"] },
];
const catalogue = buildMatchCatalogue(buildSkillIndex(items), new Set(["351402"]));
const codeOf = (o: number) => catalogue.occupations[o]!.code;
const texts = (set: Set<number>) => [...set].map((r) => catalogue.requirements[r]!.text).sort();

describe("buildMatchCatalogue", () => {
  it("takes a profile's items for described occupations and ESCO skills otherwise; names and descriptions are no requirements", () => {
    const profile = catalogue.occupations[catalogue.byCode.get("351402")!]!;
    expect(profile.basis).toBe("profile");
    expect([...profile.items].map((r) => catalogue.requirements[r]!.text)).toEqual([
      "Zasady konfiguracji serwerów pocztowych",
      "Konfigurować serwery poczty elektronicznej",
      "Obsługiwać klienta zgłaszającego awarię poczty",
      "Bazy danych",
    ]);
    expect(profile.groups).toEqual(["Z1", "Z1", "Z2", "Z2"]);
    expect(catalogue.occupations[catalogue.byCode.get("252103")!]!.items).toHaveLength(3);
    expect(catalogue.requirements.some((r) => r.text === "Projektant baz danych")).toBe(false);
  });
});

describe("requirementsCoveredBy", () => {
  it("covers the same ESCO skill by id", () => {
    expect(texts(requirementsCoveredBy(catalogue, { kind: "esco", id: "5", label: "administrować systemem" }))).toEqual(["administrować systemem"]);
  });

  it("covers requirements holding every word of the skill, in any form", () => {
    expect(texts(requirementsCoveredBy(catalogue, { kind: "text", label: "SQL" }))).toEqual(["SQL Server"]);
    expect(texts(requirementsCoveredBy(catalogue, { kind: "text", label: "obsługi klientów" }))).toEqual([
      "Obsługiwać klienta zgłaszającego awarię poczty",
      "obsługa klienta",
    ]);
  });

  it("covers a requirement of two or more words all found in a longer skill", () => {
    expect(texts(requirementsCoveredBy(catalogue, { kind: "text", label: "projektowanie i administrowanie bazami danych" }))).toEqual([
      "Bazy danych",
      "projektować bazy danych",
    ]);
  });

  it("covers nothing for empty or stop-word-only text", () => {
    expect(requirementsCoveredBy(catalogue, { kind: "text", label: "" }).size).toBe(0);
    expect(requirementsCoveredBy(catalogue, { kind: "text", label: "i oraz" }).size).toBe(0);
  });
});

describe("matchOccupations", () => {
  it("ranks by the share of requirements covered", () => {
    const skills: SelectedSkill[] = [
      { kind: "text", label: "SQL" },
      { kind: "esco", id: "2", label: "MySQL" },
      { kind: "text", label: "projektowanie baz danych" },
    ];
    const { ranked } = matchOccupations(catalogue, skills);
    expect(ranked.map((r) => [codeOf(r.occupation), r.coveredCount, r.total])).toEqual([
      ["252103", 3, 3],
      ["252201", 2, 4],
      ["351402", 1, 4],
    ]);
  });
});

describe("nearestOccupations", () => {
  it("ranks the others by how much of theirs the occupation's own requirements cover, at least two shared", () => {
    const nearest = nearestOccupations(catalogue, "252103")!;
    expect(nearest.ranked.map((r) => [codeOf(r.occupation), r.coveredCount, r.total])).toEqual([["252201", 2, 4]]);
    expect(nearestOccupations(catalogue, "999999")).toBeNull();
  });
});

// Random catalogues and random skills for the properties.
const WORDS = ["obsługa", "klienta", "bazy", "danych", "serwer", "poczty", "SQL", "spawanie", "stali", "projektowanie", "sprzedaż", "i"];
const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const codeArb = fc.constantFrom("111111", "222222", "333333", "444444", "555555");
const itemArb = fc.record({
  kind: fc.constantFrom("knowledge" as const, "skill" as const, "esco" as const, "description" as const),
  text: textArb,
  codes: fc.uniqueArray(codeArb, { minLength: 1, maxLength: 3 }),
  ref: fc.constantFrom("Z1", "Z2", "Z3"),
});
const catalogueArb = fc
  .record({ items: fc.array(itemArb, { minLength: 1, maxLength: 25 }), profiles: fc.subarray(["111111", "222222"]) })
  .map(({ items: raw, profiles }) => {
    const built: SkillItem[] = raw.map((r, i) => ({
      kind: r.kind,
      text: r.text,
      lang: "pl",
      ref: r.kind === "esco" ? null : r.ref,
      occupations: r.codes,
      sourceId: i + 1,
    }));
    return buildMatchCatalogue(buildSkillIndex(built), new Set(profiles));
  });
const skillArb = fc.oneof(
  textArb.map((label): SelectedSkill => ({ kind: "text", label })),
  fc.tuple(fc.integer({ min: 1, max: 25 }), textArb).map(([id, label]): SelectedSkill => ({ kind: "esco", id: String(id), label })),
);

describe("properties", () => {
  it("adding a skill the client has never lowers any occupation's coverage", () => {
    fc.assert(
      fc.property(catalogueArb, fc.array(skillArb, { maxLength: 5 }), skillArb, (cat, skills, extra) => {
        const before = requirementsCoveredByAll(cat, skills);
        const after = requirementsCoveredByAll(cat, [...skills, extra]);
        for (const occupation of cat.occupations) {
          expect(coverageOf(occupation, after).ratio).toBeGreaterThanOrEqual(coverageOf(occupation, before).ratio);
        }
        // The ranking agrees: every occupation ranked before is ranked after, with no less coverage.
        const rankedAfter = new Map(matchOccupations(cat, [...skills, extra]).ranked.map((r) => [r.occupation, r.ratio]));
        for (const r of matchOccupations(cat, skills).ranked) expect(rankedAfter.get(r.occupation)).toBeGreaterThanOrEqual(r.ratio);
      }),
      { numRuns: 300 },
    );
  });

  it("an occupation's covered and missing items partition its items", () => {
    fc.assert(
      fc.property(catalogueArb, fc.array(skillArb, { maxLength: 6 }), (cat, skills) => {
        const covered = requirementsCoveredByAll(cat, skills);
        for (const occupation of cat.occupations) {
          const { covered: has, missing } = coverageOf(occupation, covered);
          const all = [...has, ...missing].sort((a, b) => a - b);
          expect(all).toEqual([...occupation.items].map((_, k) => k));
          expect(has.every((k) => covered.has(occupation.items[k]!))).toBe(true);
          expect(missing.every((k) => !covered.has(occupation.items[k]!))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the ranking's counts are the coverage's counts, best share first", () => {
    fc.assert(
      fc.property(catalogueArb, fc.array(skillArb, { maxLength: 6 }), (cat, skills) => {
        const { covered, ranked } = matchOccupations(cat, skills);
        for (const r of ranked) {
          const c = coverageOf(cat.occupations[r.occupation]!, covered);
          expect(r.coveredCount).toBe(c.covered.length);
          expect(r.ratio).toBeCloseTo(c.ratio);
          expect(r.coveredCount).toBeGreaterThan(0);
        }
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.ratio).toBeGreaterThanOrEqual(ranked[i]!.ratio);
      }),
      { numRuns: 200 },
    );
  });
});

describe("ranking a page only", () => {
  it("gives the first `limit` occupations of the whole ranking, in its order, and the count of all", () => {
    fc.assert(
      fc.property(catalogueArb, fc.array(skillArb, { maxLength: 6 }), fc.integer({ min: 0, max: 6 }), (cat, skills, limit) => {
        const all = matchOccupations(cat, skills);
        const page = matchOccupations(cat, skills, limit);
        expect(page.total).toBe(all.ranked.length);
        expect(all.total).toBe(all.ranked.length);
        expect(page.ranked).toEqual(all.ranked.slice(0, limit));
        // The reused counters are back at zero: the same question gives the same answer.
        expect(matchOccupations(cat, skills).ranked).toEqual(all.ranked);
      }),
      { numRuns: 300 },
    );
  });

  it("orders ties by the number covered, then by code", () => {
    const tied = buildMatchCatalogue(
      buildSkillIndex([
        { kind: "esco", text: "spawanie stali", lang: "pl", ref: null, occupations: ["333333", "111111", "222222"], sourceId: 1 },
        { kind: "esco", text: "spawanie aluminium", lang: "pl", ref: null, occupations: ["222222"], sourceId: 2 },
        { kind: "esco", text: "malowanie", lang: "pl", ref: null, occupations: ["111111", "222222", "333333"], sourceId: 3 },
        { kind: "esco", text: "tynkowanie", lang: "pl", ref: null, occupations: ["111111", "222222", "333333"], sourceId: 4 },
        { kind: "esco", text: "murowanie", lang: "pl", ref: null, occupations: ["222222"], sourceId: 5 },
      ]),
      new Set(),
    );
    const code = (o: number) => tied.occupations[o]!.code;
    // 222222: 2 of 5; 111111 and 333333: 1 of 3 each (a tie, by code); limit 2 keeps the first two.
    const { ranked, total } = matchOccupations(tied, [{ kind: "text", label: "spawanie" }], 2);
    expect(total).toBe(3);
    expect(ranked.map((r) => [code(r.occupation), r.coveredCount, r.total])).toEqual([
      ["222222", 2, 5],
      ["111111", 1, 3],
    ]);
    const withMalowanie = matchOccupations(
      tied,
      [
        { kind: "text", label: "spawanie" },
        { kind: "text", label: "malowanie" },
      ],
      3,
    ).ranked;
    expect(withMalowanie.map((r) => code(r.occupation))).toEqual(["111111", "333333", "222222"]);
  });

  it("keeps the first `limit` transitions and counts them all", () => {
    const all = nearestOccupations(catalogue, "252103")!;
    const none = nearestOccupations(catalogue, "252103", 0)!;
    expect(none.ranked).toEqual([]);
    expect(none.total).toBe(all.ranked.length);
  });
});

describe("selected skills in the URL", () => {
  it("round-trips ids and text, and drops malformed values", () => {
    expect(decodeSelectedSkill(encodeSelectedSkill({ kind: "esco", id: "12", label: "x" }))).toEqual({ kind: "esco", id: "12" });
    expect(decodeSelectedSkill(encodeSelectedSkill({ kind: "profile-item", id: "7", label: "x" }))).toEqual({ kind: "profile-item", id: "7" });
    expect(decodeSelectedSkill("t:  obsługa   klienta ")).toEqual({ kind: "text", label: "obsługa klienta" });
    for (const bad of ["", "x:1", "e:", "e:abc", "e:01", "p:-1", "t:   ", "e:12345678901"]) expect(decodeSelectedSkill(bad)).toBeNull();
  });

  it("de-duplicates and caps the list", () => {
    expect(decodeSelectedSkills(["e:1", "e:1", "t:SQL", "t:sql", "bad"])).toEqual([
      { kind: "esco", id: "1" },
      { kind: "text", label: "SQL" },
    ]);
    expect(decodeSelectedSkills(Array.from({ length: 50 }, (_, i) => `e:${i + 1}`))).toHaveLength(30);
  });
});
