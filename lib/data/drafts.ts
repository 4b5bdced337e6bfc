import "server-only";
import { db, transactions } from "@/lib/db";
import { ConflictError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentFilter } from "@/lib/search/documents";
import { bumpDataVersionInTx } from "@/lib/store/app-meta";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { diffSnapshots, type SectionDiff } from "@/lib/editor/diff";
import { publishableSnapshot } from "@/lib/editor/publishable";
import {
  ENTITY_TYPES,
  SNAPSHOT_SCHEMAS,
  type BaseTokens,
  type EntityRef,
  type OccupationSnapshot,
  type PositionSnapshot,
  type ProfileSnapshot,
  type Snapshot,
} from "@/lib/validation/editor";
import { recordAudit } from "./audit";
import { profileRowFields, readLivePosition, readLiveProfile, writePositionContent, writeProfileContent } from "./editor-snapshots";
import { casOccupation, checkOccupationSnapshot, readLiveOccupation, writeOccupationContent } from "./occupation-entries";

/**
 * Drafts, publishing and revisions, with optimistic concurrency: a save or publish names the entry
 * version and the draft revision it started from, and every write is a compare-and-set on them
 * (`UPDATE … WHERE id = ? AND version = ?`). A stale one is refused with what changed meanwhile.
 */

type Tx = Prisma.TransactionClient;

export type Live = { id: number; version: number; updatedAt: Date; snapshot: Snapshot; title: string };

export type DraftRow = {
  revision: number;
  baseVersion: number;
  base: Snapshot;
  data: Snapshot;
  updatedAt: Date;
  author: { name: string; email: string } | null;
};

export type Conflict = {
  /** published: the entry changed (publish or re-import); draft: someone saved the draft. */
  kind: "published" | "draft";
  changes: SectionDiff[];
  by: string | null;
  at: Date;
  /** The tokens to save over it deliberately ("keep mine"). */
  tokens: BaseTokens;
};

export type SaveOutcome =
  | { ok: true; published: boolean; tokens: BaseTokens; snapshot: Snapshot; version: number }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; reason: "conflict"; conflict: Conflict };

export function parseSnapshot(ref: Pick<EntityRef, "entityType">, value: unknown): Snapshot {
  return SNAPSHOT_SCHEMAS[ref.entityType].parse(value);
}

function toJson(value: Snapshot): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

async function readLive(tx: Tx, ref: EntityRef): Promise<Live | null> {
  if (ref.entityType === "occupation") {
    // A classification entry is keyed by its code; `id` is unused for it.
    const live = await readLiveOccupation(tx, ref.entityKey);
    return live && { id: 0, version: live.version, updatedAt: live.updatedAt, snapshot: live.snapshot, title: live.snapshot.name };
  }
  if (ref.entityType === "profile") {
    const live = await readLiveProfile(tx, ref.entityKey);
    if (!live) return readStartedProfile(tx, ref);
    return { id: live.id, version: live.version, updatedAt: live.updatedAt, snapshot: live.snapshot, title: live.snapshot.title };
  }
  const live = await readLivePosition(tx, Number(ref.entityKey));
  return live && { id: live.id, version: live.version, updatedAt: live.updatedAt, snapshot: live.snapshot, title: live.snapshot.title };
}

/**
 * A profile an editor started (lib/data/start-profile.ts) and nobody published yet: no Profile row,
 * a draft based on version 0. It stands in for the live entry at version 0, so saving and
 * publishing run the same compare-and-set as for any entry.
 */
async function readStartedProfile(tx: Tx, ref: EntityRef): Promise<Live | null> {
  const draft = await tx.draft.findUnique({ where: draftWhere(ref), select: { baseVersion: true, base: true, createdAt: true } });
  if (!draft || draft.baseVersion !== 0) return null;
  const snapshot = parseSnapshot(ref, draft.base) as ProfileSnapshot;
  return { id: 0, version: 0, updatedAt: draft.createdAt, snapshot, title: snapshot.title };
}

const draftWhere = (ref: EntityRef) => ({ entityType_entityKey: { entityType: ref.entityType, entityKey: ref.entityKey } });

async function readDraft(tx: Tx, ref: EntityRef): Promise<DraftRow | null> {
  const row = await tx.draft.findUnique({
    where: draftWhere(ref),
    select: { revision: true, baseVersion: true, base: true, data: true, updatedAt: true, author: { select: { name: true, email: true } } },
  });
  if (!row) return null;
  return { ...row, base: parseSnapshot(ref, row.base), data: parseSnapshot(ref, row.data) };
}

export type EditorState = { live: Live; draft: DraftRow | null };

export async function getEditorState(ref: EntityRef): Promise<EditorState | null> {
  const [live, draft] = await Promise.all([readLive(db, ref), readDraft(db, ref)]);
  return live ? { live, draft } : null;
}

/** The tokens and base a form starts from: the draft when there is one, the live entry otherwise. */
export function startingPoint(state: EditorState): { tokens: BaseTokens; base: Snapshot; data: Snapshot } {
  if (state.draft) return { tokens: { baseVersion: state.draft.baseVersion, draftRevision: state.draft.revision }, base: state.draft.data, data: state.draft.data };
  return { tokens: { baseVersion: state.live.version, draftRevision: 0 }, base: state.live.snapshot, data: state.live.snapshot };
}

async function lastPublisher(tx: Tx, ref: EntityRef): Promise<string | null> {
  const rev = await tx.revision.findFirst({
    where: { entityType: ref.entityType, entityKey: ref.entityKey },
    orderBy: { version: "desc" },
    select: { author: { select: { name: true } } },
  });
  return rev?.author?.name ?? null;
}

async function conflictOf(tx: Tx, ref: EntityRef, live: Live, draft: DraftRow | null, clientBase: Snapshot | null, tokens: BaseTokens): Promise<Conflict> {
  const current: BaseTokens = { baseVersion: draft?.baseVersion ?? live.version, draftRevision: draft?.revision ?? 0 };
  // Prefer what the entry looked like when this editor started; the draft's own base otherwise.
  if (live.version !== tokens.baseVersion && (!draft || draft.revision === tokens.draftRevision)) {
    const from = draft?.base ?? clientBase ?? live.snapshot;
    return { kind: "published", changes: diffSnapshots(ref.entityType, from, live.snapshot), by: await lastPublisher(tx, ref), at: live.updatedAt, tokens: { ...current, baseVersion: live.version } };
  }
  const from = clientBase ?? draft?.base ?? live.snapshot;
  const to = draft?.data ?? live.snapshot;
  return { kind: "draft", changes: diffSnapshots(ref.entityType, from, to), by: draft?.author?.name ?? null, at: draft?.updatedAt ?? live.updatedAt, tokens: { ...current, baseVersion: live.version } };
}

async function checkReferences(tx: Tx, ref: EntityRef, data: Snapshot): Promise<FieldErrors> {
  if (ref.entityType === "occupation") return checkOccupationSnapshot(tx, ref.entityKey, data as OccupationSnapshot);
  if (ref.entityType !== "position") return {};
  const code = (data as PositionSnapshot).occupationCode;
  if (!code) return {};
  const found = await tx.occupation.findUnique({ where: { code }, select: { level: true } });
  return found?.level === "occupation" ? {} : { "data.occupationCode": ["unknownOccupation"] };
}

export type SaveRequest = {
  ref: EntityRef;
  tokens: BaseTokens;
  data: Snapshot;
  /** The snapshot the editor started from, only to show what changed meanwhile. */
  clientBase: Snapshot | null;
  publish: boolean;
  message: string;
  actor: { id: string };
  ip: string | null;
};

/**
 * Saves the draft, or publishes it: one transaction that compares and sets the draft revision and
 * (when publishing) the entry version, writes the live tables, records the revision (and the
 * state before the first edit, so it can be restored) and the audit entry.
 */
export async function saveDraft(req: SaveRequest): Promise<SaveOutcome> {
  const { ref, tokens, data } = req;
  try {
    return await db.$transaction(async (tx): Promise<SaveOutcome> => {
      await transactions.lockForWriting(tx);
      const live = await readLive(tx, ref);
      if (!live) return { ok: false, reason: "not-found" };
      const fieldErrors = await checkReferences(tx, ref, data);
      if (Object.keys(fieldErrors).length) return { ok: false, reason: "invalid", fieldErrors };
      const draft = await readDraft(tx, ref);
      if (live.version !== tokens.baseVersion || (draft?.revision ?? 0) !== tokens.draftRevision) {
        return { ok: false, reason: "conflict", conflict: await conflictOf(tx, ref, live, draft, req.clientBase, tokens) };
      }
      if (req.publish) return publishInTx(tx, req, live, draft);

      const base = draft && draft.baseVersion === live.version ? draft.base : live.snapshot;
      let revision: number;
      if (draft) {
        const updated = await tx.draft.updateMany({
          where: { entityType: ref.entityType, entityKey: ref.entityKey, revision: tokens.draftRevision },
          data: { data: toJson(data), base: toJson(base), baseVersion: live.version, revision: { increment: 1 }, authorId: req.actor.id },
        });
        if (updated.count !== 1) throw new ConflictError(await conflictOf(tx, ref, live, await readDraft(tx, ref), req.clientBase, tokens));
        revision = tokens.draftRevision + 1;
      } else {
        await tx.draft.create({
          data: { entityType: ref.entityType, entityKey: ref.entityKey, baseVersion: live.version, base: toJson(live.snapshot), data: toJson(data), revision: 1, authorId: req.actor.id },
        });
        revision = 1;
      }
      await recordAudit({ action: "draft-save", userId: req.actor.id, entity: `${ref.entityType}:${ref.entityKey}`, details: { revision, baseVersion: live.version }, ip: req.ip }, tx);
      return { ok: true, published: false, tokens: { baseVersion: live.version, draftRevision: revision }, snapshot: data, version: live.version };
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, reason: "conflict", conflict: error.conflict as Conflict };
    // Two first saves of the same entry at once: the second create hits the unique draft key.
    if (isUniqueViolation(error)) {
      const state = await getEditorState(ref);
      if (state) return { ok: false, reason: "conflict", conflict: await conflictOf(db, ref, state.live, state.draft, req.clientBase, tokens) };
    }
    throw error;
  }
}

async function publishInTx(tx: Tx, req: SaveRequest, live: Live, draft: DraftRow | null): Promise<SaveOutcome> {
  const { ref, tokens } = req;
  // Unplaced candidates dropped, provenance exactly as the live tables will hold it (lib/editor/publishable.ts).
  const data = publishableSnapshot(ref.entityType, req.data);
  const newVersion = live.version + 1;
  // A started profile's first publish creates the row; the unique occupation code is its
  // compare-and-set (a second creator fails with P2002 and gets the conflict answer).
  if (ref.entityType === "profile" && live.version === 0) {
    const p = data as ProfileSnapshot;
    const created = await tx.profile.create({
      data: { occupationCode: ref.entityKey, ...profileRowFields(p), version: newVersion },
      select: { id: true },
    });
    live = { ...live, id: created.id };
  }
  // The compare-and-set itself: nobody published or re-imported since this editor started.
  const updated =
    ref.entityType === "occupation"
      ? { count: await casOccupation(tx, ref.entityKey, tokens.baseVersion, newVersion) }
      : ref.entityType === "profile" && live.version === 0
      ? { count: 1 }
      : ref.entityType === "profile"
      ? await tx.profile.updateMany({
          where: { id: live.id, version: tokens.baseVersion },
          data: { version: newVersion, ...profileRowFields(data as ProfileSnapshot) },
        })
      : await tx.position.updateMany({
          where: { id: live.id, version: tokens.baseVersion },
          data: {
            version: newVersion,
            title: (data as PositionSnapshot).title,
            employer: (data as PositionSnapshot).employer,
            summary: (data as PositionSnapshot).summary,
            occupationCode: (data as PositionSnapshot).occupationCode,
          },
        });
  if (updated.count !== 1) throw new ConflictError(await conflictOf(tx, ref, (await readLive(tx, ref)) ?? live, draft, req.clientBase, tokens));
  if (draft) {
    const removed = await tx.draft.deleteMany({ where: { entityType: ref.entityType, entityKey: ref.entityKey, revision: tokens.draftRevision } });
    if (removed.count !== 1) throw new ConflictError(await conflictOf(tx, ref, live, await readDraft(tx, ref), req.clientBase, tokens));
  }
  if (ref.entityType === "profile") {
    await writeProfileContent(tx, live.id, ref.entityKey, data as ProfileSnapshot);
    // The classification entry's editor shows these titles too: its older drafts must conflict.
    if (JSON.stringify((live.snapshot as ProfileSnapshot).altTitles) !== JSON.stringify((data as ProfileSnapshot).altTitles)) {
      await tx.occupation.updateMany({ where: { code: ref.entityKey }, data: { version: { increment: 1 } } });
    }
  } else if (ref.entityType === "occupation") await writeOccupationContent(tx, ref.entityKey, live.snapshot as OccupationSnapshot, data as OccupationSnapshot);
  else await writePositionContent(tx, live.id, data as PositionSnapshot);

  // Keep the state before the first edit (imported), so history can compare and restore it.
  const keyOf = { entityType: ref.entityType, entityKey: ref.entityKey };
  const hasBaseline = live.version === 0 || (await tx.revision.findUnique({ where: { entityType_entityKey_version: { ...keyOf, version: live.version } }, select: { id: true } }));
  if (!hasBaseline) await tx.revision.create({ data: { ...keyOf, version: live.version, data: toJson(live.snapshot), message: null, authorId: null, createdAt: live.updatedAt } });
  const revision = await tx.revision.create({ data: { ...keyOf, version: newVersion, data: toJson(data), message: req.message || null, authorId: req.actor.id }, select: { id: true } });
  // The search entry and the data version commit with the publish, or neither does: search never
  // keeps showing the old text of a committed publish (docs/decisions/0016).
  await transactions.reindex(tx, searchFilterOf(ref));
  await bumpDataVersionInTx(tx);
  await recordAudit({ action: "publish", userId: req.actor.id, entity: `${ref.entityType}:${ref.entityKey}`, details: { version: newVersion, revisionId: revision.id, message: req.message }, ip: req.ip }, tx);
  return { ok: true, published: true, tokens: { baseVersion: newVersion, draftRevision: 0 }, snapshot: data, version: newVersion };
}

/** A profile and a classification entry share their occupation's search entry. */
function searchFilterOf(ref: EntityRef): DocumentFilter {
  return ref.entityType === "position" ? { positionIds: [Number(ref.entityKey)] } : { occupationCodes: [ref.entityKey] };
}

export type DiscardOutcome = { ok: true } | { ok: false; reason: "conflict" | "not-found" };

export async function discardDraft(ref: EntityRef, draftRevision: number, actor: { id: string }, ip: string | null): Promise<DiscardOutcome> {
  return db.$transaction(async (tx) => {
    await transactions.lockForWriting(tx);
    const removed = await tx.draft.deleteMany({ where: { entityType: ref.entityType, entityKey: ref.entityKey, revision: draftRevision } });
    if (removed.count !== 1) {
      const exists = await tx.draft.findUnique({ where: draftWhere(ref), select: { id: true } });
      return { ok: false, reason: exists ? "conflict" : "not-found" } as const;
    }
    await recordAudit({ action: "draft-discard", userId: actor.id, entity: `${ref.entityType}:${ref.entityKey}`, details: { revision: draftRevision }, ip }, tx);
    return { ok: true } as const;
  });
}

export type RevisionSummary = { id: number; version: number; message: string | null; createdAt: Date; author: { name: string; email: string } | null };

export async function listRevisions(ref: EntityRef): Promise<RevisionSummary[]> {
  return db.revision.findMany({
    where: { entityType: ref.entityType, entityKey: ref.entityKey },
    select: { id: true, version: true, message: true, createdAt: true, author: { select: { name: true, email: true } } },
    orderBy: { version: "desc" },
  });
}

export async function getRevisionSnapshots(ref: EntityRef, ids: number[]): Promise<Map<number, Snapshot>> {
  const rows = await db.revision.findMany({ where: { id: { in: ids }, entityType: ref.entityType, entityKey: ref.entityKey }, select: { id: true, data: true } });
  return new Map(rows.map((r) => [r.id, parseSnapshot(ref, r.data)]));
}

export type RestoreOutcome = { ok: true; ref: EntityRef } | { ok: false; reason: "not-found" | "conflict" };

/**
 * Restores a revision as the new draft (never straight into the live tables). `draftRevision` is
 * the draft the editor saw (0 = none), so an unpublished draft is never replaced unseen.
 */
export async function restoreRevision(revisionId: number, draftRevision: number, actor: { id: string }, ip: string | null): Promise<RestoreOutcome> {
  return db.$transaction(async (tx): Promise<RestoreOutcome> => {
    await transactions.lockForWriting(tx);
    const rev = await tx.revision.findUnique({ where: { id: revisionId }, select: { entityType: true, entityKey: true, version: true, data: true } });
    if (!rev || !(ENTITY_TYPES as readonly string[]).includes(rev.entityType)) return { ok: false, reason: "not-found" };
    const ref = { entityType: rev.entityType, entityKey: rev.entityKey } as EntityRef;
    const live = await readLive(tx, ref);
    if (!live) return { ok: false, reason: "not-found" };
    const data = parseSnapshot(ref, rev.data);
    const draft = await tx.draft.findUnique({ where: draftWhere(ref), select: { revision: true } });
    if ((draft?.revision ?? 0) !== draftRevision) return { ok: false, reason: "conflict" };
    if (draft) {
      const updated = await tx.draft.updateMany({
        where: { entityType: ref.entityType, entityKey: ref.entityKey, revision: draftRevision },
        data: { data: toJson(data), base: toJson(live.snapshot), baseVersion: live.version, revision: { increment: 1 }, authorId: actor.id },
      });
      if (updated.count !== 1) return { ok: false, reason: "conflict" };
    } else {
      await tx.draft.create({ data: { ...ref, baseVersion: live.version, base: toJson(live.snapshot), data: toJson(data), revision: 1, authorId: actor.id } });
    }
    await recordAudit({ action: "restore", userId: actor.id, entity: `${ref.entityType}:${ref.entityKey}`, details: { revisionId, version: rev.version }, ip }, tx);
    return { ok: true, ref };
  });
}
