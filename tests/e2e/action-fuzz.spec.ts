import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { fuzzParams, hostileValue } from "../setup/fuzz";

/**
 * Malformed requests against the real server (`npm start`, the built app), over HTTP: every server
 * action (lib/actions/*, found in the build's server-reference manifest) and every route handler
 * (app/api/**) gets bodies that are not what its client sends: non-JSON text, hostile JSON and
 * React reply references, multipart bodies with broken or missing boundaries and hostile fields,
 * empty and over-long bodies, wrong content types, wrong or missing action ids, foreign origins.
 * Never a 5xx, never a stack trace; a 4xx of an action request has the action error shape
 * (lib/actions/safe-action.ts ActionFailure), a 4xx of the API a JSON body.
 * Runs: 3 % of FUZZ_RUNS (300 of the default 10,000) per identity (anonymous, signed-in editor).
 */

const ROOT = process.cwd();
type ManifestEntry = { workers: Record<string, unknown>; exportedName: string; filename: string };
type Action = { id: string; name: string; page: string };

function manifest(): Record<string, ManifestEntry> {
  const file = path.join(ROOT, ".next/server/server-reference-manifest.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> }).node;
}

/** The exports of every "use server" module in lib/actions. */
function sourceActions(): string[] {
  const dir = path.join(ROOT, "lib/actions");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .filter((source) => /^\s*["']use server["']/.test(source))
    .flatMap((source) => [...source.matchAll(/^export (?:async function|const) (\w+)/gm)].map((m) => m[1]!));
}

/** "app/[locale]/admin/entries/[type]/[key]/page" → a URL of that page (Polish, no prefix). */
function pageOf(worker: string): string {
  const route = worker
    .replace(/^app\/\[locale\]/, "")
    .replace(/\/page$/, "")
    .replace("[type]", "profile")
    .replace("[key]", "243108")
    .replace("[concept]", "nurse")
    .replace("[lang]", "kk");
  return route || "/";
}

function actions(): Action[] {
  return Object.entries(manifest()).map(([id, entry]) => ({ id, name: entry.exportedName, page: pageOf(Object.keys(entry.workers)[0]!) }));
}

// ---------------------------------------------------------------------------------------------
// Malformed bodies
// ---------------------------------------------------------------------------------------------

type Body = { contentType: string | null; body: string | Buffer };

const REFERENCES = [
  "$1",
  "$K1",
  "$@1",
  "$Q1",
  "$W1",
  "$T",
  "$h1",
  "$B1",
  "$D",
  "$n",
  "$F1",
  "$Z",
  "$S",
  "$u",
  "$undefined",
  "$NaN",
  "$$x",
  "$",
  "$@",
  "$Qzz",
  "$K",
];
const FIELD_NAMES = [
  "0",
  "1",
  "2",
  "1_$ACTION_ID_x",
  "$ACTION_REF_1",
  "$ACTION_1:0",
  "$ACTION_1:1",
  "$ACTION_KEY",
  "$ACTION_ID_00ff",
  "entityType",
  "key",
  "a",
  "",
];

const jsonReply = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.array(fc.oneof(fc.constantFrom(...REFERENCES), fc.constant({ status: "idle" }), hostileValue), { maxLength: 6 }).map((args) => JSON.stringify(args)),
  fc.integer({ min: 1000, max: 3000 }).map((n) => JSON.stringify(Array(n).fill(1))),
  fc.integer({ min: 2000, max: 20_000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
);

const multipartField = fc.record({
  name: fc.oneof(
    fc.constantFrom(...FIELD_NAMES),
    hostileValue.map((s) => s.slice(0, 30)),
  ),
  value: fc.oneof(hostileValue, jsonReply),
});

function multipart(fields: { name: string; value: string }[], boundary: string): string {
  const quote = (s: string) => s.replace(/["\r\n]/g, "_");
  return fields.map((f) => `--${boundary}\r\nContent-Disposition: form-data; name="${quote(f.name)}"\r\n\r\n${f.value}\r\n`).join("") + `--${boundary}--\r\n`;
}

const body: fc.Arbitrary<Body> = fc.oneof(
  // React's encodeReply text (what Next decodes for a fetch action without multipart)…
  fc.record({ contentType: fc.constantFrom("text/plain;charset=UTF-8", "text/plain", "application/json", null), body: fc.oneof(hostileValue, jsonReply) }),
  // …a well-formed multipart body with hostile fields…
  fc
    .tuple(fc.array(multipartField, { maxLength: 5 }), fc.stringMatching(/^[\w'()+,-]{1,40}$/))
    .map(([fields, b]) => ({ contentType: `multipart/form-data; boundary=${b}`, body: multipart(fields, b) })),
  // …and broken ones: another boundary, none, truncated, garbage.
  fc.tuple(fc.array(multipartField, { minLength: 1, maxLength: 3 }), fc.nat({ max: 200 })).map(([fields, cut]) => ({
    contentType: "multipart/form-data; boundary=XYZ",
    body: multipart(fields, "ABC").slice(0, cut),
  })),
  fc.tuple(fc.array(multipartField, { minLength: 1, maxLength: 3 }), fc.nat({ max: 300 })).map(([fields, cut]) => {
    const text = multipart(fields, "XYZ");
    return { contentType: "multipart/form-data; boundary=XYZ", body: text.slice(0, Math.max(1, text.length - 1 - (cut % text.length))) };
  }),
  fc.record({
    contentType: fc.constantFrom(
      "multipart/form-data",
      "multipart/form-data; boundary=",
      'multipart/form-data; boundary="unterminated',
      "Multipart/Form-Data; boundary=XYZ",
    ),
    body: fc.oneof(hostileValue, fc.constant("--XYZ\r\n\r\n")),
  }),
  fc.record({
    contentType: fc.constantFrom("application/x-www-form-urlencoded", "application/octet-stream", "", "text/html", "image/png"),
    body: fc.oneof(
      hostileValue,
      fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
    ),
  }),
  fc.constant({ contentType: "text/plain", body: "" }),
);

type Case = { action: Action; actionHeader: string | null; origin: string | null; body: Body };

function caseArb(list: Action[], base: string): fc.Arbitrary<Case> {
  return fc.record({
    action: fc.constantFrom(...list),
    // The real id most of the time, so that Next gets as far as decoding the body.
    actionHeader: fc.option(
      fc.oneof(
        { weight: 6, arbitrary: fc.constant("REAL") },
        { weight: 1, arbitrary: fc.stringMatching(/^[0-9a-f]{42}$/) },
        { weight: 1, arbitrary: hostileValue.map(headerSafe) },
      ),
      { nil: null, freq: 8 },
    ),
    origin: fc.oneof(
      { weight: 6, arbitrary: fc.constant(base) },
      { weight: 1, arbitrary: fc.constantFrom("https://evil.example", "null") },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    body,
  });
}

function headerSafe(value: string): string {
  return value
    .replace(/[^\u0020-\u007e]/gu, "?")
    .trim()
    .slice(0, 200);
}

const STACK = /(?<!\n)\n\s+at [\w$.<[]|\.tsx?:\d+:\d+|node_modules\//;

async function checkActionAnswer(response: APIResponse, isActionRequest: boolean, described: string): Promise<void> {
  expect(response.status(), described).toBeLessThan(500);
  const text = await response.text();
  expect(text, described).not.toMatch(STACK);
  if (response.status() < 400 || !isActionRequest) return;
  expect(response.headers()["content-type"], described).toContain("application/json");
  const failure = JSON.parse(text) as Record<string, unknown>;
  expect(failure, described).toMatchObject({ status: "error", fieldErrors: {}, input: {} });
  expect(typeof failure.code, described).toBe("string");
  expect(String(failure.message).trim(), described).not.toBe("");
}

async function send(context: APIRequestContext, c: Case, base: string): Promise<void> {
  const headers: Record<string, string> = {};
  if (c.actionHeader !== null) headers["next-action"] = c.actionHeader === "REAL" ? c.action.id : c.actionHeader;
  if (c.origin !== null) headers.origin = c.origin;
  if (c.body.contentType !== null) headers["content-type"] = c.body.contentType;
  const response = await context.post(`${base}${c.action.page}`, {
    headers,
    data: typeof c.body.body === "string" ? Buffer.from(c.body.body.toWellFormed()) : c.body.body,
    maxRedirects: 0,
  });
  // What Next's action handler takes for an action request (server-action-request-meta.js).
  const isActionRequest = c.actionHeader !== null || (c.body.contentType?.startsWith("multipart/form-data") ?? false);
  await checkActionAnswer(
    response,
    isActionRequest,
    `${c.action.name} ${JSON.stringify({ ...c, body: { ...c.body, body: String(c.body.body).slice(0, 300) } })}`,
  );
}

function account(role: "editor" | "admin") {
  const email = process.env[`E2E_${role.toUpperCase()}_EMAIL`];
  const password = process.env[`E2E_${role.toUpperCase()}_PASSWORD`];
  if (!email || !password) throw new Error("e2e accounts missing: global setup did not run");
  return { email, password };
}

test.describe("malformed server-action requests", () => {
  test.describe.configure({ timeout: 600_000 });

  test("every server action of lib/actions is in the build, and only those", () => {
    const built = actions();
    expect(built.map((a) => a.name).sort()).toEqual(sourceActions().sort());
    expect(Object.values(manifest()).every((e) => e.filename.startsWith("lib/actions/"))).toBe(true);
  });

  test("anonymous and as a signed-in editor: never a 5xx or a stack trace; 4xx carry the action error shape", async ({ baseURL }) => {
    const list = actions();
    const base = baseURL!;
    const anonymous = await playwrightRequest.newContext();
    const editor = await playwrightRequest.newContext();
    const { email, password } = account("editor");
    const signIn = await editor.post(`${base}/api/auth/sign-in/email`, { headers: { origin: base }, data: { email, password } });
    expect(signIn.status()).toBe(200);
    for (const context of [anonymous, editor]) {
      await fc.assert(
        fc.asyncProperty(caseArb(list, base), (c) => send(context, c, base)),
        fuzzParams(0.03),
      );
    }
    await Promise.all([anonymous.dispose(), editor.dispose()]);
  });

  test("over-long bodies: 413 with the action error shape when declared, a 4xx when chunked", async ({ request, baseURL }) => {
    const action = actions().find((a) => a.name === "previewImportAction")!;
    const huge = Buffer.alloc(7 * 1024 * 1024, 0x61);
    const declared = await request.post(`${baseURL}${action.page}`, {
      headers: { "next-action": action.id, origin: baseURL!, "content-type": "text/plain" },
      data: huge,
    });
    expect(declared.status()).toBe(413);
    expect(await declared.json()).toMatchObject({ status: "error", code: "too-large" });
    const chunked = await fetch(`${baseURL}${action.page}`, {
      method: "POST",
      headers: { "next-action": action.id, origin: baseURL!, "content-type": "text/plain" },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 7; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(0x61));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBeGreaterThanOrEqual(400);
    expect(chunked.status).toBeLessThan(500);
    expect(await chunked.json()).toMatchObject({ status: "error" });
  });
});

// ---------------------------------------------------------------------------------------------
// Route handlers
// ---------------------------------------------------------------------------------------------

/** app/api/** route files and the methods each exports. */
function routeHandlers(): { route: string; methods: string[] }[] {
  const out: { route: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        const methods = [...source.matchAll(/^export (?:async function|const) (GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD)\b/gm)].map((m) => m[1]!);
        out.push({ route: "/" + path.relative(path.join(ROOT, "app"), dir).split(path.sep).join("/"), methods });
      }
    }
  };
  walk(path.join(ROOT, "app/api"));
  return out;
}

/** A URL of a route: "[code]" → 351402, "[...all]" → a better-auth endpoint. */
function urlOf(route: string, authPath: string): string {
  return route.replace("[code]", "351402").replace("[...all]", authPath);
}

const AUTH_PATHS = [
  "sign-in/email",
  "sign-out",
  "change-password",
  "revoke-sessions",
  "revoke-other-sessions",
  "get-session",
  "sign-up/email",
  "update-user",
  "list-sessions",
  "nope",
  "sign-in/social",
  "%2e%2e/v1/search",
];

test.describe("malformed requests to the route handlers", () => {
  test("every route: unsupported methods, hostile bodies and content types answer < 500 with a JSON body; no stack trace", async ({ baseURL }) => {
    const routes = routeHandlers();
    expect(routes.map((r) => r.route)).toEqual(
      expect.arrayContaining(["/api/auth/[...all]", "/api/v1/search", "/api/v1/occupations/[code]", "/api/v1/export"]),
    );
    const base = baseURL!;
    const context = await playwrightRequest.newContext();
    const arb = fc.record({
      route: fc.constantFrom(...routes),
      authPath: fc.constantFrom(...AUTH_PATHS),
      method: fc.constantFrom("POST", "PUT", "PATCH", "DELETE"),
      origin: fc.oneof({ weight: 4, arbitrary: fc.constant(base) }, { weight: 1, arbitrary: fc.constantFrom("https://evil.example", "null") }),
      body,
      // Sign-in attempts come "from" many addresses (the suite's server trusts loopback as its proxy),
      // so the fuzzing cannot use up the sign-in limit of the browser tests' 127.0.0.1.
      client: fc.tuple(fc.integer({ min: 1, max: 254 }), fc.integer({ min: 1, max: 254 })).map(([a, b]) => `198.18.${a}.${b}`),
    });
    await fc.assert(
      fc.asyncProperty(arb, async (c) => {
        const url = `${base}${urlOf(c.route.route, c.authPath)}`;
        const headers: Record<string, string> = { origin: c.origin, "x-forwarded-for": c.client };
        if (c.body.contentType !== null) headers["content-type"] = c.body.contentType;
        const response = await context.fetch(url, {
          method: c.method,
          headers,
          data: typeof c.body.body === "string" ? Buffer.from(c.body.body.toWellFormed()) : c.body.body,
          maxRedirects: 0,
        });
        const described = `${c.method} ${url} ${JSON.stringify({ ...c.body, body: String(c.body.body).slice(0, 200) })}`;
        expect(response.status(), described).toBeLessThan(500);
        const text = await response.text();
        expect(text, described).not.toMatch(STACK);
        if (response.status() >= 400) {
          expect(response.headers()["content-type"], described).toContain("application/json");
          const json = JSON.parse(text) as { error?: { message?: string }; message?: string };
          // Ours: { error: { code, message } }; better-auth's own endpoints: { code, message }.
          expect(String(json.error?.message ?? json.message ?? "").trim(), described).not.toBe("");
        }
        // A GET-only route refuses other methods with 405 in the API's error shape.
        if (!c.route.methods.includes(c.method)) {
          expect(response.status(), described).toBe(405);
          expect(JSON.parse(text), described).toEqual({ error: { code: "method_not_allowed", message: "Method not allowed." } });
        }
      }),
      fuzzParams(0.03),
    );
    await context.dispose();
  });

  test("a path with broken percent-encoding is a 400, not Next's 500", async ({ request }) => {
    const api = await request.get("/api/v1/occupations/%E0%A4%A");
    expect(api.status()).toBe(400);
    expect(await api.json()).toMatchObject({ error: { code: "bad_request" } });
    for (const path of ["/%E0%A4%A", "/occupations/%zz", "/en/%C0%AF"]) expect((await request.get(path)).status(), path).toBe(400);
  });
});
