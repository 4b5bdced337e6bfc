/**
 * Whether the database answers, as this process last saw it (docs/decisions/0017-errors-and-availability.md).
 * npm start's server (scripts/serve.ts) asks before it hands a page to Next, so that a page is
 * answered 503 with a readable message while the database is away instead of a blank 500.
 *
 * The state lives on globalThis: the server and Next's bundles load this module separately, and
 * they must share one answer. The probe is registered by lib/db.ts (the one pool of the process);
 * until the app has opened its database there is nothing to ask, and the answer is "ready".
 * No framework, no driver: the server script imports it outside Next's bundler.
 */

type Health = { probe: (() => Promise<unknown>) | null; isReady: boolean; checkedAt: number; pending: Promise<boolean> | null };

const globalForHealth = globalThis as unknown as { atlasDatabaseHealth?: Health };
const health: Health = (globalForHealth.atlasDatabaseHealth ??= { probe: null, isReady: true, checkedAt: 0, pending: null });

/** A healthy answer is believed this long: one SELECT 1 per second at most, however busy the site. */
const READY_FOR_MS = 1000;
/** A failed one too: requests during an outage share one probe a second instead of each trying. */
const DOWN_FOR_MS = 1000;

/** Registers how to ask the database (lib/db.ts: one cheap query on the app's pool). */
export function setDatabaseProbe(probe: () => Promise<unknown>): void {
  health.probe = probe;
}

/** An error said the database did not answer: the next question probes again instead of trusting "ready". */
export function markDatabaseUnavailable(): void {
  health.checkedAt = 0;
}

/** Whether the database answers; probes at most once a second (concurrent callers share the probe). */
export function isDatabaseReady(now = Date.now()): Promise<boolean> {
  if (!health.probe) return Promise.resolve(true);
  if (now - health.checkedAt < (health.isReady ? READY_FOR_MS : DOWN_FOR_MS)) return Promise.resolve(health.isReady);
  health.pending ??= health.probe().then(
    () => settle(true),
    () => settle(false),
  );
  return health.pending;
}

function settle(isReady: boolean): boolean {
  health.isReady = isReady;
  health.checkedAt = Date.now();
  health.pending = null;
  return isReady;
}
