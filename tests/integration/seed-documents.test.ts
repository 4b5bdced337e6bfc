import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { collectFiles } from "@/lib/files/read-files";
import { importPaths } from "@/lib/store/import";
import { SEED_DOCUMENTS_KEY, importSeedDocuments } from "@/scripts/seed-documents";
import { expectConsoleError } from "../setup/console-guard";
import { ROOT, createReferenceDb } from "../setup/test-db";

/**
 * First start imports seeds/documents. A start killed in the middle of that import (each document
 * is its own transaction) used to leave the rest out for good: the next start saw "documents
 * exist" and skipped the seeds. Now the seeds are imported until one pass completes.
 */
const SEEDS = path.join(ROOT, "seeds/documents");
let dir: string;
let db: Database.Database;

const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-seeds-"));
  db = createReferenceDb(path.join(dir, "seeds.db")).db;
  // What a start killed after its first document leaves behind.
  await importPaths(db, collectFiles([SEEDS]).slice(0, 1));
});

afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("seed documents at start", () => {
  it("a start after an interrupted seed import imports the rest and records completion", async () => {
    expect(count(`SELECT COUNT(*) AS n FROM SourceDocument`)).toBe(1);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await importSeedDocuments(db);
    expect(log.mock.calls.flat().join(" ")).toMatch(/Seed documents: 3 imported, 0 updated, 1 unchanged, 0 failed/);
    log.mockRestore();
    expect(count(`SELECT COUNT(*) AS n FROM SourceDocument`)).toBe(collectFiles([SEEDS]).length);
    expect(count(`SELECT COUNT(*) AS n FROM AppMeta WHERE key = '${SEED_DOCUMENTS_KEY}'`)).toBe(1);
  });

  it("once complete, later starts do not import again", async () => {
    const before = count(`SELECT COUNT(*) AS n FROM DocumentRevision`) + count(`SELECT COUNT(*) AS n FROM SourceDocument`);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await importSeedDocuments(db);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
    expect(count(`SELECT COUNT(*) AS n FROM DocumentRevision`) + count(`SELECT COUNT(*) AS n FROM SourceDocument`)).toBe(before);
  });

  it("a failed seed file leaves completion unrecorded, so the next start tries again", async () => {
    const seeds = path.join(dir, "with-bad");
    fs.mkdirSync(seeds);
    fs.writeFileSync(path.join(seeds, "bad.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const error = expectConsoleError();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await importSeedDocuments(db, seeds);
    expect(error.calls.length).toBeGreaterThan(0);
    await importSeedDocuments(db, seeds);
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});
