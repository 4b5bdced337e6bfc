import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProfileSnapshot } from "@/lib/validation/editor";
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
