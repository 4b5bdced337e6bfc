/**
 * The parse worker pool (issue 17): documents are parsed in a worker, a document over the wall
 * time or the memory limit is refused naming it, the worker that ran it is replaced and the next
 * document is parsed. (That the caller's thread stays free: tests/integration/hostile-uploads.test.ts.)
 */
import { afterAll, describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { ParsePool } from "./parse-pool";
import { parseFile } from "./parse-worker";
import { pdfDeepNesting, pdfSlowText } from "@/tests/support/hostile-files";
import { readSeedBytes } from "@/tests/support/seeds";

const SEED = readSeedBytes("krobiaJobDescription");
const pools: ParsePool[] = [];
const pool = (options: ConstructorParameters<typeof ParsePool>[0]) => {
  const p = new ParsePool(options);
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

async function refusedBy(run: Promise<unknown>): Promise<ImportError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("ParsePool", () => {
  it("gives what the in-process parse gives", async () => {
    const p = pool({ size: 1 });
    const inWorker = await p.run(SEED, "opis.txt");
    expect(inWorker).toEqual(await parseFile(SEED, "opis.txt"));
    expect(inWorker.parsed.kind).toBe("job-description");
  });

  it("carries an ImportError across with its code and limit", async () => {
    const error = await refusedBy(pool({ size: 1 }).run(pdfDeepNesting(1000), "gleboki.pdf"));
    expect(error).toMatchObject({ code: "over-limit", limit: { name: "pdfDepth", value: 64 }, fileName: "gleboki.pdf" });
  });

  it("terminates a document past the wall time, names the limit, replaces the worker and parses the next one", async () => {
    const p = pool({ size: 1, timeMs: 500 });
    await p.run(SEED, "rozgrzewka.txt"); // a ready worker, so only the parse is timed
    const started = performance.now();
    const error = await refusedBy(p.run(pdfSlowText(1000, 2000), "wolny.pdf"));
    const ms = performance.now() - started;
    expect(error).toMatchObject({ code: "over-limit", limit: { name: "time", value: 500 } });
    expect(error.message).toMatch(/"wolny\.pdf": it goes over the limit of 0\.5 s of parsing time/u);
    // A lower bound only: the timer cannot fire early, however loaded the machine (upper bounds are the bench's).
    expect(ms).toBeGreaterThanOrEqual(490);
    expect((await p.run(SEED, "nastepny.txt")).parsed.kind).toBe("job-description");
    expect(p.started).toBe(2);
    expect(p.workers).toBe(1);
  });

  it("refuses a document that needs more memory than the limit, replaces the worker and parses the next one", async () => {
    const p = pool({ size: 1, memoryMb: 64, timeMs: 60_000 });
    const html = new TextEncoder().encode(`<html><body>${"<p>OPIS STANOWISKA PRACY <b>x</b></p>".repeat(120_000)}</body></html>`);
    const error = await refusedBy(p.run(html, "duzy.html"));
    expect(error).toMatchObject({ code: "over-limit", limit: { name: "memory", value: 64 } });
    expect(error.message).toMatch(/over the limit of 64 MB of parser memory/u);
    expect((await p.run(SEED, "nastepny.txt")).parsed.kind).toBe("job-description");
    expect(p.started).toBe(2);
  });

  it("queues documents beyond its workers and answers each", async () => {
    const p = pool({ size: 2 });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => p.run(SEED, `opis-${i}.txt`)));
    expect(results.map((r) => r.parsed.kind)).toEqual(Array(6).fill("job-description"));
    expect(p.workers).toBe(2);
  });
});
