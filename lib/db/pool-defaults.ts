/**
 * PostgreSQL pool defaults: the app's (lib/env.ts DATABASE_POOL_MAX, DATABASE_POOL_WAIT_MS) and the
 * scripts' pools (lib/db/pg.ts createPgPool). A module of its own without side effects: lib/env.ts
 * parses the environment when it is imported, so lib/db/pg.ts must not import it.
 */
export const POOL_DEFAULTS = { max: 10, waitMs: 5_000 } as const;
