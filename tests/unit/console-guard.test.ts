import { describe, expect, it } from "vitest";
import { expectConsoleError } from "@/tests/setup/console-guard";

describe("the console.error guard (tests/setup/console-guard.ts)", () => {
  it("keeps an expected console.error for the test to assert on", () => {
    const logged = expectConsoleError();
    console.error("expected: %s", "a provoked failure");
    expect(logged.calls).toEqual([["expected: %s", "a provoked failure"]]);
  });

  it("fails a test that logs without saying so", ({ onTestFinished }) => {
    // The guard's afterEach throws after this test; report that as the expected outcome.
    onTestFinished(({ task }) => {
      const errors = task.result?.errors ?? [];
      const isFailedByGuard = errors.length === 1 && /console\.error was called 1× in this test/.test(String(errors[0]?.message));
      task.result!.state = isFailedByGuard ? "pass" : "fail";
      task.result!.errors = isFailedByGuard ? [] : [...errors, { name: "AssertionError", message: "the guard did not fail a test that logged console.error" }];
    });
    console.error("unexpected (this output is part of the test)");
  });
});
