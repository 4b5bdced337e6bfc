import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations, type Migration } from "@/lib/db/migrate";
import { openSqlite } from "@/lib/db/sqlite";
import { diffMigrationsToSchema } from "../../scripts/db-diff";
import { ROOT, TMP_DIR } from "../setup/test-db";

const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const file = path.join(TMP_DIR, "migrations.db");
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
fs.mkdirSync(TMP_DIR, { recursive: true });
const db = openSqlite(file);
afterAll(() => db.close());

type Row = { id: string; checksum: string; migration_name: string; finished_at: number | null; rolled_back_at: number | null; applied_steps_count: number; started_at: number };

describe("migration runner", () => {
  it("applies every committed migration once, recording each as Prisma does", () => {
    const migrations = readMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);
    const first = applyMigrations(db, migrations);
    expect(first.applied).toEqual(migrations.map((m) => m.name));

    const rows = db.prepare(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`).all() as Row[];
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toBe(migrations[i]?.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    // The tables of the schema exist.
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Occupation', 'Profile', 'search_fts')`).all()).toHaveLength(3);
  });

  it("applies nothing the second time", () => {
    const again = applyMigrations(db, readMigrations(MIGRATIONS_DIR));
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations(MIGRATIONS_DIR).length);
  });

  it("rolls a failing migration back whole and does not record it as applied", () => {
    const broken: Migration = {
      name: "29991231000000_broken",
      sql: `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY); INSERT INTO "NoSuchTable" VALUES (1);`,
      checksum: "x",
    };
    expect(() => applyMigrations(db, [broken])).toThrow(/29991231000000_broken failed and was rolled back/);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'Half'`).get()).toBeUndefined();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE migration_name = ?`).get(broken.name)).toEqual({ n: 0 });
  });
});

describe("schema drift", () => {
  it("the committed migrations produce prisma/schema.prisma exactly (Prisma's own diff, in WebAssembly)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });
});
