/**
 * Loads Prisma's schema engine compiled to WebAssembly (the native one cannot be downloaded here)
 * and binds it to a better-sqlite3 driver adapter. Used only by developer scripts (db:diff, drift
 * check); the app applies migrations with lib/db/migrate.ts and never loads this.
 * NOTE: @prisma/schema-engine-wasm is an internal Prisma package; its version must match the CLI's
 * engine hash (STACK.md). The package imports its .wasm as an ES module, which Node 20 cannot do, so
 * the module is instantiated by hand here.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

export async function loadSchemaEngine(dbFile: string, schemaFiles: { path: string; content: string }[]): Promise<Engine> {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = (await import(path.join(pkgDir, "schema_engine_bg.js"))) as Record<string, unknown> & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: { new: (opts: unknown, cb: (msg: string) => void, adapter: object) => Promise<Engine> };
  };
  const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();

  const factory = new PrismaBetterSqlite3({ url: `file:${dbFile}` }) as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];
  // SQLite has no server to make a shadow database on: an in-memory database serves.
  const shadowFactory = new PrismaBetterSqlite3({ url: ":memory:" });
  const migrationAware = Object.assign(factory, {
    connectToShadowDb: async () => withScriptFallback(await shadowFactory.connect()),
  });
  const adapter = bindMigrationAwareSqlAdapterFactory(migrationAware);
  return bg.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
    () => {},
    adapter,
  );
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
