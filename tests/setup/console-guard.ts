/**
 * Fails any test that logs with console.error: the server logs a 500, a swallowed database error or
 * a React warning there, so a test that passes while something was logged hides a bug. A test that
 * provokes an error on purpose says so with expectConsoleError(), which also keeps the expected
 * output off the test log. Installed by both vitest setup files (vitest-setup.ts, pg-setup.ts).
 */
import { format } from "node:util";
import { afterAll, afterEach, beforeEach } from "vitest";

type Bucket = { calls: unknown[][]; isExpected: boolean };

// A worker runs many test files, each loading this file again: wrap the real console.error, not the last file's wrapper.
const holder = globalThis as unknown as { atlasConsoleError?: typeof console.error };
holder.atlasConsoleError ??= console.error.bind(console);
const original = holder.atlasConsoleError;
/** Logged outside a test (beforeAll, afterAll, module load): checked when the file ends. */
const outside: Bucket = { calls: [], isExpected: false };
let current: Bucket = outside;

console.error = (...args: unknown[]) => {
  current.calls.push(args);
  if (!current.isExpected) original(...args);
};

beforeEach(() => {
  current = { calls: [], isExpected: false };
});

afterEach(() => {
  const bucket = current;
  current = outside;
  if (!bucket.isExpected) failOn(bucket, "this test");
});

afterAll(() => {
  if (!outside.isExpected) failOn(outside, "this file's hooks or module load");
});

function failOn(bucket: Bucket, where: string): void {
  if (bucket.calls.length === 0) return;
  const count = bucket.calls.length;
  const first = format(...bucket.calls[0]!).slice(0, 500);
  bucket.calls = [];
  throw new Error(
    `console.error was called ${count}× in ${where} (first: ${first}). ` +
      "Fix what logs it, or call expectConsoleError() in a test that provokes the error on purpose.",
  );
}

/**
 * Declares that the running test (or, called outside a test, the file's hooks) logs with
 * console.error on purpose: the calls are kept for assertions instead of failing the test.
 */
export function expectConsoleError(): { readonly calls: unknown[][] } {
  current.isExpected = true;
  return current;
}
