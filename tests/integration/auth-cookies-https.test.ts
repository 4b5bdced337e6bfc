/**
 * With an https public URL every cookie of the sign-in is Secure (better-auth's session cookie with
 * its __Secure- prefix, and our device cookie), whatever scheme the request reached the app by
 * (a TLS-terminating balancer talks plain http to it).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EDITOR, createEditorDb, seedEditorDb } from "../setup/editor-db";

vi.hoisted(() => {
  process.env.BETTER_AUTH_URL = "https://atlas.example.org";
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, getAll: () => [] }),
}));

const { cleanup } = await createEditorDb("cookies-https");
let seeded: Awaited<ReturnType<typeof seedEditorDb>>;
beforeAll(async () => {
  seeded = await seedEditorDb();
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

describe("cookies under an https BETTER_AUTH_URL", () => {
  it("are all Secure, the session cookie with the __Secure- prefix", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const { PEER_HEADER, peerStamp } = await import("@/lib/http/client-address");
    const response = await POST(
      new Request("http://atlas.example.org/api/auth/sign-in/email", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          host: "atlas.example.org",
          origin: "https://atlas.example.org",
          "x-forwarded-proto": "https",
          [PEER_HEADER]: peerStamp("192.0.2.1"),
        },
        body: JSON.stringify({ email: EDITOR.email, password: EDITOR.password }),
      }),
    );
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThanOrEqual(2);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure(;|$)/i);
    expect(cookies.some((c) => c.startsWith("__Secure-atlas.session_token="))).toBe(true);
    expect(cookies.some((c) => c.startsWith("__Secure-atlas.device="))).toBe(true);
  });
});
