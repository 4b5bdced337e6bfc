/**
 * Writes the SQL that takes the committed migrations to the current schema, per dialect
 * (prisma/models shared; prisma/sqlite and prisma/postgresql hold each dialect's datasource).
 *   npm run db:diff [-- --dialect sqlite|postgresql]  → prints the SQL (empty when there is no drift)
 *   npm run db:diff -- --create NAME                   → writes a new migration for each dialect that needs one
 *   npm run db:check                                   → exit 1 when a dialect's schema and migrations differ (drift)
 * PostgreSQL needs a server to make its shadow databases on: DATABASE_URL when it is a postgresql://
 * URL, else the project's own cluster (scripts/pg.ts, started if needed).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadSchemaEngine, type EngineTarget } from "./schema-engine";
import { startCluster } from "./pg";
import { externalTablesFor, type Dialect } from "../lib/db/external-tables";

const root = path.resolve(import.meta.dirname, "..");
const DIALECTS: Dialect[] = ["sqlite", "postgresql"];

/** SQLite's migrations stay where deployed databases' checksums were recorded from. */
export const MIGRATIONS_DIRS: Record<Dialect, string> = {
  sqlite: path.join(root, "prisma/migrations"),
  postgresql: path.join(root, "prisma/postgresql/migrations"),
};

/** The dialect's schema file plus the shared models (what `prisma generate --schema prisma/<dialect>` reads through its `models` link). */
export function schemaFiles(dialect: Dialect): { path: string; content: string }[] {
  const modelsDir = path.join(root, "prisma/models");
  const files = [
    path.join(root, "prisma", dialect, "schema.prisma"),
    ...fs
      .readdirSync(modelsDir)
      .filter((f) => f.endsWith(".prisma"))
      .sort()
      .map((f) => path.join(modelsDir, f)),
  ];
  return files.map((p) => ({ path: p, content: fs.readFileSync(p, "utf8") }));
}

function migrationList(dialect: Dialect) {
  const migrationsDir = MIGRATIONS_DIRS[dialect];
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir)
        .filter((d) => fs.statSync(path.join(migrationsDir, d)).isDirectory())
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: readOrNull(path.join(migrationsDir, "migration_lock.toml")) },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, d, "migration.sql"), "utf8") } },
    })),
  };
}

function readOrNull(p: string) {
  return fs.existsSync(p) ? fs.readFileSync(p, "utf8") : null;
}

/** A PostgreSQL server for the shadow databases. */
async function postgresUrl(): Promise<string> {
  const url = process.env.DATABASE_URL ?? "";
  if (/^postgres(?:ql)?:\/\//.test(url)) return url;
  return (await startCluster()).url;
}

/** The SQL that takes the committed migrations of `dialect` to its schema ("" when they agree). */
export async function diffMigrationsToSchema(dialect: Dialect = "sqlite", pgUrl?: string): Promise<string> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-diff-"));
  try {
    const files = schemaFiles(dialect);
    const target: EngineTarget = dialect === "sqlite" ? { dialect, file: path.join(tmp, "scratch.db") } : { dialect, url: pgUrl ?? (await postgresUrl()) };
    const engine = await loadSchemaEngine(target, files);
    try {
      const result = await engine.diff({
        from: { tag: "migrations", ...migrationList(dialect) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: null,
        filters: { externalTables: externalTablesFor(dialect), externalEnums: [] },
      });
      const sql = (result.stdout ?? "").trim();
      return sql === "-- This is an empty migration." ? "" : sql;
    } finally {
      engine.free();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function dialectsFrom(args: string[]): Dialect[] {
  const at = args.indexOf("--dialect");
  if (at < 0) return DIALECTS;
  const value = args[at + 1];
  if (value !== "sqlite" && value !== "postgresql") throw new Error("--dialect takes sqlite or postgresql");
  return [value];
}

async function main() {
  const args = process.argv.slice(2);
  const dialects = dialectsFrom(args);
  const createAt = args.indexOf("--create");
  const name = createAt >= 0 ? args[createAt + 1] : undefined;
  if (createAt >= 0 && (!name || !/^[a-z0-9_]+$/.test(name))) throw new Error("--create needs a snake_case name");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

  for (const dialect of dialects) {
    const sql = await diffMigrationsToSchema(dialect);
    const isEmpty = sql === "";
    if (args.includes("--check")) {
      if (isEmpty) console.log(`${dialect}: no drift, the migrations produce the schema.`);
      else {
        console.error(`${dialect}: drift, the schema differs from the migrations. Missing SQL:\n${sql}`);
        process.exitCode = 1;
      }
      continue;
    }
    if (name) {
      if (isEmpty) {
        console.log(`${dialect}: nothing to migrate.`);
        continue;
      }
      const migrationsDir = MIGRATIONS_DIRS[dialect];
      const dir = path.join(migrationsDir, `${stamp}_${name}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
      if (!fs.existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
        fs.writeFileSync(
          path.join(migrationsDir, "migration_lock.toml"),
          `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${dialect}"\n`,
        );
      }
      console.log(`${dialect}: wrote ${path.relative(root, dir)}/migration.sql`);
      continue;
    }
    console.log(`-- ${dialect}\n${sql}`);
  }
}

// Run as a command only (the drift test imports diffMigrationsToSchema).
const isCommand = process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename;
if (isCommand) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
