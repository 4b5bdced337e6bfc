/**
 * Issue 11, item 2: an editor starts a profile for an occupation without one from the prefilled
 * draft, and publishes it. Runs on SQLite and on PostgreSQL (vitest.pg.config.ts), through the
 * data functions the server actions call (lib/data/start-profile.ts, lib/data/drafts.ts).
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SaveOutcome } from "@/lib/data/drafts";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import { createEditorDb, seedEditorDb } from "../setup/editor-db";

type Seeded = Awaited<ReturnType<typeof seedEditorDb>>;

const { cleanup } = await createEditorDb("start-profile");
let seeded: Seeded;
let drafts: typeof import("@/lib/data/drafts");
let start: typeof import("@/lib/data/start-profile");
let profiles: typeof import("@/lib/data/profiles");
let ops: typeof import("@/lib/editor/profile-item-ops");

const CODE = "252201";
const ref = { entityType: "profile", entityKey: CODE } as const;
const actor = () => ({ id: seeded.userIds.editor });

beforeAll(async () => {
  seeded = await seedEditorDb();
  drafts = await import("@/lib/data/drafts");
  start = await import("@/lib/data/start-profile");
  profiles = await import("@/lib/data/profiles");
  ops = await import("@/lib/editor/profile-item-ops");
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

/** Reloads the reference data as `db:seed --force` does, on the run's dialect. */
async function reloadReference(): Promise<void> {
  const dataDir = path.resolve("seeds/data");
  const { pgPool } = await import("@/lib/db");
  if (pgPool) {
    const { loadReferenceDataPg } = await import("@/lib/seed/load-reference-pg");
    await loadReferenceDataPg(pgPool, dataDir, { force: true });
    return;
  }
  const { env, sqlitePathFromUrl } = await import("@/lib/env");
  const { openSqlite } = await import("@/lib/db/sqlite");
  const { loadReferenceData } = await import("@/lib/seed/load-reference");
  const raw = openSqlite(sqlitePathFromUrl(env.DATABASE_URL));
  try {
    loadReferenceData(raw, dataDir, { force: true });
  } finally {
    raw.close();
  }
}

describe("starting a profile", () => {
  it("refuses codes that are not occupations and occupations that have a profile", async () => {
    expect(await start.startProfile("2522", actor(), null)).toEqual({ ok: false, reason: "not-found" });
    expect(await start.startProfile("999999", actor(), null)).toEqual({ ok: false, reason: "not-found" });
    expect(await start.startProfile("351402", actor(), null)).toEqual({ ok: false, reason: "exists" });
  });

  it("ten editors starting the same code at once make one draft; the others open it", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, n) => start.startProfile(CODE, { id: n % 2 ? seeded.userIds.editor : seeded.userIds.editor2 }, null)),
    );
    expect(outcomes.filter((o) => o.ok && o.created)).toHaveLength(1);
    expect(outcomes.filter((o) => o.ok && !o.created)).toHaveLength(9);
    expect(await seeded.db.draft.count({ where: { entityType: "profile", entityKey: CODE } })).toBe(1);
    expect(await seeded.db.auditLog.count({ where: { action: "profile-start", entity: `profile:${CODE}` } })).toBe(1);
  });

  it("the draft is prefilled from the reference data, and nothing is public", async () => {
    const state = await drafts.getEditorState(ref);
    expect(state?.live).toMatchObject({ id: 0, version: 0 });
    const data = state!.draft!.data as ProfileSnapshot;
    const occupation = await seeded.db.occupation.findUniqueOrThrow({ where: { code: CODE }, select: { name: true, description: true } });
    const groupTasks = await seeded.db.groupTask.findMany({ where: { occupationCode: "2522" }, orderBy: { position: "asc" }, select: { text: true } });
    const skills = await seeded.db.occupationEscoSkill.count({ where: { occupationCode: CODE } });
    expect(data.title).toBe(occupation.name);
    expect(data.synthesis).toBe(occupation.description);
    expect(data.tasks.map((t) => t.title.toLocaleLowerCase("pl"))).toEqual(groupTasks.map((t) => t.text.toLocaleLowerCase("pl")));
    expect(data.candidates).toHaveLength(skills);
    expect(skills).toBeGreaterThan(0);
    expect(data.keyCompetences).toHaveLength(9);
    expect(data.keyCompetences.every((k) => k.level === null)).toBe(true);
    expect(data.provenance?.tasks[data.tasks[0]!.title]).toEqual({ kind: "kzis-group-task", ref: "2522" });
    expect(data.provenance?.items[data.candidates![0]!]?.kind).toBe("esco-skill");
    // Public reads see no profile.
    expect(await profiles.getProfileByCode(CODE)).toBeNull();
    expect(await seeded.db.profile.count({ where: { occupationCode: CODE } })).toBe(0);
  });

  it("a draft save of the started profile compare-and-sets on the draft revision", async () => {
    const state = (await drafts.getEditorState(ref))!;
    const { tokens, base, data } = drafts.startingPoint(state);
    expect(tokens).toEqual({ baseVersion: 0, draftRevision: 1 });
    const edited = { ...(data as ProfileSnapshot), workDescription: "Opis pracy redakcji." };
    const saved = await drafts.saveDraft({ ref, tokens, data: edited, clientBase: base, publish: false, message: "", actor: actor(), ip: null });
    expect(saved).toMatchObject({ ok: true, published: false, tokens: { baseVersion: 0, draftRevision: 2 } });
    const stale = await drafts.saveDraft({ ref, tokens, data: edited, clientBase: base, publish: false, message: "", actor: actor(), ip: null });
    expect(stale).toMatchObject({ ok: false, reason: "conflict", conflict: { kind: "draft" } });
    expect(await profiles.getProfileByCode(CODE)).toBeNull();
  });

  it("twenty concurrent publishes of the started profile: one creates it, the others get the conflict answer", async () => {
    const state = (await drafts.getEditorState(ref))!;
    const { tokens, base, data } = drafts.startingPoint(state);
    const prefilled = data as ProfileSnapshot;
    // The flow of the issue: a prefilled ESCO item moved into a task, two key-competence levels set.
    const escoItem = prefilled.candidates![0]!;
    let edited = ops.placeCandidate(prefilled, 0, 0, "skills");
    edited = { ...edited, keyCompetences: edited.keyCompetences.map((k, i) => (i === 0 ? { ...k, level: 4 } : i === 6 ? { ...k, level: 2 } : k)) };
    const inputs = Array.from({ length: 20 }, (_, n) => ({ ...edited, workDescription: `Opis pracy ${n}` }));
    const settled = await Promise.allSettled(
      inputs.map((input, n) =>
        drafts.saveDraft({
          ref,
          tokens,
          data: input,
          clientBase: base,
          publish: true,
          message: `start ${n}`,
          actor: { id: n % 2 ? seeded.userIds.editor : seeded.userIds.editor2 },
          ip: null,
        }),
      ),
    );
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
    const outcomes = settled.map((s) => (s as PromiseFulfilledResult<SaveOutcome>).value);
    const winners = outcomes.flatMap((o, i) => (o.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const lost of outcomes.filter((o) => !o.ok)) expect(lost).toMatchObject({ ok: false, reason: "conflict" });
    const winner = winners[0]!;

    const profile = await profiles.getProfileByCode(CODE);
    expect(profile).not.toBeNull();
    expect(profile!.version).toBe(1);
    expect(profile!.workDescription).toBe(`Opis pracy ${winner}`);
    // Provenance of each item and the two levels, as the public page shows them.
    expect(profile!.tasks[0]!.skills).toEqual([escoItem]);
    expect(profile!.origins!.tasks[0]!.task).toEqual({ kind: "kzis-group-task", ref: "2522" });
    expect(profile!.origins!.tasks[0]!.skills[0]!.kind).toBe("esco-skill");
    expect(profile!.keyCompetences[0]!.level).toBe(4);
    expect(profile!.keyCompetences[6]!.level).toBe(2);
    expect(profile!.keyCompetences.filter((k) => k.level === null)).toHaveLength(7);
    expect(profile!.origins!.keyCompetences[0]).toEqual({ kind: "editor", ref: null });
    // Unplaced candidates are not published; one revision (no baseline for a new profile), the draft is gone.
    const after = (await drafts.getEditorState(ref))!;
    expect(after.draft).toBeNull();
    expect(after.live.snapshot).not.toHaveProperty("candidates");
    expect(await drafts.listRevisions(ref)).toHaveLength(1);
    expect(await seeded.db.auditLog.count({ where: { action: "publish", entity: `profile:${CODE}` } })).toBe(1);
    // Starting again is refused now that the profile exists.
    expect(await start.startProfile(CODE, actor(), null)).toEqual({ ok: false, reason: "exists" });
  });

  it("a reference reload (db:seed --force) leaves the published profile and its provenance in place", async () => {
    const before = await profiles.getProfileByCode(CODE);
    await reloadReference();
    const after = await profiles.getProfileByCode(CODE);
    expect(after).toEqual(before);
  });

  it("GUS titles of a started profile are published as the editor's choice of GUS titles", async () => {
    const code = "351203";
    expect(await start.startProfile(code, actor(), null)).toEqual({ ok: true, created: true });
    const state = (await drafts.getEditorState({ entityType: "profile", entityKey: code }))!;
    const { tokens, base, data } = drafts.startingPoint(state);
    const titles = (data as ProfileSnapshot).altTitles;
    expect(titles.length).toBeGreaterThan(0);
    const published = await drafts.saveDraft({
      ref: { entityType: "profile", entityKey: code },
      tokens,
      data,
      clientBase: base,
      publish: true,
      message: "",
      actor: actor(),
      ip: null,
    });
    expect(published.ok).toBe(true);
    const rows = await seeded.db.altTitle.findMany({ where: { occupationCode: code, source: "editor" }, select: { title: true, origin: true } });
    expect(rows.map((r) => r.title).sort()).toEqual([...titles].sort());
    expect(rows.every((r) => r.origin === "gus")).toBe(true);
  });
});
