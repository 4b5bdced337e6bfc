/**
 * The reference loader on PostgreSQL (lib/seed/load-reference-pg.ts): the same rows as on SQLite,
 * idempotent, and safe when two instances start at once.
 */
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPgPool, migratePg } from "@/lib/db/pg";
import { loadReferenceDataPg } from "@/lib/seed/load-reference-pg";
import { createEmptyDatabase, dropTestDatabase } from "../setup/pg-test-db";
import { ROOT } from "../setup/test-db";

const DATA = path.join(ROOT, "seeds/data");
const urls: string[] = [];
afterAll(async () => {
  for (const url of urls) await dropTestDatabase(url);
});

async function freshPool(name: string): Promise<pg.Pool> {
  const url = await createEmptyDatabase(name);
  urls.push(url);
  // A long wait for a connection: these tests are about the load, not how fast PostgreSQL accepts one on a busy machine
  // (a CI run beside other PostgreSQL tests once waited past the 5-s default at the first query).
  const pool = createPgPool(url, { max: 4, connectionTimeoutMillis: 30_000 });
  await migratePg(pool, ROOT);
  return pool;
}

describe("reference data on PostgreSQL", () => {
  it("loads the same counts as SQLite, keeps codes and Unicode, and skips an unchanged set", async () => {
    const pool = await freshPool("reference");
    try {
      const started = performance.now();
      const first = await loadReferenceDataPg(pool, DATA);
      console.info(`PostgreSQL reference load: ${((performance.now() - started) / 1000).toFixed(2)} s`);
      expect(first.skipped).toBe(false);
      expect(first.counts).toEqual({
        Occupation: 3543,
        GroupTask: 5099,
        // 55 cut-off source names kept as "kzis" titles; 19 GUS/ESCO titles equal to a restored full name dropped.
        AltTitle: 38296,
        EscoOccupation: 3039,
        EscoLink: 2285,
        EscoSkill: 7627,
        OccupationEscoSkill: 22249,
        IscoGroup: 619,
        "repaired names": 55,
      });
      const { rows } = await pool.query<{ code: string; name: string; parentCode: string }>(
        `SELECT code, name, "parentCode" FROM "Occupation" WHERE code = '011001'`,
      );
      expect(rows[0]).toEqual({ code: "011001", name: "Oficer zawodowych Sił Zbrojnych", parentCode: "0110" });
      const second = await loadReferenceDataPg(pool, DATA);
      expect(second.skipped).toBe(true);
      expect(second.counts).toEqual(first.counts);
      // A forced reload upserts: an editor's title and a profile pointing at a code survive it.
      await pool.query(`INSERT INTO "AltTitle" ("occupationCode", title, source, language) VALUES ('351402', 'Poczmistrz sieciowy', 'editor', 'pl')`);
      const forced = await loadReferenceDataPg(pool, DATA, { force: true });
      expect(forced.counts.AltTitle).toBe(38297);
    } finally {
      await pool.end();
    }
  });

  it("loads once when two instances start at the same moment", async () => {
    const pool = await freshPool("reference_race");
    try {
      const results = await Promise.all([loadReferenceDataPg(pool, DATA), loadReferenceDataPg(pool, DATA)]);
      expect(results.map((r) => r.skipped).sort()).toEqual([false, true]);
      expect(results[0]!.counts.AltTitle).toBe(38296);
    } finally {
      await pool.end();
    }
  });
});
