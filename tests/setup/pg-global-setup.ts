import type { TestProject } from "vitest/node";
import { startCluster } from "../../scripts/pg";
import { PG_SHARED_DATABASE, PG_TEST_DIR, createTemplateDatabase, createTestDatabase } from "./pg-test-db";

declare module "vitest" {
  export interface ProvidedContext {
    pgClusterUrl: string;
    pgSharedUrl: string;
  }
}

/**
 * Starts a throwaway PostgreSQL cluster in tests/.tmp/pg (loopback only, port ATLAS_TEST_PG_PORT,
 * default 5434 so a developer's own cluster on 5433 is left alone), builds the template database,
 * and stops the cluster when the run ends. fsync is off: the data is thrown away.
 */
export default async function setup(project: TestProject) {
  process.env.ATLAS_PG_FSYNC = "off";
  const port = Number(process.env.ATLAS_TEST_PG_PORT ?? 5434);
  const cluster = await startCluster({ dir: PG_TEST_DIR, port, database: "postgres" });
  await createTemplateDatabase(cluster.url);
  project.provide("pgClusterUrl", cluster.url);
  // The read-only tests share one copy (a template cannot be copied while anyone is connected to it).
  project.provide("pgSharedUrl", await createTestDatabase(PG_SHARED_DATABASE, { exact: true }));
  return async () => {
    const { stopCluster } = await import("../../scripts/pg");
    stopCluster({ dir: PG_TEST_DIR, port });
  };
}
