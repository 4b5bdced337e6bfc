import path from "node:path";
import { defineConfig } from "prisma/config";
import { EXTERNAL_TABLES } from "./lib/db/external-tables";

// NOTE: no native schema engine can be downloaded here (see docs/decisions/0002); the CLI only
// needs an executable to exist for generate/validate/format.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/schema-engine-stub.sh");
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/atlas.db" },
  experimental: { externalTables: true },
  tables: { external: EXTERNAL_TABLES },
});
