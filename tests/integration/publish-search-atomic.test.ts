/**
 * Issue 20, a publish and its search entry in one transaction (docs/decisions/0016): when the
 * index step fails after the publish's rows are written, nothing commits and the editor is told
 * so; search then shows the old entry with the old data, never the new data with a stale entry.
 * The same for an import: its document, its rows and its search entries commit together or not at all.
 * Runs on SQLite here and on PostgreSQL in `npm run test:pg` (vitest.pg.config.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PositionSnapshot } from "@/lib/validation/editor";
import { createEditorDb, seedEditorDb } from "../setup/editor-db";

type Drafts = typeof import("@/lib/data/drafts");
type Seeded = Awaited<ReturnType<typeof seedEditorDb>>;
type App = typeof import("@/lib/db");

const { cleanup } = await createEditorDb("publish-search-atomic");
let drafts: Drafts;
let seeded: Seeded;
let app: App;
let dataVersion: () => Promise<string>;

beforeAll(async () => {
  seeded = await seedEditorDb();
  drafts = await import("@/lib/data/drafts");
  app = await import("@/lib/db");
  dataVersion = (await import("@/lib/data/data-version")).getDataVersion;
  await app.store.search.rebuild();
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

/** Every insert into search_entry fails: the index step of a publish breaks after the data is written. */
async function breakSearchIndex(broken: boolean) {
  const { db, store } = app;
  if (store.dialect === "sqlite") {
    await db.$executeRawUnsafe(
      broken ? `CREATE TRIGGER broken_index BEFORE INSERT ON search_entry BEGIN SELECT RAISE(ABORT, 'index down'); END` : `DROP TRIGGER broken_index`,
    );
    return;
  }
  if (broken) {
    await db.$executeRawUnsafe(`CREATE FUNCTION broken_index() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'index down'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER broken_index BEFORE INSERT ON search_entry FOR EACH ROW EXECUTE FUNCTION broken_index()`);
  } else {
    await db.$executeRawUnsafe(`DROP TRIGGER broken_index ON search_entry`);
    await db.$executeRawUnsafe(`DROP FUNCTION broken_index()`);
  }
}

async function indexedName(positionId: number): Promise<string | undefined> {
  const rows = await app.db.$queryRaw<{ name: string }[]>`SELECT name FROM search_entry WHERE position_id = ${positionId}`;
  return rows[0]?.name;
}

describe("a publish whose search step fails", () => {
  it("commits nothing: the live data, its search entry and the data version stay as they were; the next publish commits all three", async () => {
    const ref = { entityType: "position", entityKey: String(seeded.positionId) } as const;
    const state = await drafts.getEditorState(ref);
    if (!state) throw new Error("no position");
    const oldTitle = (state.live.snapshot as PositionSnapshot).title;
    expect(await indexedName(seeded.positionId)).toBe(oldTitle);
    const versionBefore = await dataVersion();
    const { tokens, base, data } = drafts.startingPoint(state);
    const publish = (title: string) =>
      drafts.saveDraft({
        ref,
        tokens,
        data: { ...(data as PositionSnapshot), title },
        clientBase: base,
        publish: true,
        message: "",
        actor: { id: seeded.userIds.editor },
        ip: null,
      });

    await breakSearchIndex(true);
    try {
      // The editor is told it failed (the action answers with its error), not "published".
      await expect(publish("Tytuł, który nie wszedł")).rejects.toThrow(/index down/);
    } finally {
      await breakSearchIndex(false);
    }
    const after = await drafts.getEditorState(ref);
    expect(after?.live.version).toBe(state.live.version);
    expect((after?.live.snapshot as PositionSnapshot).title).toBe(oldTitle);
    expect(await indexedName(seeded.positionId)).toBe(oldTitle);
    expect(await dataVersion()).toBe(versionBefore);
    const found = await app.store.search.query((await import("@/lib/validation/search")).searchQuerySchema.parse({ q: "nie wszedł" }));
    expect(found.items.filter((i) => i.positionId === seeded.positionId)).toEqual([]);

    // With the index working the same publish goes through, with its entry.
    expect(await publish("Tytuł, który wszedł")).toMatchObject({ ok: true, published: true });
    expect(await indexedName(seeded.positionId)).toBe("Tytuł, który wszedł");
    expect(await dataVersion()).not.toBe(versionBefore);
  });
});

describe("an import whose search step fails", () => {
  // A real document the seeded editor database does not hold yet (seedEditorDb imports 000 and 001).
  const file = { name: "002.txt", bytes: fs.readFileSync(path.resolve(import.meta.dirname, "../../seeds/documents/002_6a10aa2587fe6428.txt")) };
  const searchEntries = async () => Number((await app.db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM search_entry`)[0]!.n);

  it("writes nothing: no document, no rows, no search entries, the same data version; the next import writes all of them", async () => {
    const { importFile } = await import("@/lib/store/import");
    const documentsBefore = await app.db.sourceDocument.count();
    const positionsBefore = await app.db.position.count();
    const entriesBefore = await searchEntries();
    const versionBefore = await dataVersion();

    await breakSearchIndex(true);
    let failed;
    try {
      failed = await importFile(app.store, file);
    } finally {
      await breakSearchIndex(false);
    }
    expect(failed.status).toBe("failed");
    expect(failed.error?.message).toMatch(/index down/);
    expect(await app.db.sourceDocument.count()).toBe(documentsBefore);
    expect(await app.db.position.count()).toBe(positionsBefore);
    expect(await searchEntries()).toBe(entriesBefore);
    expect(await dataVersion()).toBe(versionBefore);

    const imported = await importFile(app.store, file);
    expect(imported.status).toBe("imported");
    expect(await app.db.sourceDocument.count()).toBe(documentsBefore + 1);
    expect(await app.db.position.count()).toBe(positionsBefore + 1);
    expect(await searchEntries()).toBeGreaterThan(entriesBefore);
    expect(await dataVersion()).not.toBe(versionBefore);
  });
});
