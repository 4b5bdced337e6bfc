/**
 * Loads the reference data (KZiS 2023, GUS titles, ESCO, ISCO-08) from seeds/data into the
 * database in one transaction. Idempotent: the checksum of the source files is kept in AppMeta and
 * an unchanged set is skipped; a changed set is upserted, so described profiles and positions that
 * point at occupation codes are never deleted by a reload.
 * NOTE: raw better-sqlite3 here, not Prisma: ~100k rows must load in well under 5 s.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { bumpDataVersionSqlite, readMetaSqlite, writeMetaSqlite } from "@/lib/store/sqlite/app-meta";
import { foldText } from "@/lib/text";
import { parseCrosswalk, parseEscoByKzis, parseEscoOccupations, parseIsco } from "./esco";
import { cleanOccupationDescription, parseGroups, parseGusTitles, parseKzis } from "./kzis";
import { repairOccupationName } from "./name-repair";
import { applyOverlays, changedEntries, entryFingerprints } from "@/lib/editor/occupation-overlay";
import { bumpVersions, readLiveFingerprints, readOverlays, writeOverlayUpdates } from "./editorial-overlay";
import { REFERENCE_META_KEY } from "./reference-meta";

const REFERENCE_FILES = [
  "kzis-2023.csv",
  "kzis-groups-level2.csv",
  "kzis-groups-level3.csv",
  "kzis-groups-level4.csv",
  "gus-job-titles.csv",
  "kzis-esco-crosswalk.csv",
  "esco-occupations-pl.csv",
  "esco-occupations-en.csv",
  "esco-by-kzis-pl.csv",
  "isco08-groups-en.csv",
  "isco08-groups-pl.csv",
] as const;

export type FileName = (typeof REFERENCE_FILES)[number];
export { REFERENCE_META_KEY };
/**
 * Part of the checksum, so that a change to how the files are read (a parser fix) reloads databases
 * loaded by an older version even though the CSV files did not change. Bump it with any such change.
 */
// 3: names cut off in the source are repaired (./name-repair.ts), and social competences are marked
// in the search index (lib/search/snippet.ts, SOCIAL_LINE_MARK), which the reload rebuilds.
const LOADER_VERSION = "3";

export type LoadResult = { skipped: boolean; checksum: string; counts: Record<string, number> };

/** The source files' text and the checksum that decides whether a database must be reloaded. */
export function readReferenceSet(dataDir: string): { texts: Record<FileName, string>; checksum: string } {
  const texts = Object.fromEntries(REFERENCE_FILES.map((f) => [f, fs.readFileSync(path.join(dataDir, f), "utf8")])) as Record<FileName, string>;
  const hash = crypto.createHash("sha256").update(`loader ${LOADER_VERSION}\0`);
  for (const f of REFERENCE_FILES) hash.update(f).update("\0").update(texts[f]);
  return { texts, checksum: hash.digest("hex") };
}

type OccupationRow = {
  code: string;
  level: string;
  name: string;
  parentCode: string | null;
  description: string | null;
  synthesis: string | null;
  isVocational: boolean;
  isNameCompleted: boolean;
  isNameRepaired: boolean;
  searchName: string;
};
type EscoOccupationRow = {
  code: string;
  iscoGroup: string | null;
  labelPl: string | null;
  labelEn: string | null;
  descriptionPl: string | null;
  descriptionEn: string | null;
  conceptUri: string | null;
};

/**
 * Every row the reference tables get, in insertion order (parents before children; titles in the
 * order that decides which duplicate is kept). Pure: shared by the SQLite and PostgreSQL loaders.
 */
export type ReferenceRows = {
  occupations: OccupationRow[];
  groupTasks: { occupationCode: string; position: number; text: string }[];
  titles: { occupationCode: string; title: string; source: string; language: string }[];
  escoOccupations: EscoOccupationRow[];
  escoLinks: { occupationCode: string; escoCode: string }[];
  occupationSkills: { occupationCode: string; label: string; position: number }[];
  iscoGroups: { code: string; labelEn: string; labelPl: string | null; descriptionEn: string | null }[];
};

export function buildReferenceRows(texts: Record<FileName, string>): ReferenceRows {
  const kzis = parseKzis(texts["kzis-2023.csv"]);
  const groups = [
    ...parseGroups(texts["kzis-groups-level2.csv"]),
    ...parseGroups(texts["kzis-groups-level3.csv"]),
    ...parseGroups(texts["kzis-groups-level4.csv"]),
  ];
  const gus = parseGusTitles(texts["gus-job-titles.csv"]);
  const crosswalk = parseCrosswalk(texts["kzis-esco-crosswalk.csv"]);
  const escoPl = parseEscoOccupations(texts["esco-occupations-pl.csv"]);
  const escoEn = new Map(parseEscoOccupations(texts["esco-occupations-en.csv"]).map((e) => [e.code, e]));
  const escoByKzis = parseEscoByKzis(texts["esco-by-kzis-pl.csv"]);
  const iscoEn = parseIsco(texts["isco08-groups-en.csv"]);
  const iscoPl = new Map(parseIsco(texts["isco08-groups-pl.csv"]).map((g) => [g.code, g]));

  // Names cut off in the source, restored from the description or the crosswalk (name-repair.ts).
  const crosswalkNames = new Map<string, string[]>();
  for (const link of crosswalk) crosswalkNames.set(link.kzisCode, [...(crosswalkNames.get(link.kzisCode) ?? []), link.kzisName]);
  const repairs = new Map<string, string>();
  for (const row of kzis) {
    if (row.level !== "occupation") continue;
    const repair = repairOccupationName(row.name, row.rawDescription, crosswalkNames.get(row.code));
    if (!repair) continue;
    repairs.set(row.code, row.name);
    row.name = repair.name;
    row.description = cleanOccupationDescription(repair.name, row.rawDescription);
  }

  const known = new Set(kzis.map((r) => r.code));
  const groupByCode = new Map(groups.map((g) => [g.code, g]));
  const rows: ReferenceRows = { occupations: [], groupTasks: [], titles: [], escoOccupations: [], escoLinks: [], occupationSkills: [], iscoGroups: [] };

  // Parents first (the rows are in hierarchy order, but sort to be sure: FK on parentCode).
  const sorted = [...kzis].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  for (const row of sorted) {
    const group = groupByCode.get(row.code);
    rows.occupations.push({
      code: row.code,
      level: row.level,
      name: row.name,
      parentCode: row.parentCode,
      description: row.description ?? group?.synthesis ?? null,
      synthesis: group?.synthesis ?? null,
      isVocational: row.isVocational,
      isNameCompleted: row.isNameCompleted,
      isNameRepaired: repairs.has(row.code),
      searchName: foldText(row.name),
    });
  }
  for (const g of groups) {
    if (!known.has(g.code)) continue;
    g.tasks.forEach((t, i) => rows.groupTasks.push({ occupationCode: g.code, position: i + 1, text: t }));
  }
  const nameOf = new Map(kzis.map((r) => [r.code, foldText(r.name)]));
  const addTitle = (code: string, title: string, source: string, language: string) => {
    if (!known.has(code) || foldText(title) === nameOf.get(code)) return;
    rows.titles.push({ occupationCode: code, title, source, language });
  };
  // The source's cut-off name stays findable, marked as the source's (KZiS) wording.
  for (const [code, sourceName] of repairs) addTitle(code, sourceName, "kzis", "pl");
  for (const t of gus) for (const title of t.titles) addTitle(t.code, title, "gus", "pl");

  for (const e of escoPl) {
    const en = escoEn.get(e.code);
    rows.escoOccupations.push({
      code: e.code,
      iscoGroup: e.iscoGroup,
      labelPl: e.label || null,
      labelEn: en?.label || null,
      descriptionPl: e.description,
      descriptionEn: en?.description ?? null,
      conceptUri: e.conceptUri ?? en?.conceptUri ?? null,
    });
  }
  const escoPlByCode = new Map(escoPl.map((e) => [e.code, e]));
  for (const link of crosswalk) {
    if (!known.has(link.kzisCode) || !escoPlByCode.has(link.escoCode)) continue;
    rows.escoLinks.push({ occupationCode: link.kzisCode, escoCode: link.escoCode });
    const pl = escoPlByCode.get(link.escoCode);
    const en = escoEn.get(link.escoCode);
    for (const label of [pl?.label ?? "", ...(pl?.altLabels ?? [])]) if (label) addTitle(link.kzisCode, label, "esco", "pl");
    for (const label of [en?.label ?? "", ...(en?.altLabels ?? [])]) if (label) addTitle(link.kzisCode, label, "esco", "en");
  }
  for (const entry of escoByKzis) {
    if (!known.has(entry.code)) continue;
    for (const name of entry.alternativeNames) addTitle(entry.code, name, "esco", "pl");
    entry.skills.forEach((label, i) => rows.occupationSkills.push({ occupationCode: entry.code, label, position: i + 1 }));
  }
  for (const g of iscoEn) rows.iscoGroups.push({ code: g.code, labelEn: g.label, labelPl: iscoPl.get(g.code)?.label || null, descriptionEn: g.description });
  return rows;
}

export function loadReferenceData(db: Database.Database, dataDir: string, options: { force?: boolean } = {}): LoadResult {
  const { texts, checksum } = readReferenceSet(dataDir);
  const isLoaded = () => !options.force && readMetaSqlite(db, REFERENCE_META_KEY) === checksum;
  if (isLoaded()) return { skipped: true, checksum, counts: countRows(db) };

  const sourceRows = buildReferenceRows(texts);
  const upsertOccupation = db.prepare(`
    INSERT INTO Occupation (code, level, name, parentCode, description, synthesis, isVocational, isNameCompleted, isNameRepaired, searchName)
    VALUES (@code, @level, @name, @parentCode, @description, @synthesis, @isVocational, @isNameCompleted, @isNameRepaired, @searchName)
    ON CONFLICT(code) DO UPDATE SET level = excluded.level, name = excluded.name, parentCode = excluded.parentCode,
      description = excluded.description, synthesis = excluded.synthesis, isVocational = excluded.isVocational,
      isNameCompleted = excluded.isNameCompleted, isNameRepaired = excluded.isNameRepaired, searchName = excluded.searchName`);
  const insertTask = db.prepare(`INSERT INTO GroupTask (occupationCode, position, text) VALUES (?, ?, ?)`);
  const insertTitle = db.prepare(`INSERT OR IGNORE INTO AltTitle (occupationCode, title, source, language) VALUES (?, ?, ?, ?)`);
  const upsertEsco = db.prepare(`
    INSERT INTO EscoOccupation (code, iscoGroup, labelPl, labelEn, descriptionPl, descriptionEn, conceptUri)
    VALUES (@code, @iscoGroup, @labelPl, @labelEn, @descriptionPl, @descriptionEn, @conceptUri)
    ON CONFLICT(code) DO UPDATE SET iscoGroup = excluded.iscoGroup, labelPl = excluded.labelPl, labelEn = excluded.labelEn,
      descriptionPl = excluded.descriptionPl, descriptionEn = excluded.descriptionEn, conceptUri = excluded.conceptUri`);
  const insertLink = db.prepare(`INSERT OR IGNORE INTO EscoLink (occupationCode, escoCode) VALUES (?, ?)`);
  const insertSkill = db.prepare(`INSERT INTO EscoSkill (label) VALUES (?) ON CONFLICT(label) DO UPDATE SET label = excluded.label RETURNING id`);
  const insertOccSkill = db.prepare(`INSERT OR IGNORE INTO OccupationEscoSkill (occupationCode, skillId, position) VALUES (?, ?, ?)`);
  const upsertIsco = db.prepare(`
    INSERT INTO IscoGroup (code, labelEn, labelPl, descriptionEn) VALUES (?, ?, ?, ?)
    ON CONFLICT(code) DO UPDATE SET labelEn = excluded.labelEn, labelPl = excluded.labelPl, descriptionEn = excluded.descriptionEn`);

  const run = db.transaction(() => {
    // Checked again under the write lock (BEGIN IMMEDIATE): two processes starting at once load
    // once; the second then finds the checksum and stops.
    if (isLoaded()) return false;
    // Published editorial corrections are laid over the source and never overwritten; the source's
    // own values go to OccupationEdit.source for comparison (docs/decisions/0012).
    const { rows, updates } = applyOverlays(sourceRows, readOverlays(db));
    const before = readLiveFingerprints(db);
    for (const row of rows.occupations)
      upsertOccupation.run({
        ...row,
        isVocational: row.isVocational ? 1 : 0,
        isNameCompleted: row.isNameCompleted ? 1 : 0,
        isNameRepaired: row.isNameRepaired ? 1 : 0,
      });
    // Reference-only child tables are replaced whole; nothing else points at them. Alternative
    // titles added by editors (source "editor") are not reference data and stay.
    db.exec(`DELETE FROM GroupTask; DELETE FROM AltTitle WHERE source IN ('gus', 'esco', 'kzis'); DELETE FROM EscoLink; DELETE FROM OccupationEscoSkill;`);
    for (const t of rows.groupTasks) insertTask.run(t.occupationCode, t.position, t.text);
    for (const e of rows.escoOccupations) upsertEsco.run(e);
    for (const l of rows.escoLinks) insertLink.run(l.occupationCode, l.escoCode);
    for (const t of rows.titles) insertTitle.run(t.occupationCode, t.title, t.source, t.language);
    for (const s of rows.occupationSkills) {
      const { id } = insertSkill.get(s.label) as { id: number };
      insertOccSkill.run(s.occupationCode, id, s.position);
    }
    for (const g of rows.iscoGroups) upsertIsco.run(g.code, g.labelEn, g.labelPl, g.descriptionEn);
    writeOverlayUpdates(db, updates);
    // Entries whose shown text this load changed get a new version: older drafts then conflict.
    bumpVersions(db, changedEntries(before, entryFingerprints(rows)));

    writeMetaSqlite(db, REFERENCE_META_KEY, checksum);
    bumpDataVersionSqlite(db);
    return true;
  });
  const loaded = run.immediate();
  return { skipped: !loaded, checksum, counts: countRows(db) };
}

export const REFERENCE_TABLES = ["Occupation", "GroupTask", "AltTitle", "EscoOccupation", "EscoLink", "EscoSkill", "OccupationEscoSkill", "IscoGroup"] as const;

/** The count printed at load next to the tables': occupation names restored (name-repair.ts). */
export const REPAIRED_NAMES_KEY = "repaired names";

export function countRows(db: Database.Database): Record<string, number> {
  const counts = Object.fromEntries(REFERENCE_TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  counts[REPAIRED_NAMES_KEY] = (db.prepare(`SELECT COUNT(*) AS n FROM Occupation WHERE isNameRepaired = 1`).get() as { n: number }).n;
  return counts;
}
