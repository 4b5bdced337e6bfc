/**
 * Issue 7, two writers at once: the import CLI (raw better-sqlite3, its own process) imports 200
 * documents while an editor publishes the same database through the app's data access (Prisma).
 * SQLite allows one writer at a time; WAL and the busy timeouts must turn that into waiting, so
 * neither side sees "database is locked" or loses a write.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PositionSnapshot } from "@/lib/validation/editor";
import { createEditorDbFile, seedEditorDb } from "../setup/editor-db";
import { tsxCommand, writeGeneratedDocuments } from "../setup/generated-documents";
import { ROOT } from "../setup/test-db";

type Drafts = typeof import("@/lib/data/drafts");
type Seeded = Awaited<ReturnType<typeof seedEditorDb>>;

const DOCUMENTS = 200;
const PUBLISHES = 20;
const { file, cleanup } = createEditorDbFile("import-under-edits");
const docsDir = path.join(path.dirname(file), "docs");
let drafts: Drafts;
let seeded: Seeded;

beforeAll(async () => {
  seeded = await seedEditorDb();
  drafts = await import("@/lib/data/drafts");
  const raw = new Database(file, { readonly: true });
  writeGeneratedDocuments(raw, docsDir, DOCUMENTS);
  raw.close();
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  cleanup();
});

describe("an import and an editor writing at the same time", () => {
  it("both finish: every document imported, every publish applied in order", async () => {
    const ref = { entityType: "position", entityKey: String(seeded.positionId) } as const;
    const documentsBefore = await seeded.db.sourceDocument.count();
    const [command, argv] = tsxCommand("scripts/import.ts", ["--json", docsDir]);
    const importer = spawn(command, argv, { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    importer.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    importer.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve, reject) => {
      importer.once("error", reject);
      importer.once("exit", (code) => resolve(code));
    });

    // Publish from the importer's first document until it is done (at least PUBLISHES times), each
    // from the state it reads, with an editor's pause between: back-to-back writes would only
    // measure how long the importer can be starved.
    const start = await drafts.getEditorState(ref);
    if (!start) throw new Error("no position");
    const logged = vi.spyOn(console, "error");
    while ((await seeded.db.sourceDocument.count()) === documentsBefore) {
      if (importer.exitCode !== null) throw new Error(`the importer ended early: ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    let publishes = 0;
    let duringImport = 0;
    while (publishes < PUBLISHES || importer.exitCode === null) {
      const state = await drafts.getEditorState(ref);
      if (!state) throw new Error("position vanished");
      const { tokens, base, data } = drafts.startingPoint(state);
      const edited: PositionSnapshot = { ...(data as PositionSnapshot), title: `Stanowisko ds. obsługi klienta (wersja ${publishes + 1})` };
      const outcome = await drafts.saveDraft({
        ref,
        tokens,
        data: edited,
        clientBase: base,
        publish: true,
        message: "",
        actor: { id: seeded.userIds.editor },
        ip: null,
      });
      expect(outcome).toMatchObject({ ok: true, published: true });
      // The publish re-indexed the entry in its own transaction (docs/decisions/0016).
      publishes++;
      if (importer.exitCode === null) duringImport++;
      if (publishes > 2000) throw new Error("the importer does not finish");
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await exited).toBe(0);
    expect(logged.mock.calls).toEqual([]);
    logged.mockRestore();
    // The point of the test: writes of both sides really overlapped.
    expect(duringImport).toBeGreaterThan(0);

    const outcomes = JSON.parse(stdout) as { file: string; status: string; error: { message: string } | null }[];
    expect(outcomes.filter((o) => o.status !== "imported")).toEqual([]);
    expect(outcomes).toHaveLength(DOCUMENTS);
    expect(stderr).not.toMatch(/locked|SQLITE_BUSY/);

    const end = await drafts.getEditorState(ref);
    expect(end?.live.version).toBe(start.live.version + publishes);
    expect(end?.live.title).toBe(`Stanowisko ds. obsługi klienta (wersja ${publishes})`);
    const revisions = await drafts.listRevisions(ref);
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: publishes + 1 }, (_, i) => start.live.version + publishes - i));
    expect(await seeded.db.sourceDocument.count()).toBe(documentsBefore + DOCUMENTS);
    // The search index holds the last published title.
    const raw = new Database(file, { readonly: true });
    const indexed = raw.prepare(`SELECT name FROM search_entry WHERE position_id = ?`).get(seeded.positionId) as { name: string } | undefined;
    raw.close();
    expect(indexed?.name).toBe(`Stanowisko ds. obsługi klienta (wersja ${publishes})`);
  }, 90_000);
});
