import { describe, expect, it } from "vitest";
import { DEFAULT_INDEX_WORKER_HEAP_MB, DEFAULT_KEEP_WORKER_HEAP_MB, afterReply, grownHeapMb, indexWorkerHeapMb, keepWorkerHeapMb } from "./index-worker-client";

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

describe("keepWorkerHeapMb", () => {
  it("is the default when INDEX_WORKER_KEEP_HEAP_MB is unset or empty, and takes 0 (end after every build) and up", () => {
    expect(keepWorkerHeapMb({})).toBe(DEFAULT_KEEP_WORKER_HEAP_MB);
    expect(keepWorkerHeapMb({ INDEX_WORKER_KEEP_HEAP_MB: "" })).toBe(DEFAULT_KEEP_WORKER_HEAP_MB);
    expect(keepWorkerHeapMb({ INDEX_WORKER_KEEP_HEAP_MB: "0" })).toBe(0);
    expect(keepWorkerHeapMb({ INDEX_WORKER_KEEP_HEAP_MB: "2048" })).toBe(2048);
  });

  it.each(["-1", "1.5", "much"])("refuses %j", (raw) => {
    expect(() => keepWorkerHeapMb({ INDEX_WORKER_KEEP_HEAP_MB: raw })).toThrow(/INDEX_WORKER_KEEP_HEAP_MB/);
  });
});

describe("afterReply", () => {
  const MB = 1024 * 1024;

  it("keeps a worker that has other builds to run", () => {
    expect(afterReply(1, 600 * MB, 128)).toBe("busy");
  });

  it("ends at once a worker left with a heap over the bound, and lets one within it wait for the next build", () => {
    expect(afterReply(0, 128 * MB + 1, 128)).toBe("end");
    expect(afterReply(0, 128 * MB, 128)).toBe("idle");
    expect(afterReply(0, 40 * MB, 128)).toBe("idle");
    expect(afterReply(0, 40 * MB, 0)).toBe("end");
  });
});
