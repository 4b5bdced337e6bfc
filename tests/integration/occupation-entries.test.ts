/**
 * Issue 11, item 1: every classification entry is an editorial entry (draft, publish with a
 * revision, diff, restore, compare-and-set, audit), and a published correction survives a re-run of
 * the reference-data load, with the source's own value kept beside it for comparison
 * (docs/decisions/0012-classification-edits.md). Runs on SQLite and, unchanged, on PostgreSQL
 * (vitest.pg.config.ts): it reaches the database through the app's modules and the loader of the
 * run's dialect.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SaveOutcome } from "@/lib/data/drafts";
import type { OccupationSnapshot, ProfileSnapshot } from "@/lib/validation/editor";
import { createEditorDb, seedEditorDb } from "../setup/editor-db";
import { ROOT } from "../setup/test-db";

type Drafts = typeof import("@/lib/data/drafts");
type Seeded = Awaited<ReturnType<typeof seedEditorDb>>;

const { cleanup } = await createEditorDb("occupation-entries");
let drafts: Drafts;
let seeded: Seeded;
const DATA_DIR = path.join(ROOT, "seeds/data");
const tmpDirs: string[] = [];

beforeAll(async () => {
  seeded = await seedEditorDb();
  drafts = await import("@/lib/data/drafts");
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The reference load of the run's dialect, as `db:seed --force` runs it. */
async function reloadReference(dataDir = DATA_DIR) {
  const { pgPool } = await import("@/lib/db");
  if (pgPool) {
    const { loadReferenceDataPg } = await import("@/lib/seed/load-reference-pg");
    return loadReferenceDataPg(pgPool, dataDir, { force: true });
  }
  const { openSqlite } = await import("@/lib/db/sqlite");
  const { loadReferenceData } = await import("@/lib/seed/load-reference");
  const raw = openSqlite(process.env.DATABASE_URL!.replace(/^file:/, ""));
  try {
    return loadReferenceData(raw, dataDir, { force: true });
  } finally {
    raw.close();
  }
}

/** A copy of the reference data with one file changed: a "new KZiS release". */
function releaseWith(file: string, change: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-release-"));
  tmpDirs.push(dir);
  for (const f of fs.readdirSync(DATA_DIR)) if (f.endsWith(".csv")) fs.copyFileSync(path.join(DATA_DIR, f), path.join(dir, f));
  const target = path.join(dir, file);
  const before = fs.readFileSync(target, "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(target, after);
  return dir;
}

const actor = () => ({ id: seeded.userIds.editor });
const ref = (code: string) => ({ entityType: "occupation", entityKey: code }) as const;

async function start(code: string) {
  const state = await drafts.getEditorState(ref(code));
  if (!state) throw new Error(`no entry ${code}`);
  return { state, ...drafts.startingPoint(state), data: drafts.startingPoint(state).data as OccupationSnapshot };
}

async function publish(code: string, change: (s: OccupationSnapshot) => OccupationSnapshot, message = "") {
  const { tokens, base, data } = await start(code);
  const outcome = await drafts.saveDraft({
    ref: ref(code),
    tokens,
    data: change(data),
    clientBase: base,
    publish: true,
    message,
    actor: actor(),
    ip: "203.0.113.9",
  });
  if (!outcome.ok) throw new Error(`publish ${code}: ${JSON.stringify(outcome)}`);
  return outcome;
}

const overlayOf = (code: string) => seeded.db.occupationEdit.findUnique({ where: { code } });

describe("a plain occupation's description (351401, none in the source)", () => {
  const DESCRIPTION = "Administrator stron internetowych projektuje, wdraża i utrzymuje serwisy WWW (poprawka redakcji).";

  it("is corrected through draft and publish, with a revision, the source's baseline and an audit entry", async () => {
    const before = await start("351401");
    expect(before.data.description).toBeNull();
    expect(before.state.live.version).toBe(1);

    const draft = await drafts.saveDraft({
      ref: ref("351401"),
      tokens: before.tokens,
      data: { ...before.data, description: DESCRIPTION },
      clientBase: before.base,
      publish: false,
      message: "",
      actor: actor(),
      ip: null,
    });
    expect(draft).toMatchObject({ ok: true, published: false, tokens: { baseVersion: 1, draftRevision: 1 } });
    // A draft never reaches the live tables.
    expect((await seeded.db.occupation.findUnique({ where: { code: "351401" } }))?.description).toBeNull();

    const published = await publish("351401", (s) => ({ ...s, description: DESCRIPTION }), "opis uzupełniony");
    expect(published).toMatchObject({ published: true, version: 2 });
    const row = await seeded.db.occupation.findUnique({ where: { code: "351401" }, select: { description: true, version: true, name: true } });
    expect(row).toEqual({ description: DESCRIPTION, version: 2, name: "Administrator stron internetowych" });

    const revisions = await drafts.listRevisions(ref("351401"));
    expect(revisions.map((r) => [r.version, r.message])).toEqual([
      [2, "opis uzupełniony"],
      [1, null],
    ]);
    const overlay = await overlayOf("351401");
    expect(overlay).toMatchObject({ fields: { description: DESCRIPTION }, basedOn: { description: null }, source: { description: null }, needsReview: false });
    const audit = await seeded.db.auditLog.findFirst({ where: { action: "publish", entity: "occupation:351401" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ userId: seeded.userIds.editor, ip: "203.0.113.9" });
  });

  it("survives a forced re-run of the reference load; the source's own value stays beside it", async () => {
    const result = await reloadReference();
    expect(result.skipped).toBe(false);
    const row = await seeded.db.occupation.findUnique({ where: { code: "351401" }, select: { description: true, version: true } });
    expect(row).toEqual({ description: DESCRIPTION, version: 2 });
    expect(await overlayOf("351401")).toMatchObject({ fields: { description: DESCRIPTION }, source: { description: null }, needsReview: false });
    // Untouched entries keep their version: an unchanged source does not disturb anyone's draft.
    expect((await seeded.db.occupation.findUnique({ where: { code: "351402" }, select: { version: true } }))?.version).toBe(1);
    expect(await seeded.db.occupation.count({ where: { version: { gt: 1 } } })).toBe(1);
  });

  it("diffs any two revisions and restores the previous one through a draft", async () => {
    const revisions = await drafts.listRevisions(ref("351401"));
    const snapshots = await drafts.getRevisionSnapshots(
      ref("351401"),
      revisions.map((r) => r.id),
    );
    const { diffSnapshots } = await import("@/lib/editor/diff");
    const diff = diffSnapshots("occupation", snapshots.get(revisions[1]!.id)!, snapshots.get(revisions[0]!.id)!);
    expect(diff).toEqual([{ section: "fields", changes: [{ kind: "added", field: "description", before: null, after: DESCRIPTION }] }]);

    const restored = await drafts.restoreRevision(revisions[1]!.id, 0, actor(), null);
    expect(restored).toEqual({ ok: true, ref: ref("351401") });
    const after = await drafts.getEditorState(ref("351401"));
    expect((after?.draft?.data as OccupationSnapshot).description).toBeNull();
    // Publishing the restored source text removes the correction: the entry follows KZiS again.
    await publish("351401", (s) => s, "przywrócono");
    expect((await seeded.db.occupation.findUnique({ where: { code: "351401" } }))?.description).toBeNull();
    expect(await overlayOf("351401")).toBeNull();
    expect(await seeded.db.auditLog.count({ where: { action: "restore", entity: "occupation:351401" } })).toBe(1);
  });
});

describe("any level, every field", () => {
  it("a group (unit group 2221): name, description, typical tasks, titles; all kept by a reload", async () => {
    const { data: before } = await start("2221");
    expect(before.groupTasks.length).toBeGreaterThan(2);
    const tasks = [...before.groupTasks.slice(1), "prowadzenie dokumentacji medycznej (redakcja)"];
    await publish("2221", (s) => ({
      ...s,
      name: "Pielęgniarki bez specjalizacji lub w trakcie specjalizacji (poprawione)",
      description: "Opis grupy poprawiony.",
      groupTasks: tasks,
    }));
    await reloadReference();
    const { data: after } = await start("2221");
    expect(after).toMatchObject({
      name: "Pielęgniarki bez specjalizacji lub w trakcie specjalizacji (poprawione)",
      description: "Opis grupy poprawiony.",
      groupTasks: tasks,
    });
    const overlay = await overlayOf("2221");
    expect(overlay?.source).toMatchObject({ name: "Pielęgniarki bez specjalizacji lub w trakcie specjalizacji", groupTasks: before.groupTasks });
    // The name is searchable as corrected.
    expect((await seeded.db.occupation.findUnique({ where: { code: "2221" }, select: { searchName: true } }))?.searchName).toContain("poprawione");
  });

  it("an occupation with a leading zero (011001): the vocational flag and other titles (add, remove, preferred)", async () => {
    const { data: before } = await start("011001");
    const reference = before.altTitles.filter((t) => t.source !== "editor");
    expect(reference.length).toBeGreaterThan(0);
    const removed = reference[0]!;
    const added = { title: "Oficer (redakcja)", language: "pl" as const, source: "editor" as const };
    await publish("011001", (s) => ({
      ...s,
      isVocational: !s.isVocational,
      altTitles: [...s.altTitles.filter((t) => !(t.title === removed.title && t.source === removed.source && t.language === removed.language)), added],
      preferredTitle: added.title,
    }));
    await reloadReference();
    const { data: after, state } = await start("011001");
    expect(after.isVocational).toBe(!before.isVocational);
    expect(after.altTitles).not.toContainEqual(removed);
    expect(after.altTitles).toContainEqual(added);
    expect(after.preferredTitle).toBe(added.title);
    expect(state.live.version).toBe(2);
    expect(await overlayOf("011001")).toMatchObject({
      fields: { isVocational: !before.isVocational, removedTitles: [{ title: removed.title, source: removed.source, language: removed.language }] },
    });
  });

  it("refuses a title passed off as GUS's or ESCO's, and changes nothing", async () => {
    const { tokens, base, data } = await start("351401");
    const outcome = await drafts.saveDraft({
      ref: ref("351401"),
      tokens,
      data: { ...data, altTitles: [...data.altTitles, { title: "Webmaster z GUS", language: "pl", source: "gus" }] },
      clientBase: base,
      publish: true,
      message: "",
      actor: actor(),
      ip: null,
    });
    expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
    if (outcome.ok || outcome.reason !== "invalid") return;
    expect(Object.values(outcome.fieldErrors).flat()).toEqual(["unknownReferenceTitle"]);
    expect((await start("351401")).state.live.version).toBe(tokens.baseVersion);
  });
});

describe("a new source release", () => {
  it("that changes a corrected field keeps the correction, records the new source value and flags the entry for review", async () => {
    // 252201, not a name the loader repairs (222202 was cut off in the source and is now whole).
    await publish("252201", (s) => ({ ...s, name: "Administrator systemów komputerowych i sieci" }));
    const release = releaseWith("kzis-2023.csv", (text) =>
      text
        .replace("252201,zawod/specjalnosc,Administrator systemów komputerowych,", "252201,zawod/specjalnosc,Administrator systemów informatycznych,")
        .replace("351402,zawod/specjalnosc,Administrator systemów poczty elektronicznej,", "351402,zawod/specjalnosc,Administrator systemów poczty e-mail,"),
    );
    const draftOf351402 = await start("351402");
    await reloadReference(release);

    const entry = await seeded.db.occupation.findUnique({ where: { code: "252201" }, select: { name: true } });
    expect(entry?.name).toBe("Administrator systemów komputerowych i sieci");
    expect(await overlayOf("252201")).toMatchObject({
      needsReview: true,
      basedOn: { name: "Administrator systemów komputerowych" },
      source: { name: "Administrator systemów informatycznych" },
    });
    // An entry without corrections takes the new source, and its version moves on, so a draft
    // started before the release conflicts instead of writing the old text back.
    const plain = await seeded.db.occupation.findUnique({ where: { code: "351402" }, select: { name: true, version: true } });
    expect(plain).toEqual({ name: "Administrator systemów poczty e-mail", version: draftOf351402.state.live.version + 1 });
    const stale = await drafts.saveDraft({
      ref: ref("351402"),
      tokens: draftOf351402.tokens,
      data: draftOf351402.data,
      clientBase: draftOf351402.base,
      publish: true,
      message: "",
      actor: actor(),
      ip: null,
    });
    expect(stale).toMatchObject({ ok: false, reason: "conflict", conflict: { kind: "published" } });

    // Reviewing means publishing again: the flag clears, the edit now rests on the new source.
    await publish("252201", (s) => s);
    expect(await overlayOf("252201")).toMatchObject({ needsReview: false, basedOn: { name: "Administrator systemów informatycznych" } });
    await reloadReference();
  });
});

describe("an entry whose name the loader repaired (issue 11 item 4)", () => {
  it("is edited and published with the source's cut-off name kept as a KZiS title, and a reload keeps it all", async () => {
    const { data } = await start("222202");
    expect(data.name).toBe("Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej opieki");
    expect(data.altTitles).toContainEqual({
      title: "Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej",
      language: "pl",
      source: "kzis",
    });
    await publish("222202", (s) => ({ ...s, description: "Udziela świadczeń w anestezjologii i intensywnej terapii (poprawka testu)." }));
    const before = await seeded.db.occupation.findUnique({ where: { code: "222202" }, select: { version: true } });
    await reloadReference();
    const after = await seeded.db.occupation.findUnique({
      where: { code: "222202" },
      select: { description: true, version: true, altTitles: { where: { source: "kzis" }, select: { title: true } } },
    });
    expect(after).toEqual({
      description: "Udziela świadczeń w anestezjologii i intensywnej terapii (poprawka testu).",
      version: before?.version,
      altTitles: [{ title: "Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej" }],
    });
  });
});

describe("concurrent editors", () => {
  const EDITORS = 20;

  it(`${EDITORS} publishes of one entry at the same version: one wins, the others get the conflict answer`, async () => {
    const { state, tokens, base, data } = await start("3514");
    const inputs = Array.from({ length: EDITORS }, (_, n) => ({ ...data, description: `Opis grupy, wersja redaktora ${n}` }));
    const settled = await Promise.allSettled(
      inputs.map((input, n) =>
        drafts.saveDraft({
          ref: ref("3514"),
          tokens,
          data: input,
          clientBase: base,
          publish: true,
          message: `redaktor ${n}`,
          actor: { id: n % 2 ? seeded.userIds.editor : seeded.userIds.editor2 },
          ip: null,
        }),
      ),
    );
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
    const outcomes = settled.map((s) => (s as PromiseFulfilledResult<SaveOutcome>).value);
    const winners = outcomes.flatMap((o, i) => (o.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const lost of outcomes.filter((o) => !o.ok))
      expect(lost).toMatchObject({ ok: false, reason: "conflict", conflict: { kind: "published", tokens: { baseVersion: state.live.version + 1 } } });
    const after = await start("3514");
    expect(after.state.live.version).toBe(state.live.version + 1);
    expect(after.data.description).toBe(inputs[winners[0]!]!.description);
    expect(await seeded.db.auditLog.count({ where: { action: "publish", entity: "occupation:3514" } })).toBe(1);
  });

  it(`${EDITORS} draft saves over one draft: one wins, the others get the conflict answer`, async () => {
    const first = await start("35");
    expect(
      (
        await drafts.saveDraft({
          ref: ref("35"),
          tokens: first.tokens,
          data: { ...first.data, description: "szkic" },
          clientBase: first.base,
          publish: false,
          message: "",
          actor: actor(),
          ip: null,
        })
      ).ok,
    ).toBe(true);
    const { tokens, base, data } = await start("35");
    const settled = await Promise.allSettled(
      Array.from({ length: EDITORS }, (_, n) =>
        drafts.saveDraft({
          ref: ref("35"),
          tokens,
          data: { ...data, description: `szkic ${n}` },
          clientBase: base,
          publish: false,
          message: "",
          actor: { id: seeded.userIds.editor2 },
          ip: null,
        }),
      ),
    );
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
    const outcomes = settled.map((s) => (s as PromiseFulfilledResult<SaveOutcome>).value);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    for (const lost of outcomes.filter((o) => !o.ok)) expect(lost).toMatchObject({ ok: false, reason: "conflict", conflict: { kind: "draft" } });
  });

  it("a profile's editor and the entry's editor share the editors' titles: neither silently undoes the other", async () => {
    const entry = await start("351402");
    const profileRef = { entityType: "profile", entityKey: "351402" } as const;
    const profileState = await drafts.getEditorState(profileRef);
    const profileStart = drafts.startingPoint(profileState!);
    // The entry's editor adds a title first…
    await publish("351402", (s) => ({ ...s, altTitles: [...s.altTitles, { title: "Administrator poczty (redakcja)", language: "pl", source: "editor" }] }));
    // …so the profile editor, who started before, gets a conflict instead of removing it.
    const profile = profileStart.data as ProfileSnapshot;
    const outcome = await drafts.saveDraft({
      ref: profileRef,
      tokens: profileStart.tokens,
      data: { ...profile, synthesis: "Nowa synteza" },
      clientBase: profileStart.base,
      publish: true,
      message: "",
      actor: actor(),
      ip: null,
    });
    expect(outcome).toMatchObject({ ok: false, reason: "conflict" });
    // And the other way round: a profile publish that changes the titles moves the entry's version on.
    const fresh = drafts.startingPoint((await drafts.getEditorState(profileRef))!);
    const versionBefore = (await start("351402")).state.live.version;
    expect(entry.state.live.version).toBeLessThan(versionBefore);
    const ok = await drafts.saveDraft({
      ref: profileRef,
      tokens: fresh.tokens,
      data: { ...(fresh.data as ProfileSnapshot), altTitles: [] },
      clientBase: fresh.base,
      publish: true,
      message: "",
      actor: actor(),
      ip: null,
    });
    expect(ok.ok).toBe(true);
    expect((await start("351402")).state.live.version).toBe(versionBefore + 1);
  });
});
