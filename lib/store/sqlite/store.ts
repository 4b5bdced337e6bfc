/**
 * The SQLite adapter of the store interfaces (lib/store/types.ts): raw better-sqlite3 connections
 * for what Prisma does badly or cannot do (bulk writes, FTS5), synchronous transactions opened
 * BEGIN IMMEDIATE so a writer that reads first waits its turn instead of failing.
 */
import type Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSuggestionCorpus } from "../suggestion-corpus";
import { searchIndex, suggestFromIndex } from "@/lib/search/engine";
import { LEXICON_ROWS_SQL } from "@/lib/search/expansion";
import type { LexiconTermRow } from "@/lib/lexicon/match";
import { isSearchIndexEmpty, rebuildSearchIndex, reindexEntries } from "@/lib/search/index-builder";
import { loadReferenceData } from "@/lib/seed/load-reference";
import { loadLexicon } from "@/lib/seed/load-lexicon";
import { META_KEYS } from "../app-meta";
import { identityOf, lossOnWrite, planDocument, type StoredVersion } from "../document-plan";
import type { Store, TransactionStore } from "../types";
import { bumpDataVersionSqlite, readMetaSqlite, writeMetaSqlite } from "./app-meta";
import { writePlanSqlite } from "./document-writer";
import { changeLexiconSqlite } from "./lexicon";

export type SqliteConnections = {
  /** A writable connection (imports, reference load, index builds). */
  writer(): Database.Database;
  /** A connection for search queries (read-only in the app). */
  reader(): Database.Database;
  close(): Promise<void>;
};

export function createSqliteStore(connections: SqliteConnections): Store {
  const { writer, reader } = connections;
  return {
    dialect: "sqlite",
    // One process serves a SQLite file (README, "Several instances"): its own revalidation is all there is.
    changes: {
      announce: async () => {},
      listen: async () => async () => {},
    },
    documents: {
      async write(input, options = {}) {
        const plan = planDocument(input);
        const db = writer();
        return db
          .transaction(() => {
            const result = writePlanSqlite(db, plan, options);
            if (result.status !== "unchanged") {
              reindexEntries(db, result);
              bumpDataVersionSqlite(db);
            }
            return result;
          })
          .immediate();
      },
      async lossOf(input) {
        const { documentKey, checksum } = identityOf(input);
        const existing = reader().prepare(`SELECT checksum, parsed FROM SourceDocument WHERE documentKey = ?`).get(documentKey) as StoredVersion | undefined;
        return lossOnWrite(existing, checksum, input.parsed);
      },
      async suggestionCorpus() {
        return readSuggestionCorpus(writer());
      },
      async lexicon() {
        return writer().prepare(LEXICON_ROWS_SQL).all() as LexiconTermRow[];
      },
    },
    reference: {
      async load(dataDir, options) {
        return loadReferenceData(writer(), dataDir, options);
      },
      async loadLexicon(dir, options) {
        return loadLexicon(writer(), dir, options);
      },
    },
    lexicon: {
      async change(request, seedDir) {
        return changeLexiconSqlite(writer(), request, seedDir);
      },
    },
    search: {
      async query(params) {
        return searchIndex(reader(), params);
      },
      async suggest(prefix, limit) {
        return suggestFromIndex(reader(), prefix, limit);
      },
      async rebuild() {
        const db = writer();
        return db.transaction(() => rebuildRecorded(db)).immediate();
      },
      async buildIfStale() {
        const db = writer();
        // Checked inside BEGIN IMMEDIATE: a second process waits for the first build, then finds it.
        return db.transaction(() => (isIndexStale(db) ? rebuildRecorded(db) : null)).immediate();
      },
    },
    meta: {
      async read(key) {
        return readMetaSqlite(writer(), key);
      },
      async write(key, value) {
        writeMetaSqlite(writer(), key, value);
      },
    },
    close: connections.close,
  };
}

const referenceOf = (db: Database.Database) => readMetaSqlite(db, META_KEYS.referenceChecksum) ?? "";

function isIndexStale(db: Database.Database): boolean {
  return isSearchIndexEmpty(db) || readMetaSqlite(db, META_KEYS.indexReference) !== referenceOf(db);
}

function rebuildRecorded(db: Database.Database) {
  const result = rebuildSearchIndex(db);
  writeMetaSqlite(db, META_KEYS.indexReference, referenceOf(db));
  return result;
}

/**
 * The Prisma-transaction helpers on SQLite. `connection` is the one Prisma's adapter runs on
 * (lib/db/serialized-sqlite-adapter.ts): inside `db.$transaction`, after a statement of `tx`, the
 * transaction is open on it, so synchronous statements there are part of it.
 */
export function sqliteTransactionStore(connection: () => Database.Database | null): TransactionStore {
  /**
   * Prisma's adapter opens a deferred transaction (BEGIN): one that has read and then writes
   * after another process (the import CLI) committed meanwhile fails at once with SQLITE_BUSY,
   * reported as "Operation has timed out", since no waiting can make its snapshot current
   * again. Writing first moves the wait before any read, where busy_timeout applies. A
   * statement that changes no row still takes the lock.
   */
  const lockForWriting = async (tx: Prisma.TransactionClient) => {
    await tx.$executeRaw`UPDATE "AppMeta" SET "key" = "key" WHERE 0`;
  };
  return {
    lockForWriting,
    async reindex(tx: Prisma.TransactionClient, filter) {
      // A statement of tx first (the lock's): the transaction is then surely open on the connection.
      await lockForWriting(tx);
      const db = connection();
      if (!db?.inTransaction) throw new Error("reindex needs the Prisma transaction's own connection, in a transaction");
      // Prisma's adapter reads integers as BigInt on this connection; the index builder expects
      // numbers. The setting applies to statements prepared while it holds, and this block is
      // synchronous, so Prisma's own statements never see the change.
      db.defaultSafeIntegers(false);
      try {
        return reindexEntries(db, filter);
      } finally {
        db.defaultSafeIntegers(true);
      }
    },
  };
}
