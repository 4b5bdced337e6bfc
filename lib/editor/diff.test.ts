import { describe, expect, it } from "vitest";
import type { PositionSnapshot, ProfileSnapshot } from "@/lib/validation/editor";
import { countChanges, diffList, diffPosition, diffProfile, matchItems } from "./diff";

const profile = (over: Partial<ProfileSnapshot> = {}): ProfileSnapshot => ({
  title: "Administrator systemów poczty elektronicznej",
  synthesis: null,
  workDescription: null,
  tasks: [
    { code: "Z1", title: "Instalowanie serwera", knowledge: ["Protokoły SMTP", "Systemy UNIX"], skills: ["Konfigurować serwer"] },
    { code: "Z2", title: "Zarządzanie kontami", knowledge: ["Pojemność kont"], skills: ["Tworzyć konta"] },
    { code: "Z3", title: "Bezpieczeństwo", knowledge: [], skills: ["Ustawiać hasła"] },
  ],
  competences: [{ code: "Kz1", title: "Administrowanie pocztą", taskCodes: ["Z1", "Z2", "Z3"] }],
  socialCompetences: ["Ponoszenia odpowiedzialności", "Dbania o rozwój"],
  keyCompetences: [
    { name: "Komunikacja ustna", level: null },
    { name: "Współpraca w zespole", level: 3 },
  ],
  altTitles: [],
  ...over,
});

describe("diffList", () => {
  it("reports nothing for equal lists", () => {
    expect(diffList(["a", "b"], ["a", "b"])).toEqual([]);
  });

  it("reports additions and removals in place", () => {
    expect(diffList(["a", "b", "c"], ["a", "c", "d"])).toEqual([
      { kind: "removed", before: "b" },
      { kind: "added", after: "d" },
    ]);
  });

  it("pairs a removal followed by an addition as one change", () => {
    expect(diffList(["a", "b", "c"], ["a", "B!", "c"], { field: "knowledge" })).toEqual([{ kind: "changed", field: "knowledge", before: "b", after: "B!" }]);
  });

  it("handles empty lists on either side", () => {
    expect(diffList([], ["x"])).toEqual([{ kind: "added", after: "x" }]);
    expect(diffList(["x"], [])).toEqual([{ kind: "removed", before: "x" }]);
  });

  it("treats hostile text as plain strings", () => {
    const evil = "<img src=x onerror=alert(1)>";
    expect(diffList(["a"], [evil])).toEqual([{ kind: "changed", before: "a", after: evil }]);
  });
});

describe("matchItems", () => {
  it("pairs by the first key, then by the second among the rest", () => {
    const a = [
      { code: "Z1", title: "A" },
      { code: "Z2", title: "B" },
      { code: "Z3", title: "C" },
    ];
    const b = [
      { code: "Z1", title: "B" },
      { code: "Z3", title: "C2" },
      { code: "Z4", title: "D" },
    ];
    const m = matchItems(a, b, [(t) => t.title, (t) => t.code]);
    expect(m.pairs).toEqual([
      { before: { code: "Z2", title: "B" }, after: { code: "Z1", title: "B" } },
      { before: { code: "Z3", title: "C" }, after: { code: "Z3", title: "C2" } },
    ]);
    expect(m.added).toEqual([{ code: "Z4", title: "D" }]);
    expect(m.removed).toEqual([{ code: "Z1", title: "A" }]);
  });

  it("keeps duplicates apart", () => {
    const m = matchItems(["x", "x"], ["x"], [(s) => s]);
    expect(m.pairs).toHaveLength(1);
    expect(m.removed).toEqual(["x"]);
  });
});

describe("diffProfile", () => {
  it("a subsection moved to another section of the page is a change of its section", () => {
    const sub = { section: 2, level: 1 as const, heading: "Możliwości zatrudnienia", text: "Firmy." };
    const moved = diffProfile(profile({ subsections: [sub] }), profile({ subsections: [{ ...sub, section: 4 }] }));
    expect(moved.find((d) => d.section === "subsections")?.changes).toEqual([
      { kind: "changed", field: "section", before: "2", after: "4", item: "Możliwości zatrudnienia" },
    ]);
  });

  it("finds no change between a snapshot and itself", () => {
    expect(diffProfile(profile(), profile())).toEqual([]);
  });

  it("shows an edited task title and its items per section", () => {
    const after = profile();
    after.tasks[0] = { ...after.tasks[0]!, title: "Instalowanie i konfigurowanie serwera", knowledge: ["Protokoły SMTP", "Systemy Linux"] };
    expect(diffProfile(profile(), after)).toEqual([
      {
        section: "tasks",
        changes: [
          { kind: "changed", item: "Z1", field: "title", before: "Instalowanie serwera", after: "Instalowanie i konfigurowanie serwera" },
          { kind: "changed", item: "Z1", field: "knowledge", before: "Systemy UNIX", after: "Systemy Linux" },
        ],
      },
    ]);
  });

  it("shows a reorder as renumbering, not as rewritten tasks", () => {
    const before = profile();
    const [z1, z2, z3] = before.tasks as [ProfileSnapshot["tasks"][number], ProfileSnapshot["tasks"][number], ProfileSnapshot["tasks"][number]];
    const after = profile({
      tasks: [{ ...z2, code: "Z1" }, { ...z1, code: "Z2" }, z3],
      competences: [{ code: "Kz1", title: "Administrowanie pocztą", taskCodes: ["Z1", "Z2", "Z3"] }],
    });
    const diff = diffProfile(before, after);
    expect(diff).toEqual([
      {
        section: "tasks",
        changes: [
          { kind: "moved", item: "Z1", field: "code", before: "Z2", after: "Z1" },
          { kind: "moved", item: "Z2", field: "code", before: "Z1", after: "Z2" },
        ],
      },
    ]);
  });

  it("lists added and removed tasks with their items", () => {
    const extra = { code: "Z4", title: "Obsługa zgłoszeń", knowledge: ["Zasady"], skills: [] };
    const after = profile({ tasks: [...profile().tasks.slice(0, 2), { ...extra, code: "Z3" }] });
    // Z3 keeps its code but not its title: the same task rewritten, item by item.
    expect(diffProfile(profile(), after)[0]?.changes).toEqual([
      { kind: "changed", item: "Z3", field: "title", before: "Bezpieczeństwo", after: "Obsługa zgłoszeń" },
      { kind: "added", item: "Z3", field: "knowledge", after: "Zasady" },
      { kind: "removed", item: "Z3", field: "skills", before: "Ustawiać hasła" },
    ]);
    const added = diffProfile(profile(), profile({ tasks: [...profile().tasks, extra] }));
    expect(added[0]?.changes).toEqual([
      { kind: "added", item: "Z4", field: "title", after: "Obsługa zgłoszeń" },
      { kind: "added", item: "Z4", field: "knowledge", after: "Zasady" },
    ]);
    const removed = diffProfile(profile(), profile({ tasks: profile().tasks.slice(0, 2), competences: [] }));
    expect(removed.map((s) => s.changes[0])).toEqual([
      { kind: "removed", item: "Z3", field: "title", before: "Bezpieczeństwo" },
      { kind: "removed", item: "Kz1", field: "title", before: "Administrowanie pocztą" },
    ]);
  });

  it("reports key-competence levels, unknown as null", () => {
    const after = profile({
      keyCompetences: [
        { name: "Komunikacja ustna", level: 4 },
        { name: "Współpraca w zespole", level: null },
      ],
    });
    expect(diffProfile(profile(), after)).toEqual([
      {
        section: "keyCompetences",
        changes: [
          { kind: "changed", item: "Komunikacja ustna", field: "level", before: null, after: "4" },
          { kind: "changed", item: "Współpraca w zespole", field: "level", before: "3", after: null },
        ],
      },
    ]);
  });

  it("covers descriptions, competences, social competences and alternative titles", () => {
    const after = profile({
      synthesis: "Nowa synteza",
      competences: [{ code: "Kz1", title: "Administrowanie pocztą", taskCodes: ["Z1", "Z2"] }],
      socialCompetences: ["Ponoszenia odpowiedzialności"],
      altTitles: ["Administrator poczty"],
    });
    const diff = diffProfile(profile(), after);
    expect(diff.map((s) => s.section)).toEqual(["fields", "competences", "socialCompetences", "altTitles"]);
    expect(diff[0]?.changes).toEqual([{ kind: "added", field: "synthesis", before: null, after: "Nowa synteza" }]);
    expect(diff[1]?.changes).toEqual([{ kind: "removed", item: "Kz1", field: "taskCodes", before: "Z3" }]);
    expect(countChanges(diff)).toBe(4);
  });
});

describe("diffPosition", () => {
  const position = (over: Partial<PositionSnapshot> = {}): PositionSnapshot => ({
    title: "Informatyk",
    employer: "Urząd Miejski w Krobi",
    summary: null,
    occupationCode: null,
    sections: [{ heading: "Warunki pracy", text: "Praca umysłowa", items: [] }],
    duties: ["Konfiguracja serwerów", "Archiwizacja baz danych"],
    requirements: [{ label: "Wykształcenie", value: "wyższe" }],
    ...over,
  });

  it("shows an accepted occupation code, section text, duties and requirements", () => {
    const after = position({
      occupationCode: "351402",
      sections: [{ heading: "Warunki pracy", text: "Praca umysłowa, samodzielna", items: ["komputer"] }],
      duties: ["Konfiguracja serwerów"],
      requirements: [{ label: "Wykształcenie", value: "wyższe techniczne" }],
    });
    expect(diffPosition(position(), after)).toEqual([
      { section: "occupation", changes: [{ kind: "added", field: "occupationCode", before: null, after: "351402" }] },
      {
        section: "sections",
        changes: [
          { kind: "changed", item: "Warunki pracy", field: "text", before: "Praca umysłowa", after: "Praca umysłowa, samodzielna" },
          { kind: "added", item: "Warunki pracy", field: "items", after: "komputer" },
        ],
      },
      { section: "duties", changes: [{ kind: "removed", before: "Archiwizacja baz danych" }] },
      { section: "requirements", changes: [{ kind: "changed", item: "Wykształcenie", field: "value", before: "wyższe", after: "wyższe techniczne" }] },
    ]);
  });
});
