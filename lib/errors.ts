/**
 * The one error model of the app (docs/decisions/0017-errors-and-availability.md): an `AppError`
 * carries a code; each way out maps the code in one place — HTTP (lib/api.ts HTTP_OF:
 * status, JSON shape, Retry-After), server actions (lib/actions/safe-action.ts: a translated
 * ActionFailure) and the command line (exitCodeOf below). The message is English, for logs and the
 * CLI; a user interface shows the translated message of the code (admin.failure.<code>).
 *
 * Pure: no I/O, no framework, so the import (lib/import/errors.ts subclasses it), the scripts and
 * the app all throw the same thing.
 */

/**
 * A file the importer cannot take (lib/import/errors.ts ImportError). "poorer": it would replace
 * richer stored content with less (lib/store/document-plan.ts contentLoss) and was not forced.
 * "no-items": it is of a known kind but nothing of that kind could be read from it.
 */
const IMPORT_ERROR_CODES = [
  "empty",
  "too-large",
  "binary",
  "encoding",
  "unknown-kind",
  "no-items",
  "unsupported-format",
  "corrupt",
  "over-limit",
  "poorer",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export const APP_ERROR_CODES = [
  "bad-request",
  "invalid",
  "unauthenticated",
  "forbidden",
  "cross-site",
  "not-found",
  "conflict",
  "rate-limited",
  // The database does not answer (down, restarting, or no free connection in time): try again soon.
  "unavailable",
  "internal",
  ...IMPORT_ERROR_CODES,
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export type AppErrorOptions = {
  cause?: unknown;
  /** Seconds after which a retry may succeed (rate-limited, unavailable): the Retry-After header. */
  retryAfterSeconds?: number;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly retryAfterSeconds: number | null;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** How long a client should wait before retrying while the database is away. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Any error as an AppError: an AppError as it is, a database that does not answer as
 * "unavailable", anything else as "internal" (its message stays in `cause`, for the log only).
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (isDatabaseUnavailable(error))
    return new AppError("unavailable", "The database is not available; try again shortly.", {
      cause: error,
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    });
  return new AppError("internal", "Internal server error", { cause: error });
}

// Connection-level failures, by the codes node-postgres, Node and Prisma give them:
// refused/reset/timed out sockets; SQLSTATE class 08 (connection exception), 57P01–57P03 (the server
// shuts down or is starting), 53300 (too many connections); Prisma's P1001 (cannot reach), P1017
// (server closed the connection), P2024 (timed out waiting for a pool connection).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "P1001",
  "P1017",
  "P2024",
]);
// node-postgres says these in words only: the pool's bounded wait (connectionTimeoutMillis) and a
// connection that ended under a query.
// Prisma says P2028 for several transaction failures; only this one is a wait for a connection.
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /terminating connection due to administrator command/i,
  /unable to start a transaction in the given time/i,
];

/** A driver's or Prisma's code (`code`, or Prisma's `originalCode` of the driver) for a database that did not answer. */
function isUnavailableCode(code: unknown): boolean {
  return typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"));
}

/** Whether an error (or any error in its cause chain) says the database did not answer. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; typeof e === "object" && e !== null && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message, originalCode, kind } = e as { code?: unknown; message?: unknown; originalCode?: unknown; kind?: unknown };
    if (isUnavailableCode(code) || isUnavailableCode(originalCode)) return true;
    // Prisma's driver adapters: { kind: "DatabaseNotReachable" | "ConnectionClosed" | "SocketTimeout" … }
    if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout" || kind === "TooManyConnections") return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

/** A unique constraint said no (Prisma P2002): someone else made the same row first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * The exit code of a command-line script that failed with `error` (scripts/cli.ts runCli):
 * 1 the work failed (a document refused, a rule said no), 2 wrong usage, 69 the database is not
 * available (EX_UNAVAILABLE: retry later), 70 an internal error (EX_SOFTWARE).
 */
export function exitCodeOf(error: unknown): number {
  const { code } = toAppError(error);
  if (code === "bad-request") return 2;
  if (code === "unavailable") return 69;
  if (code === "internal") return 70;
  return 1;
}

/** The messages of an error's cause chain, for a one-line log entry (no stack). */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) parts.push(e.message);
  return parts.join(" ← ");
}

/**
 * Someone else changed the entry meanwhile: an AppError "conflict" carrying what they changed
 * (the editor's Conflict), so every way out answers a conflict alike (409 / the action's "conflict").
 */
export class ConflictError<Details> extends AppError {
  constructor(readonly conflict: Details) {
    super("conflict", "Changed meanwhile by someone else");
    this.name = "ConflictError";
  }
}
