/**
 * Whether our code of a server action started, for the server in front of Next (scripts/serve.ts):
 * an action request that Next answers 500 before any action of ours ran failed in Next's decoding
 * of the client's body (not JSON, a broken multipart boundary, a dangling reference, too many
 * arguments), so the server answers 400 with the action error shape instead. A 500 after an action
 * started is a server error and stays one (docs/decisions/0015-security-headers.md).
 *
 * The storage lives on globalThis: scripts/serve.ts and the app's bundle load this module
 * separately but run in one process, and the action runs inside the server's run().
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type ActionRun = { invoked: boolean };

const KEY = Symbol.for("atlas.action-run");
const holder = globalThis as { [KEY]?: AsyncLocalStorage<ActionRun> };

export const actionRuns: AsyncLocalStorage<ActionRun> = (holder[KEY] ??= new AsyncLocalStorage<ActionRun>());

/** Called first thing by every server action (adminAction, signOutAction). */
export function markActionStarted(): void {
  const run = actionRuns.getStore();
  if (run) run.invoked = true;
}
