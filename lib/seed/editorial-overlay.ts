/**
 * The reference loaders' access to the editorial overlay (OccupationEdit; docs/decisions/0012):
 * read the published corrections before a load, and afterwards record the new source values and
 * the entries whose source changed under an edit, and bump the version of entries whose shown
 * text the load changed. SQLite here (raw better-sqlite3, inside the loader's transaction); the
 * PostgreSQL twin is editorial-overlay-pg.ts. The rules themselves are pure (lib/editor/occupation-overlay.ts).
 */
import type Database from "better-sqlite3";
import { toSqliteDate } from "@/lib/db/sqlite";
import { entryFingerprints, toOverlay, type Overlay, type OverlayUpdate } from "@/lib/editor/occupation-overlay";

export function readOverlays(db: Database.Database): Map<string, Overlay> {
  const rows = db.prepare(`SELECT code, fields, basedOn, source FROM OccupationEdit`).all() as {
    code: string;
    fields: string;
    basedOn: string;
    source: string;
  }[];
  return new Map(rows.map((r) => [r.code, toOverlay(r)]));
}

/** What every entry shows now (name, description, flag, parent, group tasks, reference titles), fingerprinted. */
export function readLiveFingerprints(db: Database.Database): Map<string, string> {
  const occupations = (
    db.prepare(`SELECT code, name, description, isVocational, parentCode, searchName FROM Occupation`).all() as {
      code: string;
      name: string;
      description: string | null;
      isVocational: number;
      parentCode: string | null;
      searchName: string;
    }[]
  ).map((o) => ({ ...o, isVocational: o.isVocational === 1 }));
  const groupTasks = db.prepare(`SELECT occupationCode, position, text FROM GroupTask`).all() as { occupationCode: string; position: number; text: string }[];
  const titles = db.prepare(`SELECT occupationCode, title, source, language FROM AltTitle WHERE source IN ('gus', 'esco', 'kzis')`).all() as {
    occupationCode: string;
    title: string;
    source: string;
    language: string;
  }[];
  return entryFingerprints({ occupations, groupTasks, titles });
}

export function writeOverlayUpdates(db: Database.Database, updates: readonly OverlayUpdate[]): void {
  const update = db.prepare(`UPDATE OccupationEdit SET source = ?, needsReview = ?, updatedAt = ? WHERE code = ?`);
  const now = toSqliteDate();
  for (const u of updates) update.run(JSON.stringify(u.source), u.needsReview ? 1 : 0, now, u.code);
}

export function bumpVersions(db: Database.Database, codes: readonly string[]): void {
  const bump = db.prepare(`UPDATE Occupation SET version = version + 1 WHERE code = ?`);
  for (const code of codes) bump.run(code);
}
