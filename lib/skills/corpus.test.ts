import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeWindows, collectSkillItems, createSkillCorpus, type SkillCorpusRows } from "./corpus";

const CODES = ["111101", "111102", "222201", "222202", "333301"];
const WORDS = ["obsługa klienta", "SQL", "spawanie MIG", "bazy danych", "język angielski"];

const rowsArb: fc.Arbitrary<SkillCorpusRows> = fc.record({
  occupations: fc.constant(
    CODES.map((code) => ({ code, name: `Zawód ${code}`, description: `Prowadzi ${code}; obsługuje klientów. Zna bazy danych`, parentCode: code.slice(0, 4) })),
  ),
  taskItems: fc.array(
    fc.record({
      id: fc.nat(50),
      kind: fc.constantFrom("knowledge", "skill"),
      text: fc.constantFrom(...WORDS),
      taskCode: fc.constantFrom("Z1", "Z2", "Z3"),
      occupationCode: fc.constantFrom(...CODES),
    }),
    { maxLength: 30 },
  ),
  escoSkills: fc.array(fc.record({ skillId: fc.nat(20), label: fc.constantFrom(...WORDS), occupationCode: fc.constantFrom(...CODES) }), { maxLength: 20 }),
  groupTasks: fc.array(fc.record({ groupCode: fc.constantFrom("1111", "2222", "3333"), text: fc.constantFrom(...WORDS) }), { maxLength: 6 }),
  escoOccupations: fc.array(
    fc.record({
      escoCode: fc.constantFrom("2512.1", "4222.3"),
      label: fc.option(fc.constantFrom(...WORDS)),
      description: fc.option(fc.constant("Projektuje bazy danych. Obsługuje klientów")),
      occupationCode: fc.constantFrom(...CODES),
    }),
    { maxLength: 6 },
  ),
});

/** Cuts a list into consecutive pages at the given points. */
function pages<T>(list: readonly T[], cuts: readonly number[]): T[][] {
  const at = [...new Set(cuts.map((c) => c % (list.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const to of [...at, list.length]) {
    out.push(list.slice(from, to));
    from = to;
  }
  return out;
}

describe("createSkillCorpus", () => {
  it("gives what collectSkillItems gives however the large tables are cut into pages", () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.nat(), { maxLength: 5 }), fc.array(fc.nat(), { maxLength: 5 }), (rows, taskCuts, escoCuts) => {
        const corpus = createSkillCorpus();
        corpus.addOccupations(rows.occupations);
        for (const page of pages(rows.taskItems, taskCuts)) corpus.addTaskItems(page);
        for (const page of pages(rows.escoSkills, escoCuts)) corpus.addEscoSkills(page);
        corpus.addGroupTasks(rows.groupTasks);
        corpus.addEscoOccupations(rows.escoOccupations);
        expect(corpus.items()).toEqual(collectSkillItems(rows));
      }),
    );
  });

  it("lists an item once per occupation, under its first task, and keeps the first id of its text", () => {
    const items = collectSkillItems({
      occupations: [{ code: "111101", name: "Zawód", description: null, parentCode: "1111" }],
      taskItems: [
        { id: 7, kind: "skill", text: "SQL", taskCode: "Z2", occupationCode: "111101" },
        { id: 9, kind: "skill", text: "SQL", taskCode: "Z3", occupationCode: "111101" },
      ],
      escoSkills: [],
      groupTasks: [{ groupCode: "1111", text: "Nadzoruje pracę" }],
      escoOccupations: [],
    });
    expect(items.find((i) => i.kind === "skill")).toEqual({ kind: "skill", text: "SQL", lang: "pl", ref: "Z2", occupations: ["111101"], sourceId: 7 });
    expect(items.find((i) => i.kind === "group-task")).toMatchObject({ text: "Nadzoruje pracę", occupations: ["111101"], ref: "1111" });
  });
});

describe("codeWindows", () => {
  it("covers every code once, listed or not, in code order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^\d{6}$/), { maxLength: 40 }),
        fc.array(fc.stringMatching(/^\d{1,7}$/), { maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (listed, others, per) => {
          const sorted = [...listed].sort();
          const windows = codeWindows(sorted, per);
          expect(windows.length).toBe(Math.max(1, Math.ceil(sorted.length / per)));
          for (const code of [...sorted, ...others]) {
            const holding = windows.filter(([from, to]) => code >= from && (to === null || code < to));
            expect(holding).toHaveLength(1);
          }
        },
      ),
    );
  });
});
