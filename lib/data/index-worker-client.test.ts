import { describe, expect, it } from "vitest";
import { DEFAULT_INDEX_WORKER_HEAP_MB, grownHeapMb, indexWorkerHeapMb } from "./index-worker-client";

describe("indexWorkerHeapMb", () => {
  it("is the default when INDEX_WORKER_HEAP_MB is unset or empty", () => {
    expect(indexWorkerHeapMb({})).toBe(DEFAULT_INDEX_WORKER_HEAP_MB);
    expect(indexWorkerHeapMb({ INDEX_WORKER_HEAP_MB: "" })).toBe(DEFAULT_INDEX_WORKER_HEAP_MB);
  });

  it("takes a whole number of MB from 16 on", () => {
    expect(indexWorkerHeapMb({ INDEX_WORKER_HEAP_MB: "16" })).toBe(16);
    expect(indexWorkerHeapMb({ INDEX_WORKER_HEAP_MB: "1024" })).toBe(1024);
  });

  it.each(["15", "0", "-256", "256.5", "lots", "1e3x"])("refuses %j", (raw) => {
    expect(() => indexWorkerHeapMb({ INDEX_WORKER_HEAP_MB: raw })).toThrow(/INDEX_WORKER_HEAP_MB/);
  });
});

describe("grownHeapMb", () => {
  it("doubles the bound of a worker that ran out of memory", () => {
    expect(grownHeapMb(16)).toBe(32);
    expect(grownHeapMb(384)).toBe(768);
  });

  it("stops at 8 GB: a build that needs more fails instead of restarting for ever", () => {
    expect(grownHeapMb(6000)).toBe(8192);
    expect(grownHeapMb(8192)).toBeNull();
  });
});
