import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityRef, PositionSnapshot, ProfileSnapshot } from "@/lib/validation/editor";
import { createEditorDb, seedEditorDb } from "../setup/editor-db";

type Drafts = typeof import("@/lib/data/drafts");
type Seeded = Awaited<ReturnType<typeof seedEditorDb>>;

const { cleanup } = await createEditorDb("drafts");
let drafts: Drafts;
let seeded: Seeded;
const ref = { entityType: "profile", entityKey: "351402" } as const;

beforeAll(async () => {
  seeded = await seedEditorDb();
  drafts = await import("@/lib/data/drafts");
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

async function start() {
  const state = await drafts.getEditorState(ref);
  if (!state) throw new Error("no profile");
  return drafts.startingPoint(state);
}

function retitleTask(s: ProfileSnapshot, index: number, title: string): ProfileSnapshot {
  return { ...s, tasks: s.tasks.map((t, i) => (i === index ? { ...t, title } : t)) };
}

describe("drafts and publishing", () => {
  it("saves a draft without touching the public entry", async () => {
    const { tokens, base, data } = await start();
    const edited = retitleTask(data as ProfileSnapshot, 0, "Instalowanie serwera pocztowego (draft)");
    const saved = await drafts.saveDraft({
      ref,
      tokens,
      data: edited,
      clientBase: base,
      publish: false,
      message: "",
      actor: { id: seeded.userIds.editor },
      ip: null,
    });
    expect(saved).toMatchObject({ ok: true, published: false, tokens: { baseVersion: tokens.baseVersion, draftRevision: 1 } });
    const live = await seeded.db.profileTask.findFirst({ where: { profile: { occupationCode: "351402" }, code: "Z1" }, select: { title: true } });
    expect(live?.title).toBe("Instalowanie i konfigurowanie oprogramowania serwera poczty elektronicznej");
  });

  it("two editors saving the same version: one wins, the other gets the conflict with what changed", async () => {
    const { tokens, base, data } = await start();
    const mine = retitleTask(data as ProfileSnapshot, 1, "Konta użytkowników — wersja Ewy");
    const theirs = retitleTask(data as ProfileSnapshot, 2, "Klienci poczty — wersja Jana");
    const [a, b] = await Promise.all([
      drafts.saveDraft({ ref, tokens, data: mine, clientBase: base, publish: false, message: "", actor: { id: seeded.userIds.editor }, ip: null }),
      drafts.saveDraft({ ref, tokens, data: theirs, clientBase: base, publish: false, message: "", actor: { id: seeded.userIds.editor2 }, ip: null }),
    ]);
    const outcomes = [a, b];
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const lost = outcomes.find((o) => !o.ok);
    expect(lost).toMatchObject({ ok: false, reason: "conflict", conflict: { kind: "draft" } });
    if (lost?.ok !== false || lost.reason !== "conflict") throw new Error("expected a conflict");
    // The loser sees exactly the winner's change, not their own.
    const winnerTitle = a.ok ? "Konta użytkowników — wersja Ewy" : "Klienci poczty — wersja Jana";
    expect(lost.conflict.changes).toEqual([{ section: "tasks", changes: [expect.objectContaining({ kind: "changed", field: "title", after: winnerTitle })] }]);
    expect(lost.conflict.by).toBe(a.ok ? "Ewa Edytorka" : "Jan Drugi");
    expect(lost.conflict.tokens.draftRevision).toBe(tokens.draftRevision + 1);
  });

  it("publishes the draft into the live tables in one step and records the revision", async () => {
    const { tokens, base, data } = await start();
    const result = await drafts.saveDraft({
      ref,
      tokens,
      data,
      clientBase: base,
      publish: true,
      message: "Poprawki tytułów",
      actor: { id: seeded.userIds.editor },
      ip: null,
    });
    expect(result).toMatchObject({ ok: true, published: true, version: tokens.baseVersion + 1 });
    expect(await seeded.db.draft.count()).toBe(0);
    const revisions = await drafts.listRevisions(ref);
    expect(revisions.map((r) => [r.version, r.message, r.author?.name ?? null])).toEqual([
      [tokens.baseVersion + 1, "Poprawki tytułów", "Ewa Edytorka"],
      [tokens.baseVersion, null, null],
    ]);
    const titles = await seeded.db.profileTask.findMany({
      where: { profile: { occupationCode: "351402" } },
      orderBy: { position: "asc" },
      select: { title: true },
    });
    expect(titles[0]?.title).toBe("Instalowanie serwera pocztowego (draft)");
  });

  it("refuses to publish over a newer version and shows what changed meanwhile", async () => {
    const first = await start();
    // Someone else publishes first.
    const other = retitleTask(first.data as ProfileSnapshot, 4, "Zgłoszenia — opublikowane przez Jana");
    expect(
      (
        await drafts.saveDraft({
          ref,
          tokens: first.tokens,
          data: other,
          clientBase: first.base,
          publish: true,
          message: "",
          actor: { id: seeded.userIds.editor2 },
          ip: null,
        })
      ).ok,
    ).toBe(true);
    // The first editor, still on the old version, tries to publish.
    const mine = retitleTask(first.data as ProfileSnapshot, 3, "Bezpieczeństwo — Ewa");
    const refused = await drafts.saveDraft({
      ref,
      tokens: first.tokens,
      data: mine,
      clientBase: first.base,
      publish: true,
      message: "",
      actor: { id: seeded.userIds.editor },
      ip: null,
    });
    expect(refused).toMatchObject({ ok: false, reason: "conflict", conflict: { kind: "published", by: "Jan Drugi" } });
    if (refused.ok || refused.reason !== "conflict") throw new Error("expected a conflict");
    expect(refused.conflict.changes[0]?.changes).toEqual([expect.objectContaining({ item: "Z5", after: "Zgłoszenia — opublikowane przez Jana" })]);
    const z4 = await seeded.db.profileTask.findFirst({ where: { profile: { occupationCode: "351402" }, code: "Z4" }, select: { title: true } });
    expect(z4?.title).toBe("Zarządzanie bezpieczeństwem systemu poczty elektronicznej");
  });

  it("restores an old revision as a new draft, never over an unseen draft", async () => {
    const revisions = await drafts.listRevisions(ref);
    const oldest = revisions.at(-1)!;
    const { tokens } = await start();
    expect(tokens.draftRevision).toBe(0);
    expect(await drafts.restoreRevision(oldest.id, 1, { id: seeded.userIds.editor }, null)).toEqual({ ok: false, reason: "conflict" });
    expect(await drafts.restoreRevision(oldest.id, 0, { id: seeded.userIds.editor }, null)).toEqual({ ok: true, ref });
    const state = await drafts.getEditorState(ref);
    expect((state?.draft?.data as ProfileSnapshot).tasks[0]?.title).toBe("Instalowanie i konfigurowanie oprogramowania serwera poczty elektronicznej");
    expect(state?.draft?.baseVersion).toBe(state?.live.version);
  });

  it("refuses an unknown occupation code for a position as a field error", async () => {
    const pref = { entityType: "position", entityKey: String(seeded.positionId) } as const;
    const state = await drafts.getEditorState(pref);
    const { tokens, base, data } = drafts.startingPoint(state!);
    const result = await drafts.saveDraft({
      ref: pref,
      tokens,
      data: { ...data, occupationCode: "999999" },
      clientBase: base,
      publish: false,
      message: "",
      actor: { id: seeded.userIds.editor },
      ip: null,
    });
    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors: { "data.occupationCode": ["unknownOccupation"] } });
  });
});

/** The editor publishes `edit` of the entry's starting point. */
async function publishEdit<T extends ProfileSnapshot | PositionSnapshot>(entry: EntityRef, edit: (s: T) => T, message = "") {
  const { tokens, base, data } = drafts.startingPoint((await drafts.getEditorState(entry))!);
  return drafts.saveDraft({
    ref: entry,
    tokens,
    data: edit(data as T),
    clientBase: base,
    publish: true,
    message,
    actor: { id: seeded.userIds.editor },
    ip: null,
  });
}

describe("section 2 and the 'source incomplete' flag in the editor", () => {
  const publish = (edit: (s: ProfileSnapshot) => ProfileSnapshot, message: string) => publishEdit(ref, edit, message);
  const live = () =>
    seeded.db.profile.findUniqueOrThrow({
      where: { occupationCode: "351402" },
      select: {
        summary: true,
        incompleteAt: true,
        subsections: { select: { section: true, level: true, heading: true, text: true }, orderBy: [{ section: "asc" }, { position: "asc" }] },
      },
    });
  beforeAll(async () => {
    // The restore above left a draft: these cases edit the live entry.
    const draft = (await drafts.getEditorState(ref))?.draft;
    if (draft) expect(await drafts.discardDraft(ref, draft.revision, { id: seeded.userIds.editor }, null)).toMatchObject({ ok: true });
  });
  // A section-4 heading beside section 2's: the editor keeps each subsection's section of the page.
  const subsections = [
    { section: 2, heading: "Opis pracy", level: 1 as const, text: "Administruje serwerami poczty." },
    { section: 2, heading: "Warunki pracy", level: 2 as const, text: "Praca w biurze.\n• dyżury" },
    { section: 4, heading: "Rynek pracy", level: 0 as const, text: "Zapotrzebowanie rośnie." },
  ];

  it("publishes the summary and subsections (heading, level, text, in order) and clears the flag, each a change in the revision's diff", async () => {
    // What an import of a cut-off page leaves (lib/store/document-plan.ts).
    await seeded.db.profile.update({ where: { occupationCode: "351402" }, data: { incompleteAt: "Z4: “Monitorowanie”", version: { increment: 1 } } });
    const { data } = await start();
    expect((data as ProfileSnapshot).incompleteAt).toBe("Z4: “Monitorowanie”");

    const result = await publish((s) => ({ ...s, summary: "Dba o pocztę firmy.", subsections, incompleteAt: null }), "Opis zawodu uzupełniony");
    expect(result).toMatchObject({ ok: true, published: true });
    expect(await live()).toEqual({ summary: "Dba o pocztę firmy.", incompleteAt: null, subsections });

    const [latest, previous] = await drafts.listRevisions(ref);
    expect(latest?.message).toBe("Opis zawodu uzupełniony");
    const snapshots = await drafts.getRevisionSnapshots(ref, [latest!.id, previous!.id]);
    const { diffProfile } = await import("@/lib/editor/diff");
    const changes = diffProfile(snapshots.get(previous!.id) as ProfileSnapshot, snapshots.get(latest!.id) as ProfileSnapshot);
    expect(changes.find((c) => c.section === "fields")?.changes).toEqual([
      { kind: "added", field: "summary", before: null, after: "Dba o pocztę firmy." },
      { kind: "removed", field: "incompleteAt", before: "Z4: “Monitorowanie”", after: null },
    ]);
    expect(
      changes
        .find((c) => c.section === "subsections")
        ?.changes.filter((c) => c.field === "heading")
        .map((c) => c.after),
    ).toEqual(["Opis pracy", "Warunki pracy", "Rynek pracy"]);
  });

  it("a snapshot older than section 2's fields (a restored old revision) leaves the stored ones as they are", async () => {
    const older = (s: ProfileSnapshot): ProfileSnapshot =>
      Object.fromEntries(Object.entries(s).filter(([key]) => !["summary", "subsections", "incompleteAt"].includes(key))) as ProfileSnapshot;
    const result = await publish(older, "Stara wersja");
    expect(result).toMatchObject({ ok: true, published: true });
    expect(await live()).toEqual({ summary: "Dba o pocztę firmy.", incompleteAt: null, subsections });
  });

  it("validates a subsection as the import does: a heading is required, the level is 0, 1 or 2, the section 1–7", async () => {
    const { profileSnapshotSchema } = await import("@/lib/validation/editor");
    const { data } = await start();
    const bad = profileSnapshotSchema.safeParse({
      ...data,
      subsections: [
        { heading: " ", level: 1, text: "" },
        { heading: "Warunki", level: 3, text: "" },
        { section: 8, heading: "Rynek pracy", level: 0, text: "" },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["subsections.0.heading", "subsections.1.level", "subsections.2.section"]);
  });
});

describe("a job description's sections through an edit", () => {
  it("an editor's publish keeps each section's number and field (the irregular duties stay marked)", async () => {
    const pref = { entityType: "position", entityKey: String(seeded.positionId) } as const;
    const result = await publishEdit<PositionSnapshot>(pref, (p) => ({ ...p, title: `${p.title} (poprawiony)` }));
    expect(result).toMatchObject({ ok: true, published: true });
    const sections = await seeded.db.positionSection.findMany({
      where: { positionId: seeded.positionId },
      orderBy: { order: "asc" },
      select: { number: true, field: true },
    });
    expect(sections.find((s) => s.field === "irregularDuties")?.number).toBe("4.2");
    expect(sections.every((s) => s.field !== null)).toBe(true);
  });
});
