import path from "node:path";
import { defineConfig } from "prisma/config";
import { externalTablesFor } from "./lib/db/external-tables";

// NOTE: no native schema engine can be downloaded here (see docs/decisions/0002); the CLI only
// needs an executable to exist for generate/validate/format.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/schema-engine-stub.sh");
process.env.CHECKPOINT_DISABLE ??= "1";

// One schema folder per dialect (docs/decisions/0010), chosen by DATABASE_URL like the app does.
// `prisma generate --schema prisma/postgresql` overrides the folder; postinstall generates both.
const url = process.env.DATABASE_URL ?? "file:./data/atlas.db";
const isPostgres = /^postgres(?:ql)?:\/\//.test(url);

export default defineConfig({
  schema: isPostgres ? "prisma/postgresql" : "prisma/sqlite",
  migrations: { path: isPostgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
  experimental: { externalTables: true },
  tables: { external: externalTablesFor(isPostgres ? "postgresql" : "sqlite") },
});
