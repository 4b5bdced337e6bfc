import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParams } from "@/tests/setup/fuzz";
import { SHEET_BUDGET, buildProfileSheet, cutText, roundRobin, type SheetInput } from "./profile-sheet";

const task = (n: number, knowledge: string[], skills: string[]) => ({ code: `Z${n}`, title: `Zadanie ${n}`, knowledge, skills });

function input(over: Partial<SheetInput> = {}): SheetInput {
  return {
    code: "351402",
    name: "Administrator systemów poczty elektronicznej",
    description: "Opis KZiS.",
    escoSkills: [],
    profile: null,
    unitGroupTasks: [],
    ...over,
  };
}

describe("cutText", () => {
  it("keeps a short text whole and folds whitespace", () => {
    expect(cutText("  a\n b  ", 10)).toEqual({ text: "a b", isCut: false });
  });

  it("cuts at a word boundary and marks the cut", () => {
    expect(cutText("Zarządzanie serwerami poczty elektronicznej, kontami i listami", 40)).toEqual({ text: "Zarządzanie serwerami poczty…", isCut: true });
  });

  it("never exceeds the budget (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 10, max: 200 }), (text, max) => {
        const cut = cutText(text, max);
        expect(cut.text.length).toBeLessThanOrEqual(max);
        if (!cut.isCut) expect(cut.text).toBe(text.replace(/\s+/g, " ").trim());
      }),
      fuzzParams(0.05),
    );
  });
});

describe("roundRobin", () => {
  it("takes the first item of every list before the second of any, and counts all", () => {
    expect(roundRobin([["a1", "a2", "a3"], ["b1"], ["c1", "c2"]], 4)).toEqual({
      items: ["a1", "b1", "c1", "a2"].map((text) => ({ text, isCut: false })),
      total: 6,
    });
  });

  it("shows an item repeated across tasks once", () => {
    expect(
      roundRobin(
        [
          ["SQL", "Linux"],
          ["sql", "Bash"],
        ],
        10,
      ).items.map((i) => i.text),
    ).toEqual(["SQL", "Bash", "Linux"]);
    expect(
      roundRobin(
        [
          ["SQL", "Linux"],
          ["sql", "Bash"],
        ],
        10,
      ).total,
    ).toBe(3);
  });
});

describe("buildProfileSheet", () => {
  it("keeps every budget on a profile larger than any page", () => {
    const tasks = Array.from({ length: 20 }, (_, i) =>
      task(
        i + 1,
        Array.from({ length: 9 }, (_, j) => `wiedza ${i}.${j}`),
        Array.from({ length: 9 }, (_, j) => `umiejętność ${i}.${j}`),
      ),
    );
    const sheet = buildProfileSheet(input({ profile: { synthesis: "x ".repeat(2000), workDescription: null, tasks, keyCompetences: [], sources: [] } }));
    expect(sheet.tasks).toHaveLength(SHEET_BUDGET.tasks);
    expect(sheet.tasksTotal).toBe(20);
    expect(sheet.knowledge.items).toHaveLength(SHEET_BUDGET.knowledge);
    expect(sheet.knowledge.total).toBe(180);
    expect(sheet.skills.items).toHaveLength(SHEET_BUDGET.skills);
    expect(sheet.summary?.isCut).toBe(true);
    expect(sheet.summary!.text.length).toBeLessThanOrEqual(SHEET_BUDGET.summaryChars);
  });

  it("keeps an unknown key-competence level unknown", () => {
    const keyCompetences = [
      { name: "Czytanie", level: 4 },
      { name: "Pisanie", level: null },
    ];
    const sheet = buildProfileSheet(
      input({ profile: { synthesis: "S.", workDescription: null, tasks: [task(1, ["a"], ["b"])], keyCompetences, sources: [] } }),
    );
    expect(sheet.keyCompetences).toEqual(keyCompetences);
    expect(sheet.summarySource).toBe("profile");
    expect(sheet.itemsSource).toBe("profile");
  });

  it("falls back to the KZiS description, the unit group's tasks and ESCO skills without a profile, and says so", () => {
    const sheet = buildProfileSheet(input({ escoSkills: ["SQL", "Linux"], unitGroupTasks: ["instalowanie systemów"] }));
    expect(sheet.summary).toEqual({ text: "Opis KZiS.", isCut: false });
    expect(sheet.summarySource).toBe("kzis");
    expect(sheet.tasks).toEqual([{ code: null, title: { text: "instalowanie systemów", isCut: false } }]);
    expect(sheet.tasksSource).toBe("unitGroup");
    expect(sheet.skills.items.map((s) => s.text)).toEqual(["SQL", "Linux"]);
    expect(sheet.itemsSource).toBe("esco");
    expect(sheet.keyCompetences).toEqual([]);
  });

  it("says nothing it does not have", () => {
    const sheet = buildProfileSheet(input({ description: null }));
    expect(sheet).toMatchObject({ summary: null, summarySource: null, tasks: [], tasksSource: null, itemsSource: null });
  });
});
