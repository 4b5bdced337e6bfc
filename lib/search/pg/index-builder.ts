/**
 * Builds the PostgreSQL search index (prisma/postgresql/migrations/20261122200100_search): the
 * same entries and suggestion rows as on SQLite (toEntryRow, toSuggestRows), with tsvectors of
 * the folded words (exact_doc) and of their stems (stem_doc), weighted A–D by column.
 *
 *   rebuildSearchIndexPg(pool)            everything, in one transaction
 *   reindexEntriesPg(client, { … })       some entries, inside the caller's transaction (an import)
 */
import type pg from "pg";
import { lockForWritingPg, withPgTransaction, type PgQueryable } from "@/lib/db/pg";
import { bumpIndexVersionPg, bumpSuggestVersionPg } from "@/lib/store/pg/app-meta";
import type { DocumentFilter, SearchDocument } from "../documents";
import { occupationEntryId, positionEntryId } from "../ids";
import { SUGGEST_STATE_ORDER, SUGGEST_STATE_SELECT, suggestStateOf, toEntryRow, toSuggestRows, type RebuildResult, type ReindexResult } from "../index-builder";
import { createTextStemmer } from "../stem";
import { foldedWords } from "../tokens";
import { readOccupationDocumentsPg, readPositionDocumentsPg } from "./documents";

/** Folded words, space-separated: what the text search configuration splits into lexemes. */
const words = (text: string) => foldedWords(text).join(" ");

type StemText = (text: string) => string;

/** Column arrays for one unnest() insert of entries. */
function entryColumns(docs: SearchDocument[], stem: StemText) {
  const cols = {
    id: [] as number[],
    code: [] as (string | null)[],
    positionId: [] as (number | null)[],
    level: [] as (string | null)[],
    kind: [] as string[],
    language: [] as string[],
    hasProfile: [] as number[],
    isVocational: [] as number[],
    name: [] as string[],
    titles: [] as string[],
    tasks: [] as string[],
    description: [] as string[],
    nameWords: [] as string[],
    titlesWords: [] as string[],
    tasksWords: [] as string[],
    descriptionWords: [] as string[],
    nameStem: [] as string[],
    titlesStem: [] as string[],
    tasksStem: [] as string[],
    descriptionStem: [] as string[],
  };
  for (const doc of docs) {
    const row = toEntryRow(doc, stem);
    cols.id.push(row.id);
    cols.code.push(row.code);
    cols.positionId.push(row.position_id);
    cols.level.push(row.level);
    cols.kind.push(row.kind);
    cols.language.push(row.language);
    cols.hasProfile.push(row.has_profile);
    cols.isVocational.push(row.is_vocational);
    cols.name.push(row.name);
    cols.titles.push(row.titles);
    cols.tasks.push(row.tasks);
    cols.description.push(row.description);
    cols.nameWords.push(words(row.name));
    cols.titlesWords.push(words(row.titles));
    cols.tasksWords.push(words(row.tasks));
    cols.descriptionWords.push(words(row.description));
    cols.nameStem.push(row.name_stem);
    cols.titlesStem.push(row.titles_stem);
    cols.tasksStem.push(row.tasks_stem);
    cols.descriptionStem.push(row.description_stem);
  }
  return Object.values(cols);
}

const weighted = (a: string, b: string, c: string, d: string) =>
  `setweight(to_tsvector('atlas_simple', ${a}), 'A') || setweight(to_tsvector('atlas_simple', ${b}), 'B') || setweight(to_tsvector('atlas_simple', ${c}), 'C') || setweight(to_tsvector('atlas_simple', ${d}), 'D')`;

const INSERT_ENTRIES = `
  INSERT INTO search_entry (id, code, position_id, level, kind, language, has_profile, is_vocational, name, titles, tasks, description, exact_doc, stem_doc)
  SELECT id, code, position_id, level, kind, language, has_profile, is_vocational, name, titles, tasks, description,
         ${weighted("nw", "tw", "kw", "dw")}, ${weighted("ns", "ts", "ks", "ds")}
  FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[],
              $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[])
    AS u(id, code, position_id, level, kind, language, has_profile, is_vocational, name, titles, tasks, description, nw, tw, kw, dw, ns, ts, ks, ds)`;

/** Suggestion rows: read whole into the in-memory suggestion index (lib/search/suggest-index.ts). */
function suggestColumns(docs: SearchDocument[]) {
  const id: number[] = [],
    entryId: number[] = [],
    source: string[] = [],
    text: string[] = [];
  for (const doc of docs) {
    for (const row of toSuggestRows(doc)) {
      id.push(row.id);
      entryId.push(row.entry_id);
      source.push(row.source);
      text.push(row.text);
    }
  }
  return [id, entryId, source, text];
}

const INSERT_SUGGESTIONS = `
  INSERT INTO suggest_entry (id, entry_id, source, text)
  SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[])`;

export async function isSearchIndexEmptyPg(db: PgQueryable): Promise<boolean> {
  const { rowCount } = await db.query(`SELECT 1 FROM search_entry LIMIT 1`);
  return rowCount === 0;
}

async function insertDocuments(client: PgQueryable, docs: SearchDocument[], stem: StemText): Promise<number> {
  if (docs.length === 0) return 0;
  await client.query(INSERT_ENTRIES, entryColumns(docs, stem));
  const suggestions = suggestColumns(docs);
  await client.query(INSERT_SUGGESTIONS, suggestions);
  return suggestions[0]!.length;
}

/** Re-creates the whole index from the domain tables, in one transaction. */
export async function rebuildSearchIndexPg(pool: pg.Pool): Promise<RebuildResult> {
  return withPgTransaction(pool, async (client) => {
    await lockForWritingPg(client);
    return rebuildSearchIndexInTx(client);
  });
}

/** The whole rebuild inside the caller's transaction (which holds the write lock). */
export async function rebuildSearchIndexInTx(client: PgQueryable): Promise<RebuildResult> {
  const started = performance.now();
  const docs = [...(await readOccupationDocumentsPg(client)), ...(await readPositionDocumentsPg(client))];
  await client.query(`DELETE FROM search_entry; DELETE FROM suggest_entry;`);
  const suggestions = await insertDocuments(client, docs, createTextStemmer());
  await bumpIndexVersionPg(client);
  await bumpSuggestVersionPg(client);
  return { entries: docs.length, suggestions, milliseconds: Math.round(performance.now() - started) };
}

/**
 * Re-indexes the given entries inside the caller's transaction (the import's, so the search rows
 * commit with the document, or not at all). An id that no longer exists is removed.
 */
export async function reindexEntriesPg(client: PgQueryable, filter: DocumentFilter): Promise<ReindexResult> {
  const codes = [...new Set(filter.occupationCodes ?? [])].filter((c) => /^\d{1,6}$/.test(c));
  const positionIds = [...new Set(filter.positionIds ?? [])].filter((id) => Number.isInteger(id) && id > 0 && id < 2_000_000);
  if (codes.length === 0 && positionIds.length === 0) return { updated: 0, removed: 0 };
  const docs = [
    ...(codes.length ? await readOccupationDocumentsPg(client, codes) : []),
    ...(positionIds.length ? await readPositionDocumentsPg(client, positionIds) : []),
  ];
  const entryIds = [...codes.map(occupationEntryId), ...positionIds.map(positionEntryId)];
  // Most publishes change a profile's text, not its names: the suggesters are then kept.
  const suggestState = async () => suggestStateOf((await client.query(`${SUGGEST_STATE_SELECT} WHERE e.id = ANY($1) ${SUGGEST_STATE_ORDER}`, [entryIds])).rows);
  const suggestBefore = await suggestState();
  const deleted = await client.query(`DELETE FROM search_entry WHERE id = ANY($1)`, [entryIds]);
  await client.query(`DELETE FROM suggest_entry WHERE entry_id = ANY($1)`, [entryIds]);
  await insertDocuments(client, docs, createTextStemmer());
  await bumpIndexVersionPg(client);
  if ((await suggestState()) !== suggestBefore) await bumpSuggestVersionPg(client);
  return { updated: docs.length, removed: Math.max(0, (deleted.rowCount ?? 0) - docs.length) };
}
