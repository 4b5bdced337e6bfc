/**
 * The one error model (lib/errors.ts) and its three ways out: HTTP (lib/api.ts), server actions
 * (lib/actions/safe-action.ts failureOf) and the command line (exitCodeOf, scripts/cli.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { APP_ERROR_CODES, AppError, ConflictError, exitCodeOf, isDatabaseUnavailable, isUniqueViolation, toAppError } from "@/lib/errors";
import { ImportError, overLimit } from "@/lib/import/errors";
import { routing } from "@/lib/i18n/routing";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => Object.assign((key: string) => `${namespace}.${key}`, { has: () => true }),
}));

const { appErrorResponse, handleApi, httpStatusOf } = await import("@/lib/api");
const { failureOf } = await import("@/lib/actions/safe-action");

/** What node-postgres throws when nothing listens, wrapped the way Prisma's adapter wraps it. */
function refused(): Error {
  const socket = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
  return new Error("Invalid `prisma.occupation.findMany()` invocation", { cause: socket });
}

describe("classifying errors", () => {
  it("knows a database that does not answer by its code, its words or its cause, and nothing else", () => {
    expect(isDatabaseUnavailable(refused())).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(Object.assign(new Error("Transaction API error: Transaction already closed"), { code: "P2028" }))).toBe(false);
    expect(isDatabaseUnavailable({ kind: "DatabaseNotReachable" })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("turns any error into an AppError: itself, unavailable with Retry-After, or internal", () => {
    const own = new AppError("not-found", "No occupation with code 1");
    expect(toAppError(own)).toBe(own);
    const down = toAppError(refused());
    expect(down).toMatchObject({ code: "unavailable", retryAfterSeconds: 5 });
    expect(toAppError(new Error("bug"))).toMatchObject({ code: "internal", message: "Internal server error", retryAfterSeconds: null });
  });

  it("keeps ImportError an AppError with its import code, and a conflict an AppError carrying what changed", () => {
    const refusedFile = overLimit("pdfPages", 1000, "it has 5000 pages", "a.pdf");
    expect(refusedFile).toBeInstanceOf(AppError);
    expect(refusedFile).toBeInstanceOf(ImportError);
    expect(refusedFile).toMatchObject({ code: "over-limit", limit: { name: "pdfPages", value: 1000 } });
    const conflict = new ConflictError({ kind: "draft" });
    expect(conflict).toMatchObject({ code: "conflict", conflict: { kind: "draft" } });
    expect(isUniqueViolation(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });
});

describe("HTTP", () => {
  it("maps every code to a status; unavailable is 503 with Retry-After in the API's JSON error shape", async () => {
    expect(APP_ERROR_CODES.map((code) => [code, httpStatusOf(code)])).toEqual(
      expect.arrayContaining([
        ["invalid", 400],
        ["not-found", 404],
        ["conflict", 409],
        ["rate-limited", 429],
        ["unavailable", 503],
        ["internal", 500],
        ["corrupt", 422],
      ]),
    );
    for (const code of APP_ERROR_CODES) expect(httpStatusOf(code), code).toBeGreaterThanOrEqual(400);
    const response = appErrorResponse(toAppError(refused()));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "unavailable", message: "The database is not available; try again shortly." } });
  });

  it("answers a handler's thrown errors by their code, and an unexpected one 500 without its message", async () => {
    const conflict = await handleApi(async () => {
      throw new ConflictError({});
    });
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).error.code).toBe("conflict");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const down = await handleApi(async () => {
      throw refused();
    });
    expect(down.status).toBe(503);
    expect(warn).toHaveBeenCalledOnce();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = await handleApi(async () => {
      throw new Error("secret detail at /srv/app/lib/x.ts:12");
    });
    expect(bug.status).toBe(500);
    expect(await bug.text()).not.toContain("secret detail");
    expect(error).toHaveBeenCalledOnce();
    warn.mockRestore();
    error.mockRestore();
  });
});

describe("server actions", () => {
  it("answers an error thrown by an action with its code and translated message; rethrows a bug", async () => {
    const form = new FormData();
    form.set("title", "Spawacz");
    form.set("password", "never echoed");
    expect(await failureOf(refused(), form)).toEqual({
      status: "error",
      code: "unavailable",
      message: "admin.failure.unavailable",
      fieldErrors: {},
      input: { title: "Spawacz" },
    });
    expect(await failureOf(new ConflictError({}), null)).toMatchObject({ code: "conflict", message: "admin.failure.conflict" });
    expect(await failureOf(new ImportError("corrupt", "bad zip", "a.docx"), null)).toMatchObject({ code: "corrupt", message: "admin.failure.corrupt" });
    const bug = new Error("bug");
    await expect(failureOf(bug, null)).rejects.toBe(bug);
  });

  it("has a message for every code in every locale (admin.failure)", () => {
    for (const locale of routing.locales) {
      const file = path.resolve("lib/i18n/messages", locale, "admin.json");
      const failure = (JSON.parse(fs.readFileSync(file, "utf8")) as { admin: { failure: Record<string, string> } }).admin.failure;
      expect(Object.keys(failure).sort(), locale).toEqual([...APP_ERROR_CODES].sort());
    }
  });
});

describe("command line", () => {
  it("maps codes to exit codes: 2 usage, 69 database not available, 70 internal, 1 otherwise", () => {
    expect(exitCodeOf(new AppError("bad-request", "Unknown option"))).toBe(2);
    expect(exitCodeOf(refused())).toBe(69);
    expect(exitCodeOf(new Error("bug"))).toBe(70);
    expect(exitCodeOf(new ImportError("empty", "empty"))).toBe(1);
    expect(exitCodeOf(new ConflictError({}))).toBe(1);
  });

  it("ends npm run import with them: a wrong option 2, a database nobody answers at 69", () => {
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], { encoding: "utf8", env: { ...process.env, ...env } });
    const usage = run(["--bogus"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Unknown option --bogus");
    // Port 1: nothing listens there, so the connection is refused at once.
    const down = run(["seeds/documents"], { DATABASE_URL: "postgresql://atlas:x@127.0.0.1:1/atlas" });
    expect(down.status).toBe(69);
    expect(down.stderr).toContain("The database is not available");
    // One line, no stack trace.
    expect(down.stderr.split("\n").some((line) => line.trimStart().startsWith("at "))).toBe(false);
  });
});
