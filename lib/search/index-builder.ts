/**
 * Builds the search index (search_entry + search_fts, and suggest_entry, the rows of the
 * in-memory suggestion index; see prisma/migrations/20261122190000_search_fts and
 * 20261207040000_drop_suggest_fts). Raw better-sqlite3, because FTS5 is outside Prisma.
 *
 *   rebuildSearchIndex(db)        everything, in one transaction (seed, start, after a reference reload)
 *   reindexEntries(db, { … })     some entries, after a document import changed them
 *
 * The FTS tables are external-content tables without triggers: a bulk load then costs one
 * FTS5 'rebuild', and a single entry is removed from the index with the FTS5 'delete' command
 * and the values it was indexed with.
 */
import type Database from "better-sqlite3";
import { foldText } from "@/lib/text";
import { readOccupationDocuments, readPositionDocuments, type DocumentFilter, type IndexLine, type SearchDocument, type TitleLine } from "./documents";
import { MAX_SUGGEST_ROWS_PER_ENTRY, SUGGEST_TIERS, occupationEntryId, positionEntryId, suggestRowId, type SuggestTier } from "./ids";
import type { EntryRow as ListedEntryRow } from "./entries";
import { bumpIndexVersionSqlite as bumpIndexVersion, bumpSuggestVersionSqlite as bumpSuggestVersion } from "@/lib/store/sqlite/app-meta";
import { createTextStemmer, stemText } from "./stem";

const ENTRY_COLUMNS = [
  "id",
  "code",
  "position_id",
  "level",
  "kind",
  "language",
  "has_profile",
  "is_vocational",
  "name",
  "titles",
  "tasks",
  "description",
  "name_stem",
  "titles_stem",
  "tasks_stem",
  "description_stem",
] as const;
const FTS_COLUMNS = ["name", "titles", "tasks", "description", "name_stem", "titles_stem", "tasks_stem", "description_stem"] as const;

/** A search_entry row as written: the columns the entry list reads back (lib/search/entries.ts), and the indexed texts. */
type EntryRow = ListedEntryRow & {
  titles: string;
  tasks: string;
  description: string;
  name_stem: string;
  titles_stem: string;
  tasks_stem: string;
  description_stem: string;
};

type SuggestRow = { id: number; entry_id: number; source: string; text: string };

/** Lines are kept apart by newlines, so a snippet can show the one task or title that matched. */
const joinLines = (lines: IndexLine[]) => lines.map((l) => l.text.replace(/(?<!\s)\s*\n\s*/g, " ")).join("\n");
/** English lines (ESCO labels) get no stems: the Polish rules would only add noise. */
const stemLines = (lines: IndexLine[], stem: TextStemmer) =>
  lines
    .filter((l) => l.language !== "en")
    .map((l) => stem(l.text))
    .join("\n");

type TextStemmer = (text: string) => string;

export function toEntryRow(doc: SearchDocument, stem: TextStemmer = stemText): EntryRow {
  const name: IndexLine = { text: doc.name, language: doc.language };
  return {
    id: doc.entryId,
    code: doc.code,
    position_id: doc.positionId,
    level: doc.level,
    kind: doc.kind,
    language: doc.language,
    has_profile: doc.hasProfile ? 1 : 0,
    is_vocational: doc.isVocational ? 1 : 0,
    name: doc.name,
    titles: joinLines(doc.titles),
    tasks: joinLines(doc.tasks),
    description: joinLines(doc.description),
    name_stem: stemLines([name], stem),
    titles_stem: stemLines(doc.titles, stem),
    tasks_stem: stemLines(doc.tasks, stem),
    description_stem: stemLines(doc.description, stem),
  };
}

function nameTier(doc: SearchDocument): SuggestTier {
  if (doc.kind !== "occupation") return SUGGEST_TIERS.positionTitle;
  if (doc.level !== "occupation") return SUGGEST_TIERS.groupName;
  return doc.hasProfile ? SUGGEST_TIERS.profileName : SUGGEST_TIERS.occupationName;
}

function titleTier(title: TitleLine): SuggestTier {
  if (title.source === "esco") return title.language === "pl" ? SUGGEST_TIERS.escoTitlePl : SUGGEST_TIERS.escoTitleOther;
  return SUGGEST_TIERS.gusTitle;
}

/** The entry's name and each distinct title (folded), ranked by tier and length. */
export function toSuggestRows(doc: SearchDocument): SuggestRow[] {
  const seen = new Set<string>();
  const rows: SuggestRow[] = [];
  const add = (text: string, source: string, tier: SuggestTier) => {
    const key = foldText(text).trim();
    if (!key || seen.has(key) || rows.length >= MAX_SUGGEST_ROWS_PER_ENTRY) return;
    seen.add(key);
    rows.push({
      id: suggestRowId(tier, text.length, doc.entryId, rows.length),
      entry_id: doc.entryId,
      source,
      text,
    });
  };
  add(doc.name, "name", nameTier(doc));
  // Best tier first, so a title given by GUS and by ESCO keeps the GUS rank.
  const titles = doc.titles.map((t) => ({ ...t, tier: titleTier(t) })).sort((a, b) => a.tier - b.tier);
  for (const t of titles) add(t.text, t.source, t.tier);
  return rows;
}

const SUGGEST_COLUMNS = ["id", "entry_id", "source", "text"] as const;

/** Positional parameters: binding ~45k rows by name costs a tenth of the whole build. */
function statements(db: Database.Database) {
  const insertEntry = db.prepare(`INSERT INTO search_entry (${ENTRY_COLUMNS.join(", ")}) VALUES (${ENTRY_COLUMNS.map(() => "?").join(", ")})`);
  const insertSuggest = db.prepare(`INSERT INTO suggest_entry (${SUGGEST_COLUMNS.join(", ")}) VALUES (?, ?, ?, ?)`);
  return {
    insertEntry: (row: EntryRow) => insertEntry.run(ENTRY_COLUMNS.map((c) => row[c])),
    insertSuggest: (row: SuggestRow) => insertSuggest.run(row.id, row.entry_id, row.source, row.text),
  };
}

/**
 * What the suggesters (lib/search/suggesters.ts) hold of some entries: their suggest_entry rows and
 * the columns of search_entry a suggestion shows. Each builder adds its own condition on e.id.
 */
export const SUGGEST_STATE_SELECT = `SELECT e.id, e.code, e.position_id, e.level, e.kind, e.name, s.id AS row_id, s.source, s.text
  FROM search_entry e LEFT JOIN suggest_entry s ON s.entry_id = e.id`;

export const SUGGEST_STATE_ORDER = `ORDER BY e.id, s.id`;

/** Pure: the rows of a SUGGEST_STATE_SELECT as one comparable value (read before and after a re-index, on one database). */
export function suggestStateOf(rows: readonly unknown[]): string {
  return JSON.stringify(rows);
}

/** True before the first build (a new database, or one migrated from before the search tables). */
export function isSearchIndexEmpty(db: Database.Database): boolean {
  return db.prepare(`SELECT 1 FROM search_entry LIMIT 1`).get() === undefined;
}

export type RebuildResult = { entries: number; suggestions: number; milliseconds: number };

/** Re-creates the whole index from the domain tables, in one transaction. */
export function rebuildSearchIndex(db: Database.Database): RebuildResult {
  const started = performance.now();
  const docs = [...readOccupationDocuments(db), ...readPositionDocuments(db)];
  const { insertEntry, insertSuggest } = statements(db);
  const stem = createTextStemmer();
  let suggestions = 0;
  db.transaction(() => {
    db.exec(`DELETE FROM search_entry; DELETE FROM suggest_entry;`);
    for (const doc of docs) {
      insertEntry(toEntryRow(doc, stem));
      for (const row of toSuggestRows(doc)) {
        insertSuggest(row);
        suggestions++;
      }
    }
    // 'rebuild' drops the FTS index and re-reads the content tables in one pass.
    db.exec(`INSERT INTO search_fts(search_fts) VALUES ('rebuild');`);
    bumpIndexVersion(db);
    bumpSuggestVersion(db);
  })();
  return { entries: docs.length, suggestions, milliseconds: Math.round(performance.now() - started) };
}

export type ReindexResult = { updated: number; removed: number };

/**
 * Re-indexes the given entries: an occupation whose profile was imported or edited, a position
 * that was imported, changed or deleted (an id that no longer exists is removed from the index).
 */
export function reindexEntries(db: Database.Database, filter: DocumentFilter): ReindexResult {
  const codes = [...new Set(filter.occupationCodes ?? [])].filter((c) => /^\d{1,6}$/.test(c));
  const positionIds = [...new Set(filter.positionIds ?? [])].filter((id) => Number.isInteger(id) && id > 0 && id < 2_000_000);
  if (codes.length === 0 && positionIds.length === 0) return { updated: 0, removed: 0 };

  const docs = [...(codes.length ? readOccupationDocuments(db, codes) : []), ...(positionIds.length ? readPositionDocuments(db, positionIds) : [])];
  const entryIds = [...codes.map(occupationEntryId), ...positionIds.map(positionEntryId)];
  const { insertEntry, insertSuggest } = statements(db);
  const ftsValues = (prefix: string) => FTS_COLUMNS.map((c) => `${prefix}${c}`).join(", ");
  const selectEntry = db.prepare(`SELECT id, ${FTS_COLUMNS.join(", ")} FROM search_entry WHERE id = ?`);
  const deleteEntryFts = db.prepare(`INSERT INTO search_fts (search_fts, rowid, ${FTS_COLUMNS.join(", ")}) VALUES ('delete', @id, ${ftsValues("@")})`);
  const deleteEntry = db.prepare(`DELETE FROM search_entry WHERE id = ?`);
  const insertEntryFts = db.prepare(`INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(", ")}) VALUES (@id, ${ftsValues("@")})`);
  const deleteSuggest = db.prepare(`DELETE FROM suggest_entry WHERE entry_id = ?`);
  const selectSuggestState = db.prepare(`${SUGGEST_STATE_SELECT} WHERE e.id IN (SELECT value FROM json_each(?)) ${SUGGEST_STATE_ORDER}`);
  const suggestState = () => suggestStateOf(selectSuggestState.all(JSON.stringify(entryIds)));

  let removed = 0;
  // IMMEDIATE: this transaction reads before it writes, and a deferred one fails at once
  // (SQLITE_BUSY) when the import CLI commits in between; this way it waits its turn. Inside an
  // import's own transaction it is a savepoint, and the variant does not matter.
  db.transaction(() => {
    // Most publishes change a profile's text, not its names: the suggesters are then kept.
    const suggestBefore = suggestState();
    for (const id of entryIds) {
      const old = selectEntry.get(id) as Record<string, unknown> | undefined;
      if (old) {
        deleteEntryFts.run(old);
        deleteEntry.run(id);
        removed++;
      }
      deleteSuggest.run(id);
    }
    for (const doc of docs) {
      const row = toEntryRow(doc);
      insertEntry(row);
      insertEntryFts.run(row);
      for (const s of toSuggestRows(doc)) insertSuggest(s);
    }
    bumpIndexVersion(db);
    if (suggestState() !== suggestBefore) bumpSuggestVersion(db);
  }).immediate();
  return { updated: docs.length, removed: Math.max(0, removed - docs.length) };
}
