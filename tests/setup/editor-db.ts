/**
 * A writable test database for the editorial tests: migrated, reference data loaded, the 351402
 * profile and the Krobia job description from the factories, an editor and an admin. lib/db reads
 * DATABASE_URL when first imported, so callers import app modules only after `createEditorDb`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openSqlite } from "@/lib/db/sqlite";
import { loadReferenceData } from "@/lib/seed/load-reference";
import { ROOT } from "./test-db";

export const EDITOR = { email: "edytor@example.org", name: "Ewa Edytorka", password: "zielony-ogród-pełen-maków" } as const;
export const EDITOR_2 = { email: "drugi@example.org", name: "Jan Drugi", password: "niebieskie-morze-i-statki" } as const;
export const ADMIN = { email: "admin@example.org", name: "Ala Administratorka", password: "czerwony-zachód-nad-tatrami" } as const;

/**
 * The editorial test database of the run's dialect: a SQLite file (vitest.config.ts), or a copy
 * of the PostgreSQL template (vitest.pg.config.ts sets ATLAS_TEST_PG_URL). Points DATABASE_URL at it.
 */
export async function createEditorDb(prefix: string): Promise<{ cleanup: () => Promise<void> }> {
  if (process.env.ATLAS_TEST_PG_URL) {
    const { createTestDatabase, dropTestDatabase } = await import("./pg-test-db");
    const url = await createTestDatabase(prefix);
    process.env.DATABASE_URL = url;
    return {
      cleanup: async () => {
        // The app's pool (lib/db) must let go of the database before it can be dropped.
        const { pgPool } = await import("@/lib/db");
        await pgPool?.end();
        await dropTestDatabase(url);
      },
    };
  }
  const { cleanup } = createEditorDbFile(prefix);
  return { cleanup: async () => cleanup() };
}

export function createEditorDbFile(prefix: string): { file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-${prefix}-`));
  const file = path.join(dir, "test.db");
  const raw = openSqlite(file);
  applyMigrations(raw, readMigrations(path.join(ROOT, "prisma/migrations")));
  loadReferenceData(raw, path.join(ROOT, "seeds/data"));
  raw.close();
  process.env.DATABASE_URL = `file:${file}`;
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Fills the database through the app's own modules (import them after createEditorDbFile). */
export async function seedEditorDb() {
  const { db } = await import("@/lib/db");
  const { createUser } = await import("@/lib/users/create-user");
  const { createProfile351402, createKrobiaJobDescription } = await import("@/tests/factories/profile");
  await createProfile351402(db);
  const { positionId } = await createKrobiaJobDescription(db);
  const ids: Record<string, string> = {};
  for (const [key, user, role] of [
    ["editor", EDITOR, "editor"],
    ["editor2", EDITOR_2, "editor"],
    ["admin", ADMIN, "admin"],
  ] as const) {
    const result = await createUser(db, { ...user, role });
    if (!result.ok) throw new Error(`seed user ${user.email}: ${result.reason}`);
    ids[key] = result.user.id;
  }
  return { db, positionId, userIds: ids as Record<"editor" | "editor2" | "admin", string> };
}
