import { inject, vi } from "vitest";
import "./console-guard";

// `server-only` throws outside a React Server environment; in tests the modules run in plain Node.
vi.mock("server-only", () => ({}));

// Before any app module reads it: the cluster's URL; test files point DATABASE_URL at their own database.
process.env.ATLAS_TEST_PG_URL = inject("pgClusterUrl");
// The read-only integration tests read the shared copy through the app's own lib/db.
process.env.DATABASE_URL = inject("pgSharedUrl");
