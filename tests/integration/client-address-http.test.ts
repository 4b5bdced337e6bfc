/**
 * Over real HTTP: a node:http server with the same stamping step as npm start's (stampRequest in
 * lib/http/client-address.ts, called by scripts/serve.ts before Next) hands requests to the app's
 * route handlers. With no trusted proxy configured, a client that has used up a limit cannot get
 * past it by rotating X-Forwarded-For or by sending its own peer stamp: the API rate limit and the
 * sign-in limit both count the socket's address.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEditorDb, seedEditorDb } from "../setup/editor-db";

vi.hoisted(() => {
  process.env.API_RATE_LIMIT = "3";
  delete process.env.TRUSTED_PROXIES;
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, getAll: () => [] }),
}));

const { cleanup } = await createEditorDb("client-http");
let seeded: Awaited<ReturnType<typeof seedEditorDb>>;
let server: http.Server;
let base: string;

type Handler = (request: Request) => Promise<Response>;

async function toWebRequest(req: http.IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`${base}${req.url}`, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

beforeAll(async () => {
  seeded = await seedEditorDb();
  let routes: Record<string, Handler> | null = null;
  server = http.createServer(async (req, res) => {
    // App modules load at the first request, after BETTER_AUTH_URL names this server.
    const { stampRequest } = await import("@/lib/http/client-address");
    stampRequest(req);
    routes ??= {
      "/api/v1/occupations": (await import("@/app/api/v1/occupations/route")).GET,
      "/api/auth/sign-in/email": (await import("@/app/api/auth/[...all]/route")).POST,
    };
    const handler = routes[(req.url ?? "").split("?")[0]!];
    if (!handler) return void res.writeHead(404).end();
    const response = await handler(await toWebRequest(req));
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.BETTER_AUTH_URL = base;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await seeded?.db.$disconnect();
  await cleanup();
});

const FORGED = (i: number) => ({
  "x-forwarded-for": `198.51.100.${i}, 203.0.113.${i}`,
  "x-real-ip": `192.0.2.${i}`,
  "x-atlas-peer": `forged-token 203.0.113.${i}`,
});

describe("over HTTP, with no trusted proxy", () => {
  it("an exhausted API limit stays exhausted whatever X-Forwarded-For the client rotates", async () => {
    const get = (headers: Record<string, string> = {}) => fetch(`${base}/api/v1/occupations?level=major`, { headers });
    const first = await Promise.all([get(), get(), get()]);
    expect(first.map((r) => r.status)).toEqual([200, 200, 200]);
    const rotated = await Promise.all(Array.from({ length: 30 }, (_, i) => get(FORGED(i))));
    expect(rotated.map((r) => r.status)).toEqual(Array(30).fill(429));
  });

  it("so does an exhausted sign-in limit (5 a minute per address)", async () => {
    const signIn = (i: number, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, ...headers },
        body: JSON.stringify({ email: `nobody-${i}@example.org`, password: "wrong-password-x" }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(i)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const rotated = await Promise.all(Array.from({ length: 10 }, (_, i) => signIn(100 + i, FORGED(i))));
    expect(rotated.map((r) => r.status)).toEqual(Array(10).fill(429));
    // And the audit log has the socket's address, not a claimed one.
    const rows = await seeded.db.auditLog.findMany({ where: { action: "sign-in-failed" } });
    expect([...new Set(rows.map((r) => r.ip))]).toEqual(["127.0.0.1"]);
  });
});
