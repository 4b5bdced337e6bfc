/**
 * The streamed catalogue (GET /api/v1/export) is written by a worker thread to a file per data
 * version (lib/data/catalogue-file.ts, docs/decisions/0022-off-the-loop.md). Its bytes are exactly
 * what catalogueLines gives in-process; downloads of one version share one file; and after a
 * publish the next download shows the new text, never the file of the version before.
 * Runs on SQLite here and on PostgreSQL in `npm run test:pg` (vitest.pg.config.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PositionSnapshot } from "@/lib/validation/editor";
import { createEditorDb, seedEditorDb } from "../setup/editor-db";

type Drafts = typeof import("@/lib/data/drafts");
type Seeded = Awaited<ReturnType<typeof seedEditorDb>>;
type ExportRoute = typeof import("@/app/api/v1/export/route");
type CatalogueFile = typeof import("@/lib/data/catalogue-file");

const { cleanup } = await createEditorDb("export-after-publish");
let drafts: Drafts;
let seeded: Seeded;
let route: ExportRoute;
let catalogueFile: CatalogueFile;

beforeAll(async () => {
  seeded = await seedEditorDb();
  drafts = await import("@/lib/data/drafts");
  route = await import("@/app/api/v1/export/route");
  catalogueFile = await import("@/lib/data/catalogue-file");
  const { store } = await import("@/lib/db");
  await store.search.rebuild();
});
afterAll(async () => {
  await catalogueFile?.closeCatalogueWorker();
  await seeded?.db.$disconnect();
  await cleanup();
});

async function download(): Promise<{ etag: string | null; bytes: Uint8Array }> {
  const res = await route.GET(new Request("http://test/api/v1/export"));
  expect(res.status).toBe(200);
  return { etag: res.headers.get("etag"), bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** What the export gave before it moved to the worker: catalogueLines' chunks, joined, as UTF-8. */
async function inProcess(version: string): Promise<Uint8Array> {
  const { catalogueLines } = await import("@/lib/data/export");
  let text = "";
  for await (const chunk of catalogueLines(version)) text += chunk;
  return new TextEncoder().encode(text);
}

function positionTitle(bytes: Uint8Array, positionId: number): string | undefined {
  const lines = new TextDecoder().decode(bytes).trimEnd().split("\n");
  const line = lines.map((l) => JSON.parse(l) as { type: string; id?: number; title?: string }).find((l) => l.type === "position" && l.id === positionId);
  return line?.title;
}

describe("GET /api/v1/export from the worker's file", () => {
  it("sends the same bytes as catalogueLines, and the same to concurrent downloads", async () => {
    const [a, b] = await Promise.all([download(), download()]);
    const version = a.etag!.replaceAll('"', "");
    expect(Buffer.from(a.bytes).equals(Buffer.from(await inProcess(version)))).toBe(true);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    // A later download of the same version reads the finished file: still the same bytes.
    expect(Buffer.from((await download()).bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });

  it("shows a publish in the next download, with the new data version", async () => {
    const before = await download();
    const ref = { entityType: "position", entityKey: String(seeded.positionId) } as const;
    const state = await drafts.getEditorState(ref);
    if (!state) throw new Error("no position");
    const { tokens, base, data } = drafts.startingPoint(state);
    const oldTitle = (data as PositionSnapshot).title;
    expect(positionTitle(before.bytes, seeded.positionId)).toBe(oldTitle);

    const newTitle = `${oldTitle} — po publikacji`;
    const outcome = await drafts.saveDraft({
      ref,
      tokens,
      data: { ...(data as PositionSnapshot), title: newTitle },
      clientBase: base,
      publish: true,
      message: "",
      actor: { id: seeded.userIds.editor },
      ip: null,
    });
    expect(outcome.ok).toBe(true);

    const after = await download();
    expect(after.etag).not.toBe(before.etag);
    expect(positionTitle(after.bytes, seeded.positionId)).toBe(newTitle);
    expect(Buffer.from(after.bytes).equals(Buffer.from(await inProcess(after.etag!.replaceAll('"', ""))))).toBe(true);
  });
});
