import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { canonicalTitles, editedFieldsOf, keptTitles, titleKey, toOverlay, unknownReferenceTitles, type Overlay, type SourceTitle, type SourceValues } from "@/lib/editor/occupation-overlay";
import { REFERENCE_META_KEY } from "@/lib/seed/reference-meta";
import { foldText } from "@/lib/text";
import type { OccupationLevel } from "@/lib/validation/occupation";
import type { OccupationSnapshot, TITLE_SOURCES } from "@/lib/validation/editor";
import { EDITOR_TITLE_SOURCE } from "./editor-snapshots";

/**
 * Classification entries (any of the five KZiS levels) as editorial entries
 * (docs/decisions/0012-classification-edits.md): read as a snapshot, published into the live
 * tables, with the corrections and the source values kept apart in OccupationEdit so the reference
 * loader never overwrites them. Runs inside the caller's transaction (lib/data/drafts.ts).
 */

type Tx = Prisma.TransactionClient;

export type LiveOccupation = { version: number; updatedAt: Date; level: OccupationLevel; snapshot: OccupationSnapshot };

const REFERENCE_SOURCES = ["gus", "esco", "kzis"];

async function referenceLoadedAt(tx: Tx): Promise<Date> {
  const meta = await tx.appMeta.findUnique({ where: { key: REFERENCE_META_KEY }, select: { updatedAt: true } });
  return meta?.updatedAt ?? new Date(0);
}

export async function readLiveOccupation(tx: Tx, code: string): Promise<LiveOccupation | null> {
  const row = await tx.occupation.findUnique({
    where: { code },
    select: {
      level: true,
      version: true,
      name: true,
      description: true,
      isVocational: true,
      preferredTitle: true,
      groupTasks: { select: { text: true }, orderBy: { position: "asc" } },
      altTitles: { select: { title: true, source: true, language: true }, orderBy: { id: "asc" } },
      edit: { select: { editedAt: true } },
    },
  });
  if (!row) return null;
  const titles = row.altTitles.map((t) => ({ title: t.title, language: t.language as "pl" | "en" | "kk" | "ru", source: t.source as (typeof TITLE_SOURCES)[number] }));
  return {
    version: row.version,
    level: row.level as OccupationLevel,
    // The time of the last publish, or of the reference load the entry comes from.
    updatedAt: row.edit?.editedAt ?? (await referenceLoadedAt(tx)),
    snapshot: {
      name: row.name,
      description: row.description,
      isVocational: row.isVocational,
      groupTasks: row.groupTasks.map((t) => t.text),
      // Reference titles first in their canonical order, editors' after in theirs (occupationSnapshotSchema's order).
      altTitles: [...canonicalTitles(titles.filter((t) => t.source !== EDITOR_TITLE_SOURCE)), ...titles.filter((t) => t.source === EDITOR_TITLE_SOURCE)],
      preferredTitle: row.preferredTitle,
    },
  };
}

async function readOverlay(tx: Tx, code: string): Promise<(Overlay & { needsReview: boolean; editedAt: Date }) | null> {
  const row = await tx.occupationEdit.findUnique({ where: { code }, select: { fields: true, basedOn: true, source: true, needsReview: true, editedAt: true } });
  return row ? { ...toOverlay(row), needsReview: row.needsReview, editedAt: row.editedAt } : null;
}

/** What the source says for the entry: the overlay's source values for edited fields, the live values for the rest. */
function sourceValuesOf(live: OccupationSnapshot, overlay: Overlay | null): SourceValues {
  const fromLive: SourceValues = {
    name: live.name,
    description: live.description,
    isVocational: live.isVocational,
    groupTasks: live.groupTasks,
    titles: live.altTitles.filter((t) => REFERENCE_SOURCES.includes(t.source)).map(({ title, source, language }) => ({ title, source, language })),
  };
  return { ...fromLive, ...(overlay?.source ?? {}) };
}

/** The publisher's own checks beyond the schema: reference titles must be the source's. */
export async function checkOccupationSnapshot(tx: Tx, code: string, data: OccupationSnapshot): Promise<FieldErrors> {
  const live = await readLiveOccupation(tx, code);
  if (!live) return {};
  const source = sourceValuesOf(live.snapshot, await readOverlay(tx, code));
  const errors: FieldErrors = {};
  for (const i of unknownReferenceTitles(data, source)) errors[`data.altTitles.${i}.source`] = ["unknownReferenceTitle"];
  return errors;
}

/** The compare-and-set of a publish: the entry is still at the version the editor started from. */
export async function casOccupation(tx: Tx, code: string, baseVersion: number, newVersion: number): Promise<number> {
  const updated = await tx.occupation.updateMany({ where: { code, version: baseVersion }, data: { version: newVersion } });
  return updated.count;
}

/**
 * Writes a published snapshot into the live tables and records which fields now differ from the
 * source (OccupationEdit), with the source values beside them. `live` is the entry before this
 * publish. An entry put back to the source everywhere loses its overlay row.
 */
export async function writeOccupationContent(tx: Tx, code: string, live: OccupationSnapshot, data: OccupationSnapshot, editedAt = new Date()): Promise<{ profileTitlesChanged: boolean }> {
  const overlay = await readOverlay(tx, code);
  const source = sourceValuesOf(live, overlay);
  const { fields, basedOn } = editedFieldsOf(data, source);

  await tx.occupation.update({
    where: { code },
    data: { name: data.name, searchName: foldText(data.name), description: data.description, isVocational: data.isVocational, preferredTitle: data.preferredTitle },
  });
  await tx.groupTask.deleteMany({ where: { occupationCode: code } });
  if (data.groupTasks.length) await tx.groupTask.createMany({ data: data.groupTasks.map((text, i) => ({ occupationCode: code, position: i + 1, text })) });

  // Reference titles: the source's minus the removed ones (also puts back a title restored from history).
  const wanted = keptTitles(source.titles, fields);
  const wantedKeys = new Set(wanted.map(titleKey));
  const present = live.altTitles.filter((t) => t.source !== EDITOR_TITLE_SOURCE);
  for (const t of present) if (!wantedKeys.has(titleKey(t))) await tx.altTitle.deleteMany({ where: { occupationCode: code, source: t.source, language: t.language, title: t.title } });
  const presentKeys = new Set(present.map(titleKey));
  const missing: SourceTitle[] = wanted.filter((t) => !presentKeys.has(titleKey(t)));
  if (missing.length) await tx.altTitle.createMany({ data: missing.map((t) => ({ occupationCode: code, ...t })) });

  // Editors' titles are the same rows the profile editor shows (source "editor", Polish).
  const editorBefore = live.altTitles.filter((t) => t.source === EDITOR_TITLE_SOURCE).map((t) => t.title);
  const editorAfter = data.altTitles.filter((t) => t.source === EDITOR_TITLE_SOURCE).map((t) => t.title);
  const profileTitlesChanged = JSON.stringify(editorBefore) !== JSON.stringify(editorAfter);
  if (profileTitlesChanged) {
    await tx.altTitle.deleteMany({ where: { occupationCode: code, source: EDITOR_TITLE_SOURCE } });
    if (editorAfter.length) await tx.altTitle.createMany({ data: editorAfter.map((title) => ({ occupationCode: code, title, source: EDITOR_TITLE_SOURCE, language: "pl" })) });
    // The profile editor edits these titles too: a profile draft started before this publish must conflict, not undo it.
    await tx.profile.updateMany({ where: { occupationCode: code }, data: { version: { increment: 1 } } });
  }

  if (Object.keys(fields).length === 0) {
    await tx.occupationEdit.deleteMany({ where: { code } });
  } else {
    const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
    const values = { fields: json(fields), basedOn: json(basedOn), source: json(basedOn), needsReview: false, editedAt };
    await tx.occupationEdit.upsert({ where: { code }, create: { code, ...values }, update: values });
  }
  return { profileTitlesChanged };
}

// ---------------------------------------------------------------------------------------------
// Reads for pages
// ---------------------------------------------------------------------------------------------

export type EntryProvenance = {
  /** Fields an editor corrected, with the source's own value for comparison. */
  edited: { name?: { source: string }; description?: { source: string | null }; isVocational?: { source: boolean }; groupTasks?: { source: string[] }; titles?: { removed: number } };
  editedAt: Date;
  /** A newer source release changed a field under the correction; an editor has yet to review it. */
  needsReview: boolean;
} | null;

/** The editorial side of a public entry page: the preferred other title and where the values come from. */
export async function getEntryEditorial(code: string): Promise<{ preferredTitle: string | null; provenance: EntryProvenance }> {
  const [row, provenance] = await Promise.all([db.occupation.findUnique({ where: { code }, select: { preferredTitle: true } }), getEntryProvenance(code)]);
  return { preferredTitle: row?.preferredTitle ?? null, provenance };
}

/** Where an entry's values come from: null when the entry is exactly KZiS's, else the corrected fields and when. */
export async function getEntryProvenance(code: string): Promise<EntryProvenance> {
  const overlay = await readOverlay(db, code);
  if (!overlay) return null;
  const f = overlay.fields;
  const s = overlay.source;
  return {
    edited: {
      ...(f.name !== undefined ? { name: { source: s.name ?? "" } } : {}),
      ...(f.description !== undefined ? { description: { source: s.description ?? null } } : {}),
      ...(f.isVocational !== undefined ? { isVocational: { source: s.isVocational ?? false } } : {}),
      ...(f.groupTasks !== undefined ? { groupTasks: { source: s.groupTasks ?? [] } } : {}),
      ...(f.removedTitles ? { titles: { removed: f.removedTitles.length } } : {}),
    },
    editedAt: overlay.editedAt,
    needsReview: overlay.needsReview,
  };
}

export type OccupationEditorContext = { level: OccupationLevel; parentCode: string | null; source: SourceValues; needsReview: boolean; basedOn: Partial<SourceValues> };

/** For the editing form: the entry's level and the source values beside the edited ones. */
export async function getOccupationEditorContext(code: string): Promise<OccupationEditorContext | null> {
  const [live, overlay, row] = await Promise.all([readLiveOccupation(db, code), readOverlay(db, code), db.occupation.findUnique({ where: { code }, select: { parentCode: true } })]);
  if (!live || !row) return null;
  return { level: live.level, parentCode: row.parentCode, source: sourceValuesOf(live.snapshot, overlay), needsReview: overlay?.needsReview ?? false, basedOn: overlay?.basedOn ?? {} };
}
