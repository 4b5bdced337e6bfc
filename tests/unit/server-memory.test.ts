import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMemoryLog, startMemoryLog } from "@/scripts/memory-log";
import { DEFAULT_HEAP_GROWING_PERCENT, heapFlags, heapGrowingPercent } from "@/scripts/server-memory";

describe("npm start's heap bound (ADR 0021)", () => {
  it("grows V8's heap by a fixed 20 % over what it holds unless HEAP_GROWING_PERCENT says otherwise", () => {
    expect(heapGrowingPercent({})).toBe(DEFAULT_HEAP_GROWING_PERCENT);
    expect(heapFlags(heapGrowingPercent({}))).toEqual(["--heap-growing-percent=20"]);
    expect(heapFlags(heapGrowingPercent({ HEAP_GROWING_PERCENT: "50" }))).toEqual(["--heap-growing-percent=50"]);
    // 0 leaves V8's own heuristics: no flag at all.
    expect(heapFlags(heapGrowingPercent({ HEAP_GROWING_PERCENT: "0" }))).toEqual([]);
  });

  it("refuses a value that is not a whole percent", () => {
    for (const bad of ["abc", "12.5", "-1", "5000"]) expect(() => heapGrowingPercent({ HEAP_GROWING_PERCENT: bad })).toThrow(/HEAP_GROWING_PERCENT/u);
  });

  it("is a flag this Node's V8 knows (an unknown one would be ignored without a word)", () => {
    const run = spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
    expect(run.stdout).toContain("--heap-growing-percent");
  });
});

describe("the server's memory log (scripts/memory-log.ts)", () => {
  it("writes lines that split the RSS into V8's heap, external bytes and native memory, and reads them back", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-memory-log-"));
    try {
      const file = path.join(dir, "memory.jsonl");
      const stop = startMemoryLog(file);
      stop();
      // A line cut off by the process's end is skipped, not a parse error.
      fs.appendFileSync(file, '{"at":1,"rss":');
      const lines = readMemoryLog(file);
      expect(lines).toHaveLength(2);
      for (const line of lines) {
        expect(line.rss).toBeGreaterThan(0);
        expect(line.heapUsed).toBeLessThanOrEqual(line.heapTotal);
        expect(line.native).toBeCloseTo(Math.max(0, line.rss - line.heapTotal - line.external), 1);
        expect(Object.keys(line.spaces)).toContain("old_space");
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes nothing without a file", () => {
    expect(() => startMemoryLog(undefined)()).not.toThrow();
    expect(readMemoryLog(path.join(os.tmpdir(), "atlas-no-such-memory-log.jsonl"))).toEqual([]);
  });
});
