/**
 * The index worker's heap bound (lib/data/index-worker-client.ts, ADR 0028): a worker that runs out
 * of memory is replaced by one with twice the bound, which builds again, so a bound too small for
 * the catalogue costs time, never the index. Its own file: the bound is read when this process's
 * worker starts, and the 16 MB set here must be the first.
 */
import { afterAll, describe, expect, it, vi } from "vitest";

process.env.INDEX_WORKER_HEAP_MB = "16";

describe("the index worker under a heap bound too small for a build", () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  afterAll(() => errors.mockRestore());

  it("starts again with a larger bound and delivers the same index as a build in this thread", async () => {
    const { buildInWorker } = await import("@/lib/data/index-worker-client");
    const { buildEnglishNames } = await import("@/lib/data/other-names");
    const fromWorker = await buildInWorker<Map<string, unknown>>("english-names");
    const here = await buildEnglishNames();
    expect(fromWorker.size).toBeGreaterThan(0);
    expect([...fromWorker]).toEqual([...here]);
    const said = errors.mock.calls.map((args) => args.join(" "));
    // The run out of memory happened (else this test proves nothing), and the restart said so.
    expect(said.some((line) => /ran out of memory with a heap bound of 16 MB/.test(line))).toBe(true);
    expect(said.some((line) => /starts again with a heap bound of 32 MB and builds english-names again/.test(line))).toBe(true);
  }, 120_000);
});
