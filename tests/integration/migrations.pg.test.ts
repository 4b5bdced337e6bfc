/**
 * The PostgreSQL migration runner (lib/db/migrate-pg.ts) and the drift check of the PostgreSQL
 * schema (scripts/db-diff.ts, Prisma's engine in WebAssembly with shadow databases on the test cluster).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations, type Migration } from "@/lib/db/migrate";
import { applyMigrationsPg } from "@/lib/db/migrate-pg";
import { PG_MIGRATIONS_DIR } from "@/lib/db/pg";
import { diffMigrationsToSchema } from "../../scripts/db-diff";
import { createEmptyDatabase, dropTestDatabase, testClusterUrl } from "../setup/pg-test-db";
import { ROOT } from "../setup/test-db";

const MIGRATIONS_DIR = path.join(ROOT, PG_MIGRATIONS_DIR);
let url: string;
let client: pg.Client;

beforeAll(async () => {
  url = await createEmptyDatabase("migrations");
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await dropTestDatabase(url);
});

type Row = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  started_at: Date;
};

describe("PostgreSQL migration runner", () => {
  it("applies every committed migration once, recording each as Prisma does", async () => {
    const migrations = readMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);
    const first = await applyMigrationsPg(client, migrations);
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const { rows } = await client.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const tables = await client.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('Occupation', 'Profile', 'search_entry', 'suggest_entry')`,
    );
    expect(tables.rowCount).toBe(4);
    // The text search configuration folds what the index is given (the safety net for text not folded in JavaScript).
    const { rows: folded } = await client.query<{ v: string }>(`SELECT to_tsvector('atlas_simple', 'Zarządzanie ŁÓDŹ Басқару')::text AS v`);
    expect(folded[0]!.v).toBe("'lodz':2 'zarzadzanie':1 'басқару':3");
  });

  it("applies nothing the second time", async () => {
    const again = await applyMigrationsPg(client, readMigrations(MIGRATIONS_DIR));
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations(MIGRATIONS_DIR).length);
  });

  it("rolls a failing migration back whole (transactional DDL) and does not record it", async () => {
    const broken: Migration = {
      name: "29991231000000_broken",
      sql: `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY); INSERT INTO "NoSuchTable" VALUES (1);`,
      checksum: "x",
    };
    await expect(applyMigrationsPg(client, [broken])).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
    expect((await client.query(`SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)).rowCount).toBe(0);
    expect((await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name])).rowCount).toBe(0);
  });

  it("lets two processes start at once: each migration is applied by one of them", async () => {
    const freshUrl = await createEmptyDatabase("migrations_race");
    const a = new pg.Client({ connectionString: freshUrl });
    const b = new pg.Client({ connectionString: freshUrl });
    await Promise.all([a.connect(), b.connect()]);
    try {
      const migrations = readMigrations(MIGRATIONS_DIR);
      const [ra, rb] = await Promise.all([applyMigrationsPg(a, migrations), applyMigrationsPg(b, migrations)]);
      expect([...ra.applied, ...rb.applied].sort()).toEqual(migrations.map((m) => m.name));
      expect((await a.query(`SELECT COUNT(*)::int AS n FROM "_prisma_migrations"`)).rows[0].n).toBe(migrations.length);
    } finally {
      await Promise.all([a.end(), b.end()]);
      await dropTestDatabase(freshUrl);
    }
  });
});

describe("PostgreSQL schema drift", () => {
  it("the committed PostgreSQL migrations produce the schema exactly (Prisma's own diff, in WebAssembly)", async () => {
    const cluster = new URL(testClusterUrl());
    cluster.pathname = "/postgres";
    expect(await diffMigrationsToSchema("postgresql", cluster.toString())).toBe("");
  });
});
