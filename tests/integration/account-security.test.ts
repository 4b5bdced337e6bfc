/**
 * Accounts against a determined attacker (issue 19), through the auth route handler as Next calls
 * it, on SQLite and (vitest.pg.config.ts) PostgreSQL: the throttle counted before the password
 * check under 200 parallel guesses from 200 addresses, the device cookie that keeps the real user
 * in, the admin's unlock, the one password policy on change-password, and every account event in
 * the audit log with the trusted client address.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN, EDITOR, EDITOR_2, createEditorDb, seedEditorDb } from "../setup/editor-db";

vi.hoisted(() => {
  // npm start's server stamps the socket peer; here that is a balancer at 10.0.0.1, whose
  // X-Forwarded-For is believed, so every request below comes from the address it names.
  process.env.TRUSTED_PROXIES = "10.0.0.0/8";
});
const incoming = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => incoming.headers,
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, getAll: () => [] }),
}));

// lib/auth (getSession) imports the locale-aware redirect; the PostgreSQL run does not inline next-intl.
vi.mock("next-intl/server", () => ({ getLocale: async () => "pl" }));
vi.mock("@/lib/i18n/navigation", () => ({ redirect: () => undefined }));

const ORIGIN = "http://localhost:3000";
const { cleanup } = await createEditorDb("account-security");
// App modules only after createEditorDb (lib/env reads DATABASE_URL once, when first imported).
const { PEER_HEADER, peerStamp } = await import("@/lib/http/client-address");
const { passwordHashing } = await import("@/lib/auth/password-hashing");
let seeded: Awaited<ReturnType<typeof seedEditorDb>>;
let route: typeof import("@/app/api/auth/[...all]/route");

beforeAll(async () => {
  seeded = await seedEditorDb();
  route = await import("@/app/api/auth/[...all]/route");
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

type Options = { address: string; cookie?: string };

function post(path: string, body: unknown, { address, cookie }: Options): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    host: "localhost:3000",
    origin: ORIGIN,
    "sec-fetch-site": "same-origin",
    [PEER_HEADER]: peerStamp("10.0.0.1"),
    "x-forwarded-for": address,
  };
  if (cookie) headers.cookie = cookie;
  return route.POST(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

/** "name=value" pairs of a response's Set-Cookie headers, as a browser would send them back. */
function cookiesOf(response: Response, ...names: string[]): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((pair) => names.some((n) => pair.startsWith(`${n}=`)))
    .join("; ");
}

let adminDevice = "";
const device = () => adminDevice;
const auditRows = (action: string) => seeded.db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

describe("the sign-in throttle", () => {
  it("checks at most the limit of 200 parallel wrong passwords from 200 addresses, and the real user still signs in from a browser used before", async () => {
    const { ACCOUNT_RULE } = await import("@/lib/auth/sign-in-throttle");
    // The admin signed in from this browser last week: it holds the account's device cookie.
    const earlier = await post("/sign-in/email", { email: ADMIN.email, password: ADMIN.password }, { address: "192.0.2.10" });
    expect(earlier.status).toBe(200);
    const device = cookiesOf(earlier, "atlas.device");
    adminDevice = device;
    expect(device).toMatch(/^atlas\.device=[\w-]{22}\.[\w-]{43}$/);

    const verify = vi.spyOn(passwordHashing, "verify");
    const attack = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post("/sign-in/email", { email: ADMIN.email, password: `guess-number-${i}-x` }, { address: `198.51.${Math.floor(i / 250)}.${i % 250}` }),
      ),
    );
    const checked = verify.mock.calls.length;
    if (process.env.ATLAS_PRINT_FIGURES) console.info(`200 parallel wrong sign-ins: ${checked} password checks`);
    verify.mockRestore();
    const statuses = attack.map((r) => r.status);
    const wrong = statuses.filter((s) => s === 401).length;
    const refused = statuses.filter((s) => s === 429).length;
    expect(checked).toBeLessThanOrEqual(ACCOUNT_RULE.free);
    expect(wrong).toBe(checked);
    expect(refused).toBe(200 - wrong);
    const refusal = attack.find((r) => r.status === 429)!;
    expect(Number(refusal.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refusal.json()).toMatchObject({ code: "ACCOUNT_THROTTLED" });

    // An unknown browser with the right password waits too (the attacker cannot tell it worked) …
    expect((await post("/sign-in/email", { email: ADMIN.email, password: ADMIN.password }, { address: "203.0.113.50" })).status).toBe(429);
    // … but the browser that signed in before has its own allowance.
    const real = await post("/sign-in/email", { email: ADMIN.email, password: ADMIN.password }, { address: "203.0.113.51", cookie: device });
    expect(real.status).toBe(200);
    // Signed in, the user is told of the failures since the previous sign-in (the admin layout shows it).
    const { failedSignInsBeforeSession } = await import("@/lib/data/audit");
    const session = await seeded.db.session.findFirstOrThrow({ where: { userId: seeded.userIds.admin }, orderBy: { createdAt: "desc" } });
    expect(await failedSignInsBeforeSession(seeded.userIds.admin, session.createdAt)).toMatchObject({
      count: 201,
      ip: expect.stringMatching(/^(198\.51|203\.0\.113)\./),
    });

    // The log holds the 200 failures in a few rows (per account, reason and window), not 200.
    const failed = (await auditRows("sign-in-failed")).filter((r) => r.entity === `user:${seeded.userIds.admin}`);
    expect(failed.length).toBeLessThanOrEqual(2);
    expect(failed.reduce((sum, r) => sum + r.count, 0)).toBe(201);
    expect(failed.map((r) => (r.details as { reason: string }).reason).sort()).toEqual(["throttled-account", "wrong-password"]);
  });

  it("answers an unknown e-mail exactly like a known one under the throttle (no enumeration)", async () => {
    const statuses = async (email: string, base: number) => {
      const out: number[] = [];
      for (let i = 0; i < 12; i++)
        out.push((await post("/sign-in/email", { email, password: `wrong-${i}-password` }, { address: `172.${base}.0.${i}` })).status);
      return out;
    };
    const known = await statuses(EDITOR_2.email, 16);
    const unknown = await statuses("nobody-here@example.org", 17);
    expect(known).toEqual(unknown);
    expect(known.slice(-2)).toEqual([429, 429]);
    // Unknown accounts share one audit row per reason and window, whatever e-mails are tried.
    for (let i = 0; i < 20; i++) await post("/sign-in/email", { email: `random-${i}@example.org`, password: "wrong-password-x" }, { address: `172.18.0.${i}` });
    const unknownRows = (await auditRows("sign-in-failed")).filter((r) => r.entity === null);
    expect(unknownRows.length).toBeLessThanOrEqual(2);
    expect(JSON.stringify(unknownRows.map((r) => r.details))).not.toContain("random-");
  });

  it("lets an admin unlock the account for unknown browsers, audited", async () => {
    const { unlockUserSignIn } = await import("@/lib/data/users");
    expect((await post("/sign-in/email", { email: EDITOR_2.email, password: EDITOR_2.password }, { address: "172.19.0.1" })).status).toBe(429);
    const users = await (await import("@/lib/data/users")).listUsers();
    expect(users.find((u) => u.email === EDITOR_2.email)?.signInWaitSeconds).toBeGreaterThan(0);
    expect(await unlockUserSignIn(seeded.userIds.editor2, { id: seeded.userIds.admin }, "192.0.2.1")).toEqual({ ok: true, wasLocked: true });
    expect((await post("/sign-in/email", { email: EDITOR_2.email, password: EDITOR_2.password }, { address: "172.19.0.1" })).status).toBe(200);
    expect(await auditRows("user-unlock")).toMatchObject([{ userId: seeded.userIds.admin, entity: `user:${seeded.userIds.editor2}`, ip: "192.0.2.1" }]);
  });
});

describe("growing delays", () => {
  it("admit the free attempts, then one per delay (1, 2, 4, 8, 15 min), and forget after an hour of quiet", async () => {
    const { consumeAttempt, ACCOUNT_RULE } = await import("@/lib/auth/sign-in-throttle");
    const key = "signin-account|delays@example.org";
    const t0 = 1_800_000_000_000;
    const min = 60_000;
    for (let i = 0; i < ACCOUNT_RULE.free; i++) expect(await consumeAttempt(key, ACCOUNT_RULE, t0 + i)).toEqual({ isAllowed: true });
    expect(await consumeAttempt(key, ACCOUNT_RULE, t0 + 10)).toEqual({ isAllowed: false, retryAfterSeconds: 60 });
    let last = t0 + 9;
    for (const delay of [1, 2, 4, 8, 15, 15]) {
      expect((await consumeAttempt(key, ACCOUNT_RULE, last + delay * min - 1000)).isAllowed).toBe(false);
      expect((await consumeAttempt(key, ACCOUNT_RULE, last + delay * min)).isAllowed).toBe(true);
      last += delay * min;
    }
    // A refused attempt does not restart the delay.
    expect((await consumeAttempt(key, ACCOUNT_RULE, last + 15 * min)).isAllowed).toBe(true);
    last += 15 * min;
    expect((await consumeAttempt(key, ACCOUNT_RULE, last + 60 * min)).isAllowed).toBe(true);
    expect((await consumeAttempt(key, ACCOUNT_RULE, last + 60 * min + 1)).isAllowed).toBe(true);
  });

  it("are decided by the database in one statement: 100 parallel attempts on a fresh key admit exactly the free ones", async () => {
    const { consumeAttempt, ACCOUNT_RULE, addressRule } = await import("@/lib/auth/sign-in-throttle");
    const now = Date.now();
    const account = await Promise.all(Array.from({ length: 100 }, () => consumeAttempt("signin-account|parallel@example.org", ACCOUNT_RULE, now)));
    expect(account.filter((d) => d.isAllowed).length).toBe(ACCOUNT_RULE.free);
    const address = await Promise.all(Array.from({ length: 100 }, () => consumeAttempt("signin-address|192.0.2.200", addressRule(5), now)));
    expect(address.filter((d) => d.isAllowed).length).toBe(5);
  });
});

describe("one password policy", () => {
  it("refuses a weak new password on better-auth's change-password with the policy's message, and accepts a strong one", async () => {
    const { checkPassword, passwordPolicyMessage } = await import("@/lib/auth/password-policy");
    const signIn = await post("/sign-in/email", { email: EDITOR.email, password: EDITOR.password }, { address: "198.18.0.1" });
    const session = cookiesOf(signIn, "atlas.session_token");
    // Each from its own address: better-auth's own limiter allows 3 change-password calls per 10 s per address.
    for (const [i, weak] of ["aaaaaaaaaaaa", "password1234", "Qwerty123456!"].entries()) {
      const refused = await post(
        "/change-password",
        { currentPassword: EDITOR.password, newPassword: weak },
        { address: `198.18.0.${10 + i}`, cookie: session },
      );
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({
        code: "WEAK_PASSWORD",
        message: passwordPolicyMessage(checkPassword(weak, { email: EDITOR.email, name: EDITOR.name })),
      });
    }
    expect(await auditRows("password-change")).toEqual([]);
    const strong = "kasztan-pod-mostem-śpiewa-nocą";
    const changed = await post("/change-password", { currentPassword: EDITOR.password, newPassword: strong }, { address: "198.18.0.1", cookie: session });
    expect(changed.status).toBe(200);
    expect(await auditRows("password-change")).toMatchObject([{ userId: seeded.userIds.editor, ip: "198.18.0.1" }]);
    expect((await post("/sign-in/email", { email: EDITOR.email, password: strong }, { address: "198.18.0.2" })).status).toBe(200);
  });

  it("is the same for createUser (user:create and the admin page)", async () => {
    const { createUser } = await import("@/lib/users/create-user");
    const result = await createUser(seeded.db, { email: "slabe@example.org", name: "Słabe Hasło", role: "editor", password: "password1234" });
    expect(result).toMatchObject({ ok: false, reason: "weak-password", problems: expect.arrayContaining(["common"]) });
  });
});

describe("the audit log", () => {
  it("records sign-in, sign-out by a direct POST, session revocation, role change and user creation, with the client address", async () => {
    const { setUserRole, revokeUserSessions } = await import("@/lib/data/users");
    const { createUser } = await import("@/lib/users/create-user");
    const password = "kasztan-pod-mostem-śpiewa-nocą";
    const first = await post("/sign-in/email", { email: EDITOR.email, password }, { address: "198.18.1.1" });
    const second = await post("/sign-in/email", { email: EDITOR.email, password }, { address: "198.18.1.2" });
    expect((await auditRows("sign-in")).filter((r) => r.userId === seeded.userIds.editor).map((r) => r.ip)).toEqual(
      expect.arrayContaining(["198.18.1.1", "198.18.1.2"]),
    );

    const revokeOthers = await post("/revoke-other-sessions", {}, { address: "198.18.1.2", cookie: cookiesOf(second, "atlas.session_token") });
    expect(revokeOthers.status).toBe(200);
    expect((await auditRows("session-revoke")).map((r) => [r.userId, r.ip])).toContainEqual([seeded.userIds.editor, "198.18.1.2"]);
    expect(cookiesOf(first, "atlas.session_token")).not.toBe("");

    const signOut = await post("/sign-out", {}, { address: "198.18.1.3", cookie: cookiesOf(second, "atlas.session_token") });
    expect(signOut.status).toBe(200);
    expect(await auditRows("sign-out")).toMatchObject([{ userId: seeded.userIds.editor, ip: "198.18.1.3" }]);

    await setUserRole(seeded.userIds.editor2, "admin", { id: seeded.userIds.admin }, "198.18.1.4");
    await revokeUserSessions(seeded.userIds.editor2, { id: seeded.userIds.admin }, "198.18.1.4");
    await createUser(
      seeded.db,
      { email: "nowa@example.org", name: "Nowa Osoba", role: "editor", password: "las-jezioro-góra-wiatr-17" },
      { actorId: seeded.userIds.admin, ip: "198.18.1.4", via: "admin" },
    );
    expect(await auditRows("user-role")).toMatchObject([{ userId: seeded.userIds.admin, ip: "198.18.1.4", details: { from: "editor", to: "admin" } }]);
    expect(await auditRows("user-revoke-sessions")).toMatchObject([{ userId: seeded.userIds.admin, ip: "198.18.1.4" }]);
    expect((await auditRows("user-create")).at(-1)).toMatchObject({
      userId: seeded.userIds.admin,
      ip: "198.18.1.4",
      details: { email: "nowa@example.org", via: "admin" },
    });
  });
});

describe("sessions", () => {
  it("end 7 days after sign-in however actively used (absolute lifetime), and the row goes", async () => {
    const { getSession } = await import("@/lib/auth");
    const response = await post("/sign-in/email", { email: ADMIN.email, password: ADMIN.password }, { address: "198.18.3.1", cookie: device() });
    expect(response.status).toBe(200);
    incoming.headers = new Headers({ cookie: cookiesOf(response, "atlas.session_token") });
    const session = await seeded.db.session.findFirstOrThrow({ where: { userId: seeded.userIds.admin }, orderBy: { createdAt: "desc" } });
    await seeded.db.session.update({
      where: { id: session.id },
      data: { createdAt: new Date(Date.now() - 7 * 24 * 3600 * 1000 - 60_000), updatedAt: new Date() },
    });
    expect(await getSession()).toBeNull();
    expect(await seeded.db.session.count({ where: { id: session.id } })).toBe(0);
  });
});

describe("cookies on plain http", () => {
  it("have no Secure flag when the public URL is http (localhost), and the device cookie goes to /api/auth only", async () => {
    const response = await post("/sign-in/email", { email: EDITOR_2.email, password: EDITOR_2.password }, { address: "198.18.2.1" });
    const all = response.headers.getSetCookie();
    expect(all.some((c) => /^atlas\.session_token=.*HttpOnly/i.test(c) && !/;\s*Secure/i.test(c))).toBe(true);
    expect(all.find((c) => c.startsWith("atlas.device="))).toMatch(/Path=\/api\/auth; Max-Age=15552000; HttpOnly; SameSite=Strict$/);
  });
});
