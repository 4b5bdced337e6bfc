import { describe, expect, it } from "vitest";
import { occupationSnapshotSchema, type OccupationSnapshot } from "@/lib/validation/editor";
import { diffOccupation } from "./diff";
import { applyOverlays, changedEntries, editedFieldsOf, entryFingerprints, unknownReferenceTitles, type SourceValues } from "./occupation-overlay";

const SOURCE: SourceValues = {
  name: "Technicy sieci internetowych",
  description: "Opis KZiS.",
  isVocational: false,
  groupTasks: ["instalowanie serwerów", "modyfikowanie stron"],
  titles: [
    { title: "webmaster", source: "esco", language: "pl" },
    { title: "web technician", source: "esco", language: "en" },
  ],
};

const snapshot = (patch: Partial<OccupationSnapshot> = {}): OccupationSnapshot => ({
  name: SOURCE.name,
  description: SOURCE.description,
  isVocational: SOURCE.isVocational,
  groupTasks: SOURCE.groupTasks,
  altTitles: SOURCE.titles.map((t) => ({ ...t, source: t.source as "esco", language: t.language as "pl" | "en" })),
  preferredTitle: null,
  ...patch,
});

const rows = () => ({
  occupations: [
    { code: "3514", name: SOURCE.name, description: SOURCE.description, isVocational: false, searchName: "technicy sieci internetowych", parentCode: "351" },
    {
      code: "351401",
      name: "Administrator stron internetowych",
      description: null,
      isVocational: false,
      searchName: "administrator stron internetowych",
      parentCode: "3514",
    },
  ],
  groupTasks: SOURCE.groupTasks.map((text, i) => ({ occupationCode: "3514", position: i + 1, text })),
  titles: SOURCE.titles.map((t) => ({ occupationCode: "3514", ...t })),
});

describe("editedFieldsOf", () => {
  it("records only the fields that differ from the source, with the source values they replace", () => {
    expect(editedFieldsOf(snapshot(), SOURCE)).toEqual({ fields: {}, basedOn: {} });
    const edit = editedFieldsOf(
      snapshot({ description: "Poprawiony.", altTitles: [snapshot().altTitles[1]!, { title: "admin WWW", source: "editor", language: "pl" }] }),
      SOURCE,
    );
    expect(edit.fields).toEqual({ description: "Poprawiony.", removedTitles: [SOURCE.titles[0]] });
    expect(edit.basedOn).toEqual({ description: "Opis KZiS.", titles: SOURCE.titles });
  });

  it("finds reference titles the source does not have", () => {
    const forged = snapshot({ altTitles: [...snapshot().altTitles, { title: "fałszywy", source: "gus", language: "pl" }] });
    expect(unknownReferenceTitles(forged, SOURCE)).toEqual([2]);
  });
});

describe("applyOverlays", () => {
  const overlay = {
    fields: { name: "Technicy WWW", groupTasks: ["jedno zadanie"], removedTitles: [SOURCE.titles[0]!] },
    basedOn: { name: SOURCE.name, groupTasks: SOURCE.groupTasks, titles: SOURCE.titles },
    source: {},
  };

  it("keeps the corrections over the source and reports the source values, unflagged when the source is unchanged", () => {
    const { rows: out, updates } = applyOverlays(rows(), new Map([["3514", overlay]]));
    expect(out.occupations[0]).toMatchObject({ name: "Technicy WWW", searchName: "technicy www", description: SOURCE.description });
    expect(out.occupations[1]).toEqual(rows().occupations[1]);
    expect(out.groupTasks).toEqual([{ occupationCode: "3514", position: 1, text: "jedno zadanie" }]);
    expect(out.titles.map((t) => t.title)).toEqual(["web technician"]);
    expect(updates).toEqual([{ code: "3514", source: { name: SOURCE.name, groupTasks: SOURCE.groupTasks, titles: SOURCE.titles }, needsReview: false }]);
  });

  it("flags an entry whose source changed under a correction, and keeps the correction", () => {
    const release = rows();
    release.occupations[0]!.name = "Technicy sieci";
    const { rows: out, updates } = applyOverlays(release, new Map([["3514", overlay]]));
    expect(out.occupations[0]!.name).toBe("Technicy WWW");
    expect(updates[0]).toMatchObject({ needsReview: true, source: { name: "Technicy sieci" } });
  });

  it("does not flag titles that only come in another order or repeated", () => {
    const release = rows();
    release.titles = [...release.titles].reverse().concat(release.titles[0]!);
    const { updates } = applyOverlays(release, new Map([["3514", overlay]]));
    expect(updates[0]!.needsReview).toBe(false);
    expect(updates[0]!.source.titles).toEqual(SOURCE.titles);
  });

  it("fingerprints tell which entries a load changes", () => {
    const before = entryFingerprints(rows());
    const release = rows();
    release.groupTasks[0]!.text = "instalowanie serwerów WWW";
    expect(changedEntries(before, entryFingerprints(release))).toEqual(["3514"]);
    expect(changedEntries(before, entryFingerprints(rows()))).toEqual([]);
  });
});

describe("occupationSnapshotSchema and diffOccupation", () => {
  it("refuses editors' titles in another language, duplicates and a preferred title that is not listed; orders editors' titles last", () => {
    const bad = occupationSnapshotSchema.safeParse({
      ...snapshot(),
      altTitles: [{ title: "x", source: "editor", language: "en" }, ...snapshot().altTitles, { title: "WEBMASTER", source: "editor", language: "pl" }],
      preferredTitle: "nie ma",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(["duplicateTitle", "editorTitlePolish", "unknownPreferredTitle"]);
    const ok = occupationSnapshotSchema.parse({
      ...snapshot(),
      altTitles: [{ title: "admin WWW", source: "editor", language: "pl" }, ...snapshot().altTitles],
      preferredTitle: "admin WWW",
    });
    expect(ok.altTitles.map((t) => t.source)).toEqual(["esco", "esco", "editor"]);
  });

  it("diffs name, flag, tasks and titles per source", () => {
    const diff = diffOccupation(
      snapshot(),
      snapshot({ name: "Technicy WWW", isVocational: true, groupTasks: ["instalowanie serwerów"], altTitles: snapshot().altTitles.slice(1) }),
    );
    expect(diff).toEqual([
      {
        section: "fields",
        changes: [
          { kind: "changed", field: "name", before: SOURCE.name, after: "Technicy WWW" },
          { kind: "changed", field: "isVocational", before: "✗", after: "✓" },
        ],
      },
      { section: "groupTasks", changes: [{ kind: "removed", before: "modyfikowanie stron" }] },
      { section: "otherTitles", changes: [{ kind: "removed", field: "source_esco", before: "webmaster (pl)" }] },
    ]);
  });
});
