/**
 * Every admin server action and the auth route, called the way Next calls them but with mocked
 * request headers: anonymous → refused, an editor where an admin is needed → refused, a
 * cross-site post → refused, whatever the input.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN, EDITOR, createEditorDb, seedEditorDb } from "../setup/editor-db";

const request = vi.hoisted(() => {
  // Requests reach the app through a balancer at 10.0.0.1 whose X-Forwarded-For is believed.
  process.env.TRUSTED_PROXIES = "10.0.0.0/8";
  return { headers: new Headers() };
});

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, getAll: () => [] }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
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
const { cleanup } = await createEditorDb("actions");
// App modules only after createEditorDb (lib/env reads DATABASE_URL once, when first imported).
const { PEER_HEADER, peerStamp } = await import("@/lib/http/client-address");
/** The stamp npm start's server puts on every request: here, the balancer's socket address. */
const VIA_BALANCER = { [PEER_HEADER]: peerStamp("10.0.0.1") };
let seeded: Awaited<ReturnType<typeof seedEditorDb>>;
let cookies: { editor: string; admin: string };

async function signIn(user: { email: string; password: string }): Promise<string> {
  const { auth } = await import("@/lib/auth/better-auth");
  const result = await auth.api.signInEmail({ body: { email: user.email, password: user.password }, returnHeaders: true });
  const cookie = result.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

function as(who: "anonymous" | "editor" | "admin", site: "same-origin" | "cross-site" = "same-origin") {
  const h = new Headers({ host: "localhost:3000", "sec-fetch-site": site, origin: site === "same-origin" ? ORIGIN : "https://evil.example" });
  if (who !== "anonymous") h.set("cookie", cookies[who]);
  request.headers = h;
}

function form(fields: Record<string, string | File>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

beforeAll(async () => {
  seeded = await seedEditorDb();
  cookies = { editor: await signIn(EDITOR), admin: await signIn(ADMIN) };
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

type Action = (prev: { status: "idle" }, fd: FormData) => Promise<{ status: string; code?: string }>;

async function actions() {
  const editor = await import("@/lib/actions/editor");
  const users = await import("@/lib/actions/users");
  const imports = await import("@/lib/actions/imports");
  const start = await import("@/lib/actions/start-profile");
  const lexicon = await import("@/lib/actions/lexicon");
  const file = new File(["Opis stanowiska\n"], "x.txt", { type: "text/plain" });
  const ref = { entityType: "profile", entityKey: "351402" };
  const editorActions: [string, Action, FormData][] = [
    ["saveDraftAction", editor.saveDraftAction as Action, form({ ...ref, intent: "save", data: "{}", base: "{}", baseVersion: "1", draftRevision: "0" })],
    ["discardDraftAction", editor.discardDraftAction as Action, form({ ...ref, draftRevision: "1" })],
    ["restoreRevisionAction", editor.restoreRevisionAction as Action, form({ revisionId: "1", draftRevision: "0" })],
    ["previewImportAction", imports.previewImportAction as Action, form({ file })],
    ["confirmImportAction", imports.confirmImportAction as Action, form({ file })],
    ["startProfileAction", start.startProfileAction as Action, form({ code: "242101" })],
    [
      "saveLexiconPairAction",
      lexicon.saveLexiconPairAction as Action,
      form({ concept: "nurse", lang: "kk", codes: "222101", baseVersion: "0", "terms.0.term": "мейірбике", "terms.0.origin": "editorial" }),
    ],
    ["revertLexiconPairAction", lexicon.revertLexiconPairAction as Action, form({ concept: "nurse", lang: "kk", baseVersion: "0" })],
  ];
  const adminActions: [string, Action, FormData][] = [
    [
      "createUserAction",
      users.createUserAction as Action,
      form({ email: "nowy@example.org", name: "Nowy", role: "admin", password: "długie-i-bezpieczne-hasło" }),
    ],
    ["setRoleAction", users.setRoleAction as Action, form({ userId: seeded.userIds.editor, role: "admin" })],
    ["revokeSessionsAction", users.revokeSessionsAction as Action, form({ userId: seeded.userIds.admin })],
    ["unlockSignInAction", users.unlockSignInAction as Action, form({ userId: seeded.userIds.admin })],
  ];
  return { editorActions, adminActions };
}

describe("admin server actions refuse", () => {
  it("anonymous callers, for every action", async () => {
    const { editorActions, adminActions } = await actions();
    for (const [name, action, fd] of [...editorActions, ...adminActions]) {
      as("anonymous");
      expect({ name, result: await action({ status: "idle" }, fd) }).toMatchObject({ name, result: { status: "error", code: "unauthenticated" } });
    }
  });

  it("cross-site posts, even with an admin's session", async () => {
    const { editorActions, adminActions } = await actions();
    for (const [name, action, fd] of [...editorActions, ...adminActions]) {
      as("admin", "cross-site");
      expect({ name, result: await action({ status: "idle" }, fd) }).toMatchObject({ name, result: { status: "error", code: "cross-site" } });
    }
  });

  it("an editor where an admin is needed, and changes nothing", async () => {
    const { adminActions } = await actions();
    for (const [name, action, fd] of adminActions) {
      as("editor");
      expect({ name, result: await action({ status: "idle" }, fd) }).toMatchObject({ name, result: { status: "error", code: "forbidden" } });
    }
    const editor = await seeded.db.user.findUnique({ where: { id: seeded.userIds.editor }, select: { role: true } });
    expect(editor?.role).toBe("editor");
    expect(await seeded.db.user.count({ where: { email: "nowy@example.org" } })).toBe(0);
  });

  it("but let an editor reach the editor actions (which then validate the input)", async () => {
    const { editorActions } = await actions();
    as("editor");
    const [, save, fd] = editorActions[0]!;
    expect(await save({ status: "idle" }, fd)).toMatchObject({ status: "error", code: "invalid" });
  });

  it("and let an editor start a profile: the action opens the new draft's editor, or says the profile exists", async () => {
    const { startProfileAction } = await import("@/lib/actions/start-profile");
    expect(await seeded.db.draft.count({ where: { entityType: "profile", entityKey: "242101" } })).toBe(0);
    as("editor");
    await expect(startProfileAction({ status: "idle" }, form({ code: "242101" }))).rejects.toThrow("NEXT_REDIRECT /admin/entries/profile/242101");
    expect(await seeded.db.draft.findFirst({ where: { entityType: "profile", entityKey: "242101" }, select: { baseVersion: true } })).toEqual({
      baseVersion: 0,
    });
    expect(await startProfileAction({ status: "idle" }, form({ code: "351402" }))).toMatchObject({ status: "error", code: "conflict" });
    expect(await startProfileAction({ status: "idle" }, form({ code: "2421" }))).toMatchObject({ status: "error", code: "invalid" });
  });

  it("and let an admin manage users, returning every field error at once", async () => {
    const users = await import("@/lib/actions/users");
    as("admin");
    const bad = await users.createUserAction({ status: "idle" }, form({ email: "not-an-email", name: "", role: "boss", password: "x" }));
    expect(bad).toMatchObject({ status: "error", code: "invalid", input: { email: "not-an-email", name: "", role: "boss" } });
    if (bad.status !== "error") throw new Error("expected errors");
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["email", "name", "role"]);
    expect(bad.input).not.toHaveProperty("password");
    const weak = await users.createUserAction({ status: "idle" }, form({ email: "nowy@example.org", name: "Nowy", role: "editor", password: "password123" }));
    expect(weak).toMatchObject({ status: "error", fieldErrors: { password: expect.arrayContaining(["common"]) } });
  });
});

describe("the auth route", () => {
  it("refuses a cross-site sign-in post and lets a same-origin one through", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const body = JSON.stringify({ email: EDITOR.email, password: EDITOR.password });
    const post = (headers: Record<string, string>) =>
      POST(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", host: "localhost:3000", ...VIA_BALANCER, ...headers },
          body,
        }),
      );
    expect((await post({ origin: "https://evil.example", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await post({ origin: ORIGIN, "sec-fetch-site": "same-origin", "x-forwarded-for": "203.0.113.7" })).status).toBe(200);
  });

  it("limits sign-in attempts per client address (default 5 a minute), for any account", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const { SIGN_IN_RATE_LIMIT } = await import("@/lib/auth/better-auth");
    expect(SIGN_IN_RATE_LIMIT).toEqual({ window: 60, max: 5 });
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const res = await POST(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", host: "localhost:3000", origin: ORIGIN, ...VIA_BALANCER, "x-forwarded-for": "203.0.113.77" },
          // A different, unknown account each time: the per-account lockout plays no part here.
          body: JSON.stringify({ email: `nobody-${i}@example.org`, password: "wrong-password-x" }),
        }),
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
  });

  it("locks an account after repeated wrong passwords, whatever address the client claims", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const attempt = (i: number, password: string) =>
      POST(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", host: "localhost:3000", origin: ORIGIN, ...VIA_BALANCER, "x-forwarded-for": `198.51.100.${i}` },
          body: JSON.stringify({ email: ADMIN.email, password }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++) statuses.push((await attempt(i, `wrong-password-${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Even the right password waits until the window has passed.
    expect((await attempt(99, ADMIN.password)).status).toBe(429);
    // Failed sign-ins fold into one row per account, reason and window: the counts add up to every failure.
    const failed = await seeded.db.auditLog.aggregate({ where: { action: "sign-in-failed" }, _sum: { count: true } });
    expect(failed._sum.count).toBeGreaterThanOrEqual(11);
  });
});
