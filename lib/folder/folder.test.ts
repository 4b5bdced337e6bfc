import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParams } from "@/tests/setup/fuzz";
import {
  EMPTY_FOLDER,
  FOLDER_FORMAT,
  FOLDER_LIMITS,
  addComparison,
  addEntry,
  folderFileName,
  folderFileText,
  hasSameSkills,
  parseFolderFile,
  readFolder,
  removeComparison,
  removeEntry,
  setNote,
  setSkills,
  type Folder,
} from "./folder";

const NOW = new Date("2026-12-07T10:15:00.000Z");

function sample(): Folder {
  let folder = addEntry(EMPTY_FOLDER, { id: "351402", title: "Administrator systemów poczty elektronicznej" }, NOW).folder;
  folder = addEntry(folder, { id: "p2", title: "Ақпараттық технологиялар басқармасының басшысы", lang: "kk" }, NOW).folder;
  folder = setNote(folder, "351402", "Klient zna Linuksa; brakuje mu SQL.\nZapytać o staż.");
  folder = setSkills(folder, [
    { kind: "esco", id: "http://data.europa.eu/esco/skill/abc", label: "SQL" },
    { kind: "text", label: "obsługa klienta" },
  ]);
  return addComparison(folder, ["351402", "252201"], NOW);
}

const entryIdArb = fc.oneof(
  fc.stringMatching(/^(\d{1,4}|\d{6})$/),
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => `p${n}`),
);
const instantArb = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());
const folderArb: fc.Arbitrary<Folder> = fc.record({
  entries: fc.uniqueArray(
    fc.record({ id: entryIdArb, title: fc.option(fc.string({ maxLength: 40 }), { nil: null }), note: fc.string({ maxLength: 80 }), addedAt: instantArb }),
    { selector: (e) => e.id, maxLength: 8 },
  ),
  skills: fc.array(
    fc.record({
      kind: fc.constantFrom("profile-item" as const, "esco" as const, "text" as const),
      label: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ""),
    }),
    { maxLength: 6 },
  ),
  comparisons: fc.array(fc.record({ ids: fc.uniqueArray(entryIdArb, { minLength: 2, maxLength: 4 }), savedAt: instantArb }), { maxLength: 4 }),
});

describe("the client folder file", () => {
  it("exports and imports back the same folder, Unicode and line breaks intact", () => {
    const folder = sample();
    const text = folderFileText(folder, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: FOLDER_FORMAT, version: 1, exportedAt: NOW.toISOString() });
    expect(parseFolderFile(text)).toEqual({ ok: true, value: folder });
  });

  it("round-trips any valid folder (property)", () => {
    fc.assert(
      fc.property(folderArb, (folder) => {
        expect(parseFolderFile(folderFileText(folder, NOW))).toEqual({ ok: true, value: folder });
      }),
      fuzzParams(0.1),
    );
  });

  it("never throws on any text and refuses what is not a folder (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: FOLDER_FORMAT, version: 1, entries: v, skills: [], comparisons: [] })),
        ),
        (text) => {
          const result = parseFolderFile(text);
          if (result.ok) expect(readFolder(result.value)).toEqual(result);
        },
      ),
      fuzzParams(0.1),
    );
  });

  it.each([
    ["not JSON", "{entries: []", "notJson"],
    ["another JSON file", JSON.stringify({ entries: [] }), "notFolder"],
    ["an array", "[]", "notFolder"],
    ["a newer version", JSON.stringify({ format: FOLDER_FORMAT, version: 2, entries: [], skills: [], comparisons: [] }), "newerVersion"],
  ])("refuses %s with its reason", (_name, text, code) => {
    const result = parseFolderFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it("names the entry that is wrong", () => {
    const file = JSON.parse(folderFileText(sample(), NOW));
    file.entries[1].id = "12345";
    expect(parseFolderFile(JSON.stringify(file))).toEqual({ ok: false, error: { code: "invalid", path: "entries[2]" } });
    file.entries[1].id = "351402";
    expect(parseFolderFile(JSON.stringify(file))).toEqual({ ok: false, error: { code: "invalid", path: "entries[2]" } });
  });

  it.each([
    ["an unknown field", (f: Record<string, unknown>) => ((f.entries as Record<string, unknown>[])[0]!.owner = "x")],
    ["a note over the limit", (f: Record<string, unknown>) => ((f.entries as Record<string, unknown>[])[0]!.note = "x".repeat(FOLDER_LIMITS.note + 1))],
    ["a date that is not an instant", (f: Record<string, unknown>) => ((f.entries as Record<string, unknown>[])[0]!.addedAt = "yesterday")],
    ["a comparison of one entry", (f: Record<string, unknown>) => ((f.comparisons as Record<string, unknown>[])[0]!.ids = ["351402"])],
    ["a skill of an unknown kind", (f: Record<string, unknown>) => ((f.skills as Record<string, unknown>[])[0]!.kind = "hobby")],
    [
      "too many entries",
      (f: Record<string, unknown>) =>
        (f.entries = Array.from({ length: FOLDER_LIMITS.entries + 1 }, (_, i) => ({ id: `p${i + 1}`, title: null, note: "", addedAt: NOW.toISOString() }))),
    ],
  ])("refuses %s", (_name, damage) => {
    const file = JSON.parse(folderFileText(sample(), NOW)) as Record<string, unknown>;
    damage(file);
    const result = parseFolderFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
  });

  it("refuses a file over the size limit before parsing it", () => {
    expect(parseFolderFile(" ".repeat(FOLDER_LIMITS.fileBytes + 1))).toEqual({ ok: false, error: { code: "tooLarge" } });
  });

  it("names the file by the local day", () => {
    expect(folderFileName("atlas-teczka", new Date(2026, 0, 5, 23, 59))).toBe("atlas-teczka-2026-01-05.json");
  });
});

describe("changes to the folder", () => {
  it("adds an entry once, keeps the first note, refuses past the limit", () => {
    const one = addEntry(EMPTY_FOLDER, { id: "351402", title: "A" }, NOW).folder;
    const noted = setNote(one, "351402", "ważne");
    expect(addEntry(noted, { id: "351402", title: "B" }, NOW)).toEqual({ folder: noted, added: true });
    let full = EMPTY_FOLDER;
    for (let i = 1; i <= FOLDER_LIMITS.entries; i++) full = addEntry(full, { id: `p${i}`, title: null }, NOW).folder;
    expect(addEntry(full, { id: "351402", title: "A" }, NOW)).toEqual({ folder: full, added: false });
  });

  it("removes entries and comparisons", () => {
    const folder = sample();
    expect(removeEntry(folder, "351402").entries.map((e) => e.id)).toEqual(["p2"]);
    expect(removeEntry(folder, "999999")).toBe(folder);
    expect(removeComparison(folder, 0).comparisons).toEqual([]);
  });

  it("keeps one comparison per set of entries, newest first", () => {
    let folder = addComparison(EMPTY_FOLDER, ["351402", "252201"], NOW);
    folder = addComparison(folder, ["243108", "351402"], NOW);
    folder = addComparison(folder, ["252201", "351402"], new Date("2026-12-08T00:00:00Z"));
    expect(folder.comparisons.map((c) => c.ids)).toEqual([
      ["252201", "351402"],
      ["243108", "351402"],
    ]);
    expect(addComparison(folder, ["351402"], NOW)).toBe(folder);
    expect(addComparison(folder, ["351402", "x"], NOW)).toBe(folder);
  });

  it("de-duplicates skills and drops invalid ones", () => {
    const folder = setSkills(EMPTY_FOLDER, [
      { kind: "text", label: "SQL" },
      { kind: "text", label: "SQL" },
      { kind: "text", label: "  " },
      { kind: "esco", id: "u", label: "SQL" },
    ]);
    expect(folder.skills).toEqual([
      { kind: "text", label: "SQL" },
      { kind: "esco", id: "u", label: "SQL" },
    ]);
  });
});

describe("skills from /match", () => {
  it("knows when the folder holds exactly the picked skills, in any order", () => {
    const picked = [
      { kind: "esco" as const, id: "12", label: "SQL" },
      { kind: "text" as const, label: "obsługa klienta" },
    ];
    const folder = setSkills(EMPTY_FOLDER, picked);
    expect(hasSameSkills(folder, [...picked].reverse())).toBe(true);
    expect(hasSameSkills(folder, picked.slice(0, 1))).toBe(false);
    expect(hasSameSkills(EMPTY_FOLDER, [])).toBe(true);
  });
});
