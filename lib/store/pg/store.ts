/**
 * The PostgreSQL adapter of the store interfaces (lib/store/types.ts): one pool, raw SQL for the
 * bulk jobs, every writer in one transaction behind the advisory write lock (the twin of SQLite's
 * BEGIN IMMEDIATE), so imports, publishes, loads and index builds of every instance take turns.
 */
import pg from "pg";
import { lockForWritingPg, withPgTransaction, WRITE_LOCK_KEY, type PgQueryable } from "@/lib/db/pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchIndexPg, suggestFromIndexPg } from "@/lib/search/pg/engine";
import { isSearchIndexEmptyPg, rebuildSearchIndexInTx, reindexEntriesPg } from "@/lib/search/pg/index-builder";
import { loadReferenceDataPg } from "@/lib/seed/load-reference-pg";
import { LEXICON_ROWS_SQL } from "@/lib/search/expansion";
import type { LexiconTermRow } from "@/lib/lexicon/match";
import { loadLexiconPg } from "@/lib/seed/load-lexicon-pg";
import { META_KEYS } from "../app-meta";
import { identityOf, lossOnWrite, planDocument, type StoredVersion } from "../document-plan";
import { readSuggestionCorpusPg } from "../suggestion-corpus";
import { changePayloads, parseChangePayload, type PageChange } from "../changes";
import type { ChangeFeed, Store, TransactionStore } from "../types";
import { bumpDataVersionPg, readMetaPg, writeMetaPg } from "./app-meta";
import { writePlanPg } from "./document-writer";
import { changeLexiconPg } from "./lexicon";

export function createPgStore(pool: pg.Pool, options: { end: boolean }): Store {
  return {
    dialect: "postgresql",
    changes: pgChangeFeed(pool),
    documents: {
      write(input, options = {}) {
        const plan = planDocument(input);
        return withPgTransaction(pool, async (client) => {
          // Still atomic, and durable against a crash of the app; only a crash of the server or the
          // machine may lose the last fraction of a second of imports, which re-importing (idempotent)
          // restores: the same trade as SQLite's synchronous=NORMAL (lib/db/sqlite.ts). It spares a
          // WAL flush per document: 37 → 66 documents/s on the 2-core machine (npm run bench -- --only import).
          await client.query(`SET LOCAL synchronous_commit = off`);
          await lockForWritingPg(client);
          const result = await writePlanPg(client, plan, options);
          if (result.status !== "unchanged") {
            await reindexEntriesPg(client, result);
            await bumpDataVersionPg(client);
          }
          return result;
        });
      },
      async lossOf(input) {
        const { documentKey, checksum } = identityOf(input);
        const existing = (await pool.query<StoredVersion>(`SELECT checksum, parsed FROM "SourceDocument" WHERE "documentKey" = $1`, [documentKey])).rows[0];
        return lossOnWrite(existing, checksum, input.parsed);
      },
      suggestionCorpus: () => readSuggestionCorpusPg(pool),
      lexicon: async () => (await pool.query<LexiconTermRow>(LEXICON_ROWS_SQL)).rows,
    },
    reference: {
      load: (dataDir, loadOptions) => loadReferenceDataPg(pool, dataDir, loadOptions),
      loadLexicon: (dir, loadOptions) => loadLexiconPg(pool, dir, loadOptions),
    },
    lexicon: {
      change: (request, seedDir) => changeLexiconPg(pool, request, seedDir),
    },
    search: {
      query: (params) => searchIndexPg(pool, params),
      suggest: (prefix, limit) => suggestFromIndexPg(pool, prefix, limit),
      rebuild: () =>
        withPgTransaction(pool, async (client) => {
          await lockForWritingPg(client);
          return rebuildRecorded(client);
        }),
      async buildIfStale() {
        if (!(await isIndexStale(pool))) return null;
        return withPgTransaction(pool, async (client) => {
          // Re-checked under the lock: a second instance waits for the first build, then finds it.
          await lockForWritingPg(client);
          return (await isIndexStale(client)) ? rebuildRecorded(client) : null;
        });
      },
    },
    meta: {
      read: (key) => readMetaPg(pool, key),
      write: (key, value) => writeMetaPg(pool, key, value),
    },
    close: async () => {
      if (options.end) await pool.end();
    },
  };
}

const CHANGES_CHANNEL = "atlas_page_changes";

/**
 * LISTEN needs a connection of its own for as long as it listens (a pooled one would be lent to
 * queries meanwhile), so the listener opens one with the pool's settings. If it drops, it reconnects
 * after a second; changes announced meanwhile are missed, and those pages catch up within their
 * own revalidate time (60 s), as without the feed.
 */
function pgChangeFeed(pool: pg.Pool): ChangeFeed {
  return {
    async announce(change) {
      for (const payload of changePayloads(change)) await pool.query(`SELECT pg_notify($1, $2)`, [CHANGES_CHANNEL, payload]);
    },
    async listen(onChange: (change: PageChange) => void) {
      let client: pg.Client | null = null;
      let stopped = false;
      let retry: NodeJS.Timeout | undefined;
      const retryLater = () => {
        if (!stopped) retry = setTimeout(() => void connect().catch(retryLater), 1_000);
      };
      const connect = async () => {
        const next = new pg.Client(pool.options);
        next.on("notification", (message) => {
          const change = message.channel === CHANGES_CHANNEL ? parseChangePayload(message.payload) : null;
          if (change) onChange(change);
        });
        // A connection lost after it listened: open another (a failed connect is retried by its caller).
        next.on("error", () => {
          void next.end().catch(() => {});
          if (client !== next) return;
          client = null;
          retryLater();
        });
        await next.connect();
        await next.query(`LISTEN ${CHANGES_CHANNEL}`);
        if (stopped) await next.end();
        else client = next;
      };
      await connect();
      return async () => {
        stopped = true;
        clearTimeout(retry);
        await client?.end().catch(() => {});
        client = null;
      };
    },
  };
}

const referenceOf = async (db: PgQueryable) => (await readMetaPg(db, META_KEYS.referenceChecksum)) ?? "";

async function isIndexStale(db: PgQueryable): Promise<boolean> {
  return (await isSearchIndexEmptyPg(db)) || (await readMetaPg(db, META_KEYS.indexReference)) !== (await referenceOf(db));
}

async function rebuildRecorded(client: PgQueryable) {
  const result = await rebuildSearchIndexInTx(client);
  await writeMetaPg(client, META_KEYS.indexReference, await referenceOf(client));
  return result;
}

/**
 * The Prisma-transaction helpers on PostgreSQL. Prisma's adapter runs an interactive transaction
 * on one client of `pool`; the pool's acquire/release events keep the checked-out clients by
 * backend process id, so `reindex` finds the transaction's own client (SELECT pg_backend_pid()
 * through tx) and writes the search rows on it: they commit with the publish, or neither does.
 */
export function pgTransactionStore(pool: pg.Pool): TransactionStore {
  const checkedOut = new Map<number, pg.PoolClient>();
  const pid = (client: pg.PoolClient) => (client as unknown as { processID: number }).processID;
  pool.on("acquire", (client) => checkedOut.set(pid(client), client));
  pool.on("release", (_error, client) => checkedOut.delete(pid(client)));
  pool.on("remove", (client) => checkedOut.delete(pid(client as pg.PoolClient)));
  return {
    async lockForWriting(tx) {
      // The lock function returns void, which the adapter cannot read back: select a constant.
      await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})) AS l`;
    },
    async reindex(tx: Prisma.TransactionClient, filter) {
      const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      const client = row && checkedOut.get(Number(row.pid));
      if (!client) throw new Error("reindex needs the Prisma transaction's own connection (a client of the app's pool)");
      return reindexEntriesPg(client, filter);
    },
  };
}
