import { describe, expect, it } from "vitest";
import { DEFAULT_KEEP_ALIVE_TIMEOUT_MS, nextStartArgs } from "@/scripts/next-start-args";

describe("npm start's next start arguments", () => {
  it("keep idle connections open longer than a load balancer's 60 s (Node's 5 s reset busy clients)", () => {
    const args = nextStartArgs("3000", {});
    expect(args.slice(0, 3)).toEqual(["start", "-p", "3000"]);
    const keepAlive = Number(args[args.indexOf("--keepAliveTimeout") + 1]);
    expect(keepAlive).toBe(DEFAULT_KEEP_ALIVE_TIMEOUT_MS);
    expect(keepAlive).toBeGreaterThan(60_000);
  });

  it("take KEEP_ALIVE_TIMEOUT_MS, and refuse a value that is not a whole number of milliseconds", () => {
    expect(nextStartArgs("8080", { KEEP_ALIVE_TIMEOUT_MS: "120000" })).toContain("120000");
    for (const bad of ["abc", "5.5", "-1", "10"]) expect(() => nextStartArgs("8080", { KEEP_ALIVE_TIMEOUT_MS: bad })).toThrow(/KEEP_ALIVE_TIMEOUT_MS/u);
  });
});
