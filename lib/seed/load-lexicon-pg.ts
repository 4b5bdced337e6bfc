/** The PostgreSQL twin of ./load-lexicon.ts: the same statements (./lexicon-set.ts), the same skip, one transaction under the write lock. */
import type pg from "pg";
import { lockForWritingPg, withPgTransaction } from "@/lib/db/pg";
import { META_KEYS } from "@/lib/store/app-meta";
import { bumpDataVersionPg, bumpIndexVersionPg, readMetaPg, writeMetaPg } from "@/lib/store/pg/app-meta";
import { COUNT_TERMS_SQL, DELETE_SEED_ROWS_SQL, EDITED_PAIRS_SQL, pairKey, readLexiconSet, seedRowsToWrite, type LexiconLoadResult } from "./lexicon-set";

export async function loadLexiconPg(pool: pg.Pool, dir: string, options: { force?: boolean } = {}): Promise<LexiconLoadResult> {
  const { entries, checksum } = readLexiconSet(dir);
  return withPgTransaction(pool, async (client) => {
    await lockForWritingPg(client);
    const { rows: pairs } = await client.query<{ concept: string; lang: string }>(EDITED_PAIRS_SQL);
    const edited = new Set(pairs.map((p) => pairKey(p.concept, p.lang)));
    const counts = async () => ({ terms: Number((await client.query<{ n: string }>(COUNT_TERMS_SQL)).rows[0]!.n), editedPairs: edited.size });
    if (!options.force && (await readMetaPg(client, META_KEYS.lexiconChecksum)) === checksum) return { skipped: true, checksum, counts: await counts() };
    await client.query(DELETE_SEED_ROWS_SQL);
    const rows = seedRowsToWrite(entries, edited);
    // One statement over unnest() of the rows' columns, as the reference loader does: a few hundred rows in one round trip.
    await client.query(
      `INSERT INTO "LexiconTerm" (concept, lang, position, term, origin, codes, source, "updatedAt")
       SELECT c, l, p, t, o, k, 'seed', now() FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[]) AS u(c, l, p, t, o, k)`,
      [
        rows.map((r) => r.concept),
        rows.map((r) => r.lang),
        rows.map((r) => r.position),
        rows.map((r) => r.term),
        rows.map((r) => r.origin),
        rows.map((r) => r.codes.join(" ")),
      ],
    );
    await writeMetaPg(client, META_KEYS.lexiconChecksum, checksum);
    await bumpIndexVersionPg(client);
    await bumpDataVersionPg(client);
    return { skipped: false, checksum, counts: await counts() };
  });
}
