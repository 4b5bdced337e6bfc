/**
 * The editorial overlay of classification entries (docs/decisions/0012-classification-edits.md),
 * pure: which fields of an entry an editor corrected against the KZiS source, and how the
 * reference loader lays those corrections over a new load of the source. No I/O: the publisher
 * (lib/data/occupation-entries.ts) and both reference loaders (lib/seed) call these.
 */
import { foldText } from "@/lib/text";
import type { OccupationSnapshot } from "@/lib/validation/editor";

/** A reference title (GUS or ESCO) as the loader writes it. */
export type SourceTitle = { title: string; source: string; language: string };

/** What the source (the reference data) says for an entry's editable fields. */
export type SourceValues = {
  name: string;
  description: string | null;
  isVocational: boolean;
  groupTasks: string[];
  /** Reference titles (GUS, ESCO), in the loader's order. */
  titles: SourceTitle[];
};
type SourceField = keyof SourceValues;

/** The published corrections: only the fields that differ from the source. Titles as the reference titles removed. */
export type EditedFields = Partial<{
  name: string;
  description: string | null;
  isVocational: boolean;
  groupTasks: string[];
  removedTitles: SourceTitle[];
}>;

/** The overlay row of one entry (OccupationEdit). */
export type Overlay = {
  fields: EditedFields;
  /** Source values of the edited fields when the edit was published. */
  basedOn: Partial<SourceValues>;
  /** Source values of the edited fields as of the latest reference load. */
  source: Partial<SourceValues>;
};

const parseJson = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);

/** An OccupationEdit row as stored (JSON text on SQLite's raw driver, objects elsewhere). */
export function toOverlay(row: { fields: unknown; basedOn: unknown; source: unknown }): Overlay {
  return {
    fields: (parseJson(row.fields) ?? {}) as Overlay["fields"],
    basedOn: (parseJson(row.basedOn) ?? {}) as Overlay["basedOn"],
    source: (parseJson(row.source) ?? {}) as Overlay["source"],
  };
}

export const titleKey = (t: Pick<SourceTitle, "title" | "source" | "language">) => `${t.source}|${t.language}|${t.title}`;

const SOURCE_RANK: Record<string, number> = { gus: 0, esco: 1, kzis: 2 };
const LANGUAGE_RANK: Record<string, number> = { pl: 0, en: 1 };
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reference titles in one order, once each: by source (GUS, ESCO, KZiS), language (Polish first), then
 * text by code units (the same on SQLite and PostgreSQL, whose collations differ). The live table
 * keeps a title once while the source may repeat it, and a title put back gets a new row id, so
 * neither row ids nor the loader's order can be compared.
 */
export function canonicalTitles<T extends SourceTitle>(titles: readonly T[]): T[] {
  const unique = [...new Map(titles.map((t) => [titleKey(t), t])).values()];
  return unique.sort(
    (a, b) =>
      (SOURCE_RANK[a.source] ?? 9) - (SOURCE_RANK[b.source] ?? 9) ||
      (LANGUAGE_RANK[a.language] ?? 9) - (LANGUAGE_RANK[b.language] ?? 9) ||
      byCodeUnits(a.language, b.language) ||
      byCodeUnits(a.title, b.title),
  );
}

/** Two values of a source field are the same (titles as sets). */
function sameSourceValue(field: SourceField, a: unknown, b: unknown): boolean {
  if (field === "titles") return sameValue(canonicalTitles((a ?? []) as SourceTitle[]), canonicalTitles((b ?? []) as SourceTitle[]));
  return sameValue(a, b);
}

/** The source field an edited field stands for (removedTitles is an edit of titles). */
function sourceFieldOf(field: keyof EditedFields): SourceField {
  return field === "removedTitles" ? "titles" : field;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The corrections a snapshot makes to the source: a field is edited when its value differs from
 * the source's; titles are edited when a reference title was removed. A field put back to the
 * source value is no longer an edit (the entry follows the source again there).
 */
export function editedFieldsOf(snapshot: OccupationSnapshot, source: SourceValues): { fields: EditedFields; basedOn: Partial<SourceValues> } {
  const fields: EditedFields = {};
  if (snapshot.name !== source.name) fields.name = snapshot.name;
  if ((snapshot.description ?? null) !== (source.description ?? null)) fields.description = snapshot.description;
  if (snapshot.isVocational !== source.isVocational) fields.isVocational = snapshot.isVocational;
  if (!sameValue(snapshot.groupTasks, source.groupTasks)) fields.groupTasks = snapshot.groupTasks;
  const kept = new Set(snapshot.altTitles.filter((t) => t.source !== "editor").map(titleKey));
  const removed = source.titles.filter((t) => !kept.has(titleKey(t)));
  if (removed.length > 0) fields.removedTitles = removed;
  const basedOn: Partial<SourceValues> = {};
  for (const field of Object.keys(fields) as (keyof EditedFields)[]) {
    const key = sourceFieldOf(field);
    (basedOn as Record<string, unknown>)[key] = source[key];
  }
  return { fields, basedOn };
}

/** Reference titles of a snapshot that the source does not have: refused, a title cannot claim GUS or ESCO falsely. */
export function unknownReferenceTitles(snapshot: OccupationSnapshot, source: SourceValues): number[] {
  const known = new Set(source.titles.map(titleKey));
  return snapshot.altTitles.flatMap((t, i) => (t.source !== "editor" && !known.has(titleKey(t)) ? [i] : []));
}

/** The live reference titles of an entry after its overlay: the source's, minus the removed ones. */
export function keptTitles(source: readonly SourceTitle[], fields: EditedFields): SourceTitle[] {
  const removed = new Set((fields.removedTitles ?? []).map(titleKey));
  return source.filter((t) => !removed.has(titleKey(t)));
}

// ---------------------------------------------------------------------------------------------
// The reference loader's side
// ---------------------------------------------------------------------------------------------

type OccupationLike = { code: string; name: string; description: string | null; isVocational: boolean; searchName: string };
type RowsLike<O extends OccupationLike> = {
  occupations: O[];
  groupTasks: { occupationCode: string; position: number; text: string }[];
  titles: { occupationCode: string; title: string; source: string; language: string }[];
};

export type OverlayUpdate = { code: string; source: Partial<SourceValues>; needsReview: boolean };

/**
 * Lays the published corrections over freshly built reference rows (the loader then writes the
 * result): edited fields keep the editor's value, everything else takes the source's. Returns, per
 * edited entry, the new source values of its edited fields and whether the source changed under
 * the edit since it was published (flagged for review; the edit is kept).
 */
export function applyOverlays<O extends OccupationLike, R extends RowsLike<O>>(
  rows: R,
  overlays: ReadonlyMap<string, Overlay>,
): { rows: R; updates: OverlayUpdate[] } {
  if (overlays.size === 0) return { rows, updates: [] };
  const tasksOf = new Map<string, string[]>();
  for (const t of rows.groupTasks) tasksOf.set(t.occupationCode, [...(tasksOf.get(t.occupationCode) ?? []), t.text]);
  const titlesOf = new Map<string, SourceTitle[]>();
  for (const t of rows.titles)
    titlesOf.set(t.occupationCode, [...(titlesOf.get(t.occupationCode) ?? []), { title: t.title, source: t.source, language: t.language }]);

  const updates: OverlayUpdate[] = [];
  const occupations = rows.occupations.map((row) => {
    const overlay = overlays.get(row.code);
    if (!overlay) return row;
    const current: SourceValues = {
      name: row.name,
      description: row.description,
      isVocational: row.isVocational,
      groupTasks: tasksOf.get(row.code) ?? [],
      titles: canonicalTitles(titlesOf.get(row.code) ?? []),
    };
    const source: Partial<SourceValues> = {};
    let needsReview = false;
    for (const field of Object.keys(overlay.fields) as (keyof EditedFields)[]) {
      const key = sourceFieldOf(field);
      (source as Record<string, unknown>)[key] = current[key];
      if (!sameSourceValue(key, current[key], overlay.basedOn[key])) needsReview = true;
    }
    updates.push({ code: row.code, source, needsReview });
    const f = overlay.fields;
    const name = f.name ?? row.name;
    return {
      ...row,
      name,
      searchName: f.name !== undefined ? foldText(name) : row.searchName,
      description: f.description !== undefined ? f.description : row.description,
      isVocational: f.isVocational ?? row.isVocational,
    };
  });
  const editedTasks = new Map([...overlays].filter(([, o]) => o.fields.groupTasks !== undefined).map(([code, o]) => [code, o.fields.groupTasks!]));
  const known = new Set(occupations.map((o) => o.code));
  const groupTasks = [
    ...rows.groupTasks.filter((t) => !editedTasks.has(t.occupationCode)),
    ...[...editedTasks].flatMap(([code, tasks]) => (known.has(code) ? tasks.map((text, i) => ({ occupationCode: code, position: i + 1, text })) : [])),
  ];
  const removed = new Set([...overlays].flatMap(([code, o]) => (o.fields.removedTitles ?? []).map((t) => `${code}|${titleKey(t)}`)));
  const titles = removed.size > 0 ? rows.titles.filter((t) => !removed.has(`${t.occupationCode}|${titleKey(t)}`)) : rows.titles;
  return { rows: { ...rows, occupations, groupTasks, titles }, updates };
}

/**
 * What each entry shows, as one string per code: the loader compares the live tables with the
 * rows it is about to write, and bumps the version of the entries whose text changes, so a draft
 * started before a new release conflicts instead of silently writing over it.
 */
export function entryFingerprints(rows: RowsLike<OccupationLike & { parentCode?: string | null }>): Map<string, string> {
  const parts = new Map<string, { head: unknown[]; tasks: string[]; titles: string[] }>();
  for (const o of rows.occupations) parts.set(o.code, { head: [o.name, o.description ?? null, o.isVocational, o.parentCode ?? null], tasks: [], titles: [] });
  for (const t of [...rows.groupTasks].sort((a, b) => a.position - b.position)) parts.get(t.occupationCode)?.tasks.push(t.text);
  for (const t of rows.titles) parts.get(t.occupationCode)?.titles.push(titleKey(t));
  // Titles as a set: the live table keeps one row per (source, language, title), the source may repeat one.
  return new Map([...parts].map(([code, p]) => [code, JSON.stringify([p.head, p.tasks, [...new Set(p.titles)].sort()])]));
}

/** Codes present in both whose fingerprint differs. */
export function changedEntries(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...after].flatMap(([code, print]) => (before.has(code) && before.get(code) !== print ? [code] : []));
}
