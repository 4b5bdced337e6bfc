/**
 * Issue 11, item 6, for the classification entries' edits (item 1): each editor action on an
 * occupation entry (save, publish, discard, restore) is refused on the server for anonymous
 * callers, for a signed-in user without an editor's role and for cross-site posts, and writes
 * nothing; an editor's publish goes through, re-indexes search, changes the data version (export
 * ETag, in-memory indexes) and revalidates the entry's page and its parent's, in every locale. Called the way Next calls server actions, with mocked
 * request headers (as tests/integration/admin-actions.test.ts). SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OccupationSnapshot } from "@/lib/validation/editor";
import { EDITOR, createEditorDb, seedEditorDb } from "../setup/editor-db";

const request = vi.hoisted(() => ({ headers: new Headers() }));
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, getAll: () => [] }),
}));
vi.mock("next/cache", () => cache);
vi.mock("next-intl/server", () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => false }),
  getLocale: async () => "pl",
}));
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));

const ORIGIN = "http://localhost:3000";
const { cleanup } = await createEditorDb("occupation-actions");
let seeded: Awaited<ReturnType<typeof seedEditorDb>>;
let cookies: { editor: string; outsider: string };
const OUTSIDER = { email: "gosc@example.org", name: "Gość", password: "fioletowe-wrzosy-na-wydmach" } as const;

async function signIn(user: { email: string; password: string }): Promise<string> {
  const { auth } = await import("@/lib/auth/better-auth");
  const result = await auth.api.signInEmail({ body: { email: user.email, password: user.password }, returnHeaders: true });
  const cookie = result.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

function as(who: "anonymous" | "editor" | "outsider", site: "same-origin" | "cross-site" = "same-origin") {
  const h = new Headers({ host: "localhost:3000", "sec-fetch-site": site, origin: site === "same-origin" ? ORIGIN : "https://evil.example" });
  if (who !== "anonymous") h.set("cookie", cookies[who]);
  request.headers = h;
}

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

/** Rebuilds the search index of the run's dialect (the editorial test database has none). */
async function rebuildIndex() {
  const { pgPool } = await import("@/lib/db");
  if (pgPool) {
    const { rebuildSearchIndexPg } = await import("@/lib/search/pg/index-builder");
    await rebuildSearchIndexPg(pgPool);
    return;
  }
  const { openSqlite } = await import("@/lib/db/sqlite");
  const { rebuildSearchIndex } = await import("@/lib/search/index-builder");
  const raw = openSqlite(process.env.DATABASE_URL!.replace(/^file:/, ""));
  rebuildSearchIndex(raw);
  raw.close();
}

beforeAll(async () => {
  seeded = await seedEditorDb();
  const { createUser } = await import("@/lib/users/create-user");
  const outsider = await createUser(seeded.db, { ...OUTSIDER, role: "editor" });
  if (!outsider.ok) throw new Error("outsider");
  cookies = { editor: await signIn(EDITOR), outsider: await signIn(OUTSIDER) };
  // A role the app does not know (a copied or hand-edited row) grants nothing.
  await seeded.db.user.update({ where: { id: outsider.user.id }, data: { role: "viewer" } });
  await rebuildIndex();
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

type State = { status: string; code?: string; message?: string; published?: boolean };
type Action = (prev: { status: "idle" }, fd: FormData) => Promise<State>;

const CODE = "351401";
const DESCRIPTION = "Projektuje i utrzymuje serwisy internetowe; słowo-klucz: zorzapolarna.";

async function liveSnapshot(): Promise<{ data: OccupationSnapshot; version: number }> {
  const { getEditorState } = await import("@/lib/data/drafts");
  const state = await getEditorState({ entityType: "occupation", entityKey: CODE });
  return { data: state!.live.snapshot as OccupationSnapshot, version: state!.live.version };
}

async function calls(): Promise<[string, Action, FormData][]> {
  const editor = await import("@/lib/actions/editor");
  const { data, version } = await liveSnapshot();
  const changed = JSON.stringify({ ...data, description: DESCRIPTION });
  const entry = { entityType: "occupation", entityKey: CODE, data: changed, base: JSON.stringify(data), baseVersion: String(version) };
  const revision = await seeded.db.revision.findFirst({ where: { entityType: "occupation" }, select: { id: true } });
  return [
    ["save", editor.saveDraftAction as Action, form({ ...entry, intent: "save", draftRevision: "0" })],
    ["publish", editor.saveDraftAction as Action, form({ ...entry, intent: "publish", draftRevision: "0" })],
    ["discard", editor.discardDraftAction as Action, form({ entityType: "occupation", entityKey: CODE, draftRevision: "1" })],
    ["restore", editor.restoreRevisionAction as Action, form({ revisionId: String(revision?.id ?? 1), draftRevision: "0" })],
  ];
}

async function nothingWritten() {
  expect(await seeded.db.draft.count({ where: { entityType: "occupation" } })).toBe(0);
  expect(await seeded.db.revision.count({ where: { entityType: "occupation" } })).toBe(0);
  expect((await liveSnapshot()).data.description).toBeNull();
}

describe("occupation entry actions refuse", () => {
  it.each([
    ["anonymous callers", "anonymous", "same-origin", "unauthenticated"],
    ["a signed-in user whose role is not an editor's", "outsider", "same-origin", "unauthenticated"],
    ["cross-site posts, even with an editor's session", "editor", "cross-site", "cross-site"],
  ] as const)("%s, for each action, and write nothing", async (_label, who, site, code) => {
    for (const [name, action, fd] of await calls()) {
      as(who, site);
      expect({ name, result: await action({ status: "idle" }, fd) }).toMatchObject({ name, result: { status: "error", code } });
    }
    await nothingWritten();
    expect(cache.revalidatePath).not.toHaveBeenCalled();
  });
});

describe("an editor's publish of a classification entry", () => {
  it("goes through, re-indexes search and revalidates the entry's and its parent's pages in every locale", async () => {
    const [, publish, fd] = (await calls())[1]!;
    const { getDataVersion } = await import("@/lib/data/data-version");
    const dataVersion = await getDataVersion();
    as("editor");
    expect(await publish({ status: "idle" }, fd)).toMatchObject({ status: "ok", published: true });
    expect((await liveSnapshot()).data.description).toBe(DESCRIPTION);
    // The export's ETag and the in-memory indexes (related entries, skills) key on the data version.
    expect(await getDataVersion()).not.toBe(dataVersion);

    const paths = cache.revalidatePath.mock.calls.map((c) => c[0] as string);
    for (const p of [
      `/occupations/${CODE}`,
      `/en/occupations/${CODE}`,
      `/kk/occupations/${CODE}`,
      `/pl/occupations/${CODE}`,
      "/occupations/3514",
      "/en/occupations/3514",
    ])
      expect(paths).toContain(p);
    // Cached /match results may rank the entry: they are dropped too.
    expect(paths).toContain("/[locale]/match/with/[state]");

    const { searchEntries } = await import("@/lib/data/search");
    const { searchQuerySchema } = await import("@/lib/validation/search");
    const found = await searchEntries(searchQuerySchema.parse({ q: "zorzapolarna" }));
    expect(found.items.map((r) => r.code)).toContain(CODE);
  });

  it("a second editor's publish from the same starting point gets the conflict answer", async () => {
    const { data } = await liveSnapshot();
    const editor = await import("@/lib/actions/editor");
    as("editor");
    const stale = form({
      entityType: "occupation",
      entityKey: CODE,
      intent: "publish",
      data: JSON.stringify({ ...data, description: "inny opis" }),
      base: JSON.stringify(data),
      baseVersion: "1",
      draftRevision: "0",
    });
    expect(await (editor.saveDraftAction as Action)({ status: "idle" }, stale)).toMatchObject({ status: "error", code: "conflict" });
  });
});
