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

type Row = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: number | null;
  rolled_back_at: number | null;
  applied_steps_count: number;
  started_at: number;
};

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

describe("upgrading a database that holds data", () => {
  it("rebuilding a table keeps the rows that point at it (no ON DELETE CASCADE from the rebuild's DROP)", () => {
    const upgradeFile = path.join(TMP_DIR, "migrations-upgrade.db");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(upgradeFile + suffix, { force: true });
    const up = openSqlite(upgradeFile);
    try {
      expect(up.pragma("foreign_keys", { simple: true })).toBe(1);
      const migrations = readMigrations(MIGRATIONS_DIR);
      // The state of main before issue 11: Occupation, ProfileTask, TaskItem… are rebuilt after it.
      const cut = migrations.findIndex((m) => m.name.endsWith("_profile_provenance"));
      expect(cut).toBeGreaterThan(0);
      applyMigrations(up, migrations.slice(0, cut));
      up.exec(`INSERT INTO Occupation (code, level, name, searchName) VALUES ('3', 'major', 'TECHNICY', 'technicy'), ('351402', 'occupation', 'Administrator', 'administrator');
        UPDATE Occupation SET parentCode = '3' WHERE code = '351402';
        INSERT INTO GroupTask (occupationCode, position, text) VALUES ('3', 1, 'zadanie');
        INSERT INTO AltTitle (occupationCode, title, source, language) VALUES ('351402', 'Webmaster', 'gus', 'pl');
        INSERT INTO Profile (id, occupationCode, title, updatedAt) VALUES (1, '351402', 'Administrator', 0);
        INSERT INTO ProfileTask (id, profileId, position, code, title) VALUES (1, 1, 1, 'Z1', 'Instalowanie');
        INSERT INTO TaskItem (taskId, kind, position, text) VALUES (1, 'skill', 1, 'Instalować serwer');`);
      const count = (table: string) => (up.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
      const before = Object.fromEntries(["Occupation", "GroupTask", "AltTitle", "Profile", "ProfileTask", "TaskItem"].map((t) => [t, count(t)]));
      expect(applyMigrations(up, migrations).applied).toEqual(migrations.slice(cut).map((m) => m.name));
      expect(Object.fromEntries(Object.keys(before).map((t) => [t, count(t)]))).toEqual(before);
      expect(up.pragma("foreign_keys", { simple: true })).toBe(1);
    } finally {
      up.close();
    }
  });

  it("refuses a migration that would leave rows pointing nowhere, and keeps the keys on", () => {
    const bad: Migration = {
      name: "29990101000000_dangling",
      sql: `INSERT INTO GroupTask (occupationCode, position, text) VALUES ('999999', 1, 'x');`,
      checksum: "x",
    };
    expect(() => applyMigrations(db, [bad])).toThrow(/point nowhere/);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM GroupTask WHERE occupationCode = '999999'`).get()).toEqual({ n: 0 });
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
  });
});

describe("schema drift", () => {
  it("the committed migrations produce the schema (prisma/models + prisma/sqlite) exactly (Prisma's own diff, in WebAssembly)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });
});
