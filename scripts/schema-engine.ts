/**
 * Loads Prisma's schema engine compiled to WebAssembly (the native one cannot be downloaded here)
 * and binds it to a driver adapter: better-sqlite3 for SQLite, pg for PostgreSQL. Used only by developer scripts (db:diff, drift
 * check); the app applies migrations with lib/db/migrate.ts and never loads this.
 * NOTE: @prisma/schema-engine-wasm is an internal Prisma package; its version must match the CLI's
 * engine hash (STACK.md). The package imports its .wasm as an ES module, which Node 20 cannot do, so
 * the module is instantiated by hand here.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const require = createRequire(import.meta.url);

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

/** Where the engine works: a scratch SQLite file, or a PostgreSQL server (it makes its shadow databases there). */
export type EngineTarget = { dialect: "sqlite"; file: string } | { dialect: "postgresql"; url: string };

type EngineModule = Record<string, unknown> & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (opts: unknown, cb: (msg: string) => void, adapter: object) => Promise<Engine> };
};

/**
 * The module is instantiated once per process: instantiating it a second time (db:check does
 * SQLite, then PostgreSQL) swaps the memory under the bindings and ends in a garbled panic.
 */
let engineModule: Promise<EngineModule> | null = null;

async function instantiateEngineModule(): Promise<EngineModule> {
  // The wasm module reports a Rust panic through this global; without it the message is lost.
  const registry = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => console.error(`schema engine panic: ${message}`) };
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = (await import(path.join(pkgDir, "schema_engine_bg.js"))) as EngineModule;
  const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

export async function loadSchemaEngine(target: EngineTarget, schemaFiles: { path: string; content: string }[]): Promise<Engine> {
  const bg = await (engineModule ??= instantiateEngineModule());
  const adapter = bindMigrationAwareSqlAdapterFactory(target.dialect === "sqlite" ? sqliteFactory(target.file) : pgFactory(target.url));
  return bg.SchemaEngine.new({ datamodels: schemaFiles.map((f) => [f.path, f.content]) }, () => {}, adapter);
}

function sqliteFactory(dbFile: string): Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0] {
  const factory = new PrismaBetterSqlite3({ url: `file:${dbFile}` }) as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];
  // SQLite has no server to make a shadow database on: an in-memory database serves.
  const shadowFactory = new PrismaBetterSqlite3({ url: ":memory:" });
  return Object.assign(factory, {
    connectToShadowDb: async () => withScriptFallback(await shadowFactory.connect()),
  });
}

/**
 * The main connection is PrismaPg's. Its own connectToShadowDb drops the shadow database before
 * closing the pool that uses it ("being accessed by other users"), so shadow databases are made
 * and dropped here, pool first. Fields, not a connection string, so the database name can change.
 */
function pgFactory(url: string): Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0] {
  const u = new URL(url);
  const fields = {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
  const factory = new PrismaPg(introspectablePool(fields), { disposeExternalPool: true });
  return Object.assign(factory, {
    connectToShadowDb: async () => {
      const name = `atlas_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
      const admin = async (sql: string) => {
        const client = new pg.Client(fields);
        await client.connect();
        try {
          await client.query(sql);
        } finally {
          await client.end();
        }
      };
      await admin(`CREATE DATABASE "${name}"`);
      const adapter = await new PrismaPg(introspectablePool({ ...fields, database: name }), { disposeExternalPool: true }).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return adapter;
    },
  });
}

/** PostgreSQL's one-byte internal type "char" (pg_class.relkind, …): type OID 18. */
const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * The engine's catalogue queries return columns of type "char", which @prisma/adapter-pg 7.10
 * refuses ("Column type 'char' could not be deserialized"). node-postgres already reads them as
 * strings, so each connection reports them as text.
 */
function introspectablePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ idleTimeoutMillis: 500, ...config });
  type Query = (...args: unknown[]) => unknown;
  // Promise-returning calls only: the pool itself calls its clients with a callback, and its own
  // promise is patched instead; transactions call a checked-out client without one.
  const patch = (target: { query: unknown }) => {
    const query = (target.query as Query).bind(target);
    target.query = (...args: unknown[]) => {
      const result = query(...args);
      if (!(result instanceof Promise)) return result;
      return result.then((r: pg.QueryResult) => {
        for (const field of r?.fields ?? []) if (field.dataTypeID === INTERNAL_CHAR_OID) field.dataTypeID = TEXT_OID;
        return r;
      });
    };
  };
  patch(pool as unknown as { query: unknown });
  pool.on("connect", (client) => patch(client as unknown as { query: unknown }));
  return pool;
}

type RawAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/**
 * The engine replays a whole migration file through executeRaw, but better-sqlite3's prepare()
 * takes one statement; a migration with several statements goes through executeScript instead.
 */
function withScriptFallback(adapter: RawAdapter): RawAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0) {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (!/more than one statement/i.test(String((error as Error)?.message ?? error))) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    }
    return executeRaw(query);
  };
  return adapter;
}
