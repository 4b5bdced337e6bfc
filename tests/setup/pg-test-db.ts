/**
 * PostgreSQL databases for the PostgreSQL test run (vitest.pg.config.ts). The global setup starts a
 * throwaway cluster in tests/.tmp/pg (scripts/pg.ts) and makes one migrated database with the
 * reference data loaded, the template; each test file gets a copy of it (CREATE DATABASE …
 * TEMPLATE, a file copy: well under a second) under a name of its own.
 */
import path from "node:path";
import pg from "pg";
import { createPgPool, migratePg } from "@/lib/db/pg";
import { loadReferenceDataPg } from "@/lib/seed/load-reference-pg";
import { loadLexiconPg } from "@/lib/seed/load-lexicon-pg";
import { ROOT } from "./test-db";

export const PG_TEST_DIR = "tests/.tmp/pg";
export const PG_TEMPLATE_DATABASE = "atlas_template";
export const PG_SHARED_DATABASE = "atlas_shared";

/** The test cluster's URL, handed to the workers by the global setup (tests/setup/pg-setup.ts). */
export function testClusterUrl(): string {
  const url = process.env.ATLAS_TEST_PG_URL;
  if (!url) throw new Error("ATLAS_TEST_PG_URL is not set: run the PostgreSQL tests with vitest.pg.config.ts");
  return url;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(testClusterUrl(), "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The template: migrated, reference data loaded. Made once per run by the global setup. */
export async function createTemplateDatabase(clusterUrl: string): Promise<void> {
  process.env.ATLAS_TEST_PG_URL = clusterUrl;
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${PG_TEMPLATE_DATABASE}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${PG_TEMPLATE_DATABASE}" TEMPLATE template0 ENCODING 'UTF8'`);
  });
  const pool = createPgPool(withDatabase(clusterUrl, PG_TEMPLATE_DATABASE));
  try {
    await migratePg(pool, ROOT);
    await loadReferenceDataPg(pool, path.join(ROOT, "seeds/data"));
    await loadLexiconPg(pool, path.join(ROOT, "seeds/lexicon"));
  } finally {
    await pool.end();
  }
}

/** A fresh copy of the template for one test file; returns its URL. */
export async function createTestDatabase(name: string, options: { exact?: boolean } = {}): Promise<string> {
  const database = options.exact ? name : `atlas_${name.replace(/\W/g, "_").toLowerCase()}_${process.pid}`.slice(0, 63);
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${database}" TEMPLATE "${PG_TEMPLATE_DATABASE}"`);
  });
  return withDatabase(testClusterUrl(), database);
}

/** An empty database (no migrations), for the migration tests. */
export async function createEmptyDatabase(name: string): Promise<string> {
  const database = `atlas_${name}_${process.pid}`.slice(0, 63);
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${database}" TEMPLATE template0 ENCODING 'UTF8'`);
  });
  return withDatabase(testClusterUrl(), database);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}
