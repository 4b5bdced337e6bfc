/**
 * Issue 7, "prove it under load": fifty editors save the same entry at the same version at once,
 * through saveDraft (lib/data/drafts.ts), the function the editor's server action calls. The
 * compare-and-set must let exactly one through and answer every other one with a conflict, never
 * with an error and never by silently overwriting the winner.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SaveOutcome } from "@/lib/data/drafts";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import { publishableProfile } from "@/lib/editor/publishable";
import { createEditorDb, seedEditorDb } from "../setup/editor-db";

type Drafts = typeof import("@/lib/data/drafts");
type Seeded = Awaited<ReturnType<typeof seedEditorDb>>;

const EDITORS = 50;
const { cleanup } = await createEditorDb("concurrent-saves");
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
  if (!state) throw new Error("no profile 351402");
  return { state, ...drafts.startingPoint(state) };
}

/** Each editor changes a different part, so the final state shows whose input won. */
function editBy(s: ProfileSnapshot, n: number): ProfileSnapshot {
  return {
    ...s,
    synthesis: `Synteza redaktora ${n}`,
    tasks: s.tasks.map((t, i) => (i === n % s.tasks.length ? { ...t, title: `${t.title} — poprawka ${n}` } : t)),
  };
}

/** Every loser must get the conflict answer: not "invalid", not an exception. */
function expectOneWinner(outcomes: SaveOutcome[]): number {
  const winners = outcomes.flatMap((o, i) => (o.ok ? [i] : []));
  expect(winners).toHaveLength(1);
  const losers = outcomes.filter((o) => !o.ok);
  expect(losers).toHaveLength(EDITORS - 1);
  for (const lost of losers) expect(lost).toMatchObject({ ok: false, reason: "conflict" });
  return winners[0]!;
}

describe(`${EDITORS} concurrent saves of one entry at the same version`, () => {
  it("publish: exactly one wins, the rest get the conflict, the live entry is the winner's input", async () => {
    const { state, tokens, base, data } = await start();
    const [revisionsBefore, auditBefore] = await Promise.all([seeded.db.revision.count(), seeded.db.auditLog.count({ where: { action: "publish" } })]);
    const inputs = Array.from({ length: EDITORS }, (_, n) => editBy(data as ProfileSnapshot, n));
    const settled = await Promise.allSettled(
      inputs.map((input, n) =>
        drafts.saveDraft({
          ref,
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
    // A rejected promise (a transaction timeout, "database is locked") is a failure of the rule too.
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
    const outcomes = settled.map((s) => (s as PromiseFulfilledResult<SaveOutcome>).value);
    const winner = expectOneWinner(outcomes);
    for (const lost of outcomes) {
      if (lost.ok || lost.reason !== "conflict") continue;
      // The losers are told it was a publish, and are offered the winner's version to save over.
      expect(lost.conflict.kind).toBe("published");
      expect(lost.conflict.tokens.baseVersion).toBe(state.live.version + 1);
    }

    const after = await drafts.getEditorState(ref);
    expect(after?.live.version).toBe(state.live.version + 1);
    // As published: with the provenance of each text spelled out (lib/editor/publishable.ts).
    expect(after?.live.snapshot).toEqual(publishableProfile(inputs[winner]!));
    expect(after?.draft).toBeNull();
    // One new published revision (plus the imported baseline on the first publish), one audit entry.
    const revisions = await drafts.listRevisions(ref);
    expect(revisions[0]).toMatchObject({ version: state.live.version + 1, message: `redaktor ${winner}` });
    expect(await seeded.db.revision.count()).toBe(revisionsBefore + (revisionsBefore === 0 ? 2 : 1));
    expect(await seeded.db.auditLog.count({ where: { action: "publish" } })).toBe(auditBefore + 1);
  });

  it("draft save: exactly one wins over an existing draft, the draft holds the winner's input", async () => {
    // A draft first, so all fifty compare-and-set on its revision (the update path, not the create).
    const first = await start();
    const seededDraft = await drafts.saveDraft({
      ref,
      tokens: first.tokens,
      data: editBy(first.data as ProfileSnapshot, 99),
      clientBase: first.base,
      publish: false,
      message: "",
      actor: { id: seeded.userIds.editor },
      ip: null,
    });
    expect(seededDraft.ok).toBe(true);
    const { state, tokens, base, data } = await start();
    expect(tokens.draftRevision).toBe(1);

    const inputs = Array.from({ length: EDITORS }, (_, n) => editBy(data as ProfileSnapshot, n));
    const settled = await Promise.allSettled(
      inputs.map((input) =>
        drafts.saveDraft({ ref, tokens, data: input, clientBase: base, publish: false, message: "", actor: { id: seeded.userIds.editor2 }, ip: null }),
      ),
    );
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
    const outcomes = settled.map((s) => (s as PromiseFulfilledResult<SaveOutcome>).value);
    const winner = expectOneWinner(outcomes);
    for (const lost of outcomes)
      if (!lost.ok && lost.reason === "conflict") expect(lost.conflict).toMatchObject({ kind: "draft", tokens: { draftRevision: 2 } });

    const after = await drafts.getEditorState(ref);
    expect(after?.draft?.revision).toBe(2);
    expect(after?.draft?.data).toEqual(inputs[winner]);
    // A draft save never touches the published entry.
    expect(after?.live.version).toBe(state.live.version);
    expect(after?.live.snapshot).toEqual(state.live.snapshot);
  });
});
