/**
 * The store layer's interfaces: one per job, the same for SQLite and PostgreSQL
 * (docs/decisions/0016-one-store-interface.md). The dialect is chosen once, in lib/store/index.ts;
 * everything above (lib/data, lib/editor, scripts) sees only these types.
 */
import type { CorpusEntry } from "@/lib/similarity/code-suggestion";
import type { LexiconChangeOutcome, LexiconChangeRequest } from "@/lib/lexicon/edit";
import type { LexiconTermRow } from "@/lib/lexicon/match";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentFilter } from "@/lib/search/documents";
import type { RebuildResult, ReindexResult } from "@/lib/search/index-builder";
import type { LoadResult } from "@/lib/seed/load-reference";
import type { LexiconLoadResult } from "@/lib/seed/lexicon-set";
import type { SearchQuery, SearchResponse, SuggestResponse } from "@/lib/validation/search";
import type { WriteInput } from "@/lib/import/prepare";
import type { PageChange } from "./changes";
import type { ContentLoss, WriteOptions, WriteResult } from "./document-plan";

type Dialect = "sqlite" | "postgresql";

interface DocumentStore {
  /**
   * Writes one parsed document (the rules: lib/store/document-plan.ts) and its search entries in
   * one transaction, under the write lock, raising the data version: all of it or nothing.
   */
  write(input: WriteInput, options?: WriteOptions): Promise<WriteResult>;
  /** What writing it would remove from the stored version (document-plan.ts contentLoss); reads only, for the dry run. */
  lossOf(input: WriteInput): Promise<ContentLoss | null>;
  /** The text each KZiS occupation is known by, for the code suggester. */
  suggestionCorpus(): Promise<CorpusEntry[]>;
  /** The lexicon's rows, for suggesting codes of documents in other languages (lib/lexicon/suggest.ts). */
  lexicon(): Promise<LexiconTermRow[]>;
}

interface ReferenceStore {
  /**
   * Loads KZiS/ESCO/GUS from `dataDir` in one transaction; skipped when the checksum is the loaded
   * one, which is checked again under the write lock (two instances starting together load once).
   */
  load(dataDir: string, options?: { force?: boolean }): Promise<LoadResult>;
  /**
   * Loads the lexicon seed (seeds/lexicon) in one transaction, skipped when its checksum is the
   * loaded one; (concept, lang) pairs an editor changed are kept, never overwritten by the file.
   */
  loadLexicon(dir: string, options?: { force?: boolean }): Promise<LexiconLoadResult>;
}

interface LexiconStore {
  /**
   * An editor's save, new concept or return to the seed's version of one (concept, lang)
   * (lib/lexicon/edit.ts), in one transaction under the write lock: compare-and-set on the pair's
   * revision, its rows, a Revision with the terms before and after, an audit entry, and the index
   * and data versions raised so every instance's search reads it at its next query. `seedDir` is
   * the lexicon seed (seeds/lexicon) a revert reads the pair's rows from.
   */
  change(request: LexiconChangeRequest, seedDir: string): Promise<LexiconChangeOutcome>;
}

interface SearchStore {
  query(params: SearchQuery): Promise<SearchResponse>;
  suggest(prefix: string, limit: number): Promise<SuggestResponse>;
  /** Re-creates the whole index, in one transaction under the write lock. */
  rebuild(): Promise<RebuildResult>;
  /**
   * Builds the index when it is empty or was built from other reference data (AppMeta
   * search-index-reference), re-checked under the write lock: instances starting together on an
   * empty database build it once (the others find it built and return null).
   */
  buildIfStale(): Promise<RebuildResult | null>;
}

interface AppMetaStore {
  read(key: string): Promise<string | null>;
  write(key: string, value: string): Promise<void>;
}

/**
 * What a Prisma interactive transaction of the app (an editor's publish) needs beyond Prisma:
 * the write lock, and the search entries written on the transaction's own connection.
 */
export interface TransactionStore {
  /** The transaction's first statement in every transaction that reads and then writes. */
  lockForWriting(tx: Prisma.TransactionClient): Promise<void>;
  /** Re-indexes entries inside `tx`: they commit with the data, or neither does. */
  reindex(tx: Prisma.TransactionClient, filter: DocumentFilter): Promise<ReindexResult>;
}

/**
 * Tells the other server instances on the same database which pages changed (lib/store/changes.ts).
 * PostgreSQL: NOTIFY on one channel, LISTEN on a connection of its own. SQLite: nothing to tell.
 */
export interface ChangeFeed {
  announce(change: PageChange): Promise<void>;
  /** Resolves once listening; onChange gets every change announced afterwards, its own included. The result stops listening. */
  listen(onChange: (change: PageChange) => void): Promise<() => Promise<void>>;
}

export interface Store {
  readonly dialect: Dialect;
  readonly changes: ChangeFeed;
  readonly documents: DocumentStore;
  readonly reference: ReferenceStore;
  readonly lexicon: LexiconStore;
  readonly search: SearchStore;
  readonly meta: AppMetaStore;
  close(): Promise<void>;
}
