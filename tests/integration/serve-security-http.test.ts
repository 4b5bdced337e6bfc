/**
 * Over real HTTP: npm start's server steps (scripts/serve.ts: compression, prepareRequest,
 * actionRuns) in front of a stand-in for Next that writes what Next writes (a page with the
 * request's CSP nonce in its script tags, cut into chunks; action answers; API refusals). The real
 * server with the real app is tested in tests/e2e/security-headers.spec.ts and action-fuzz.spec.ts;
 * this one reaches the cases the app cannot be made to produce on demand (an action's own 500, an
 * https public origin).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionRuns, markActionStarted } from "@/lib/http/action-context";
import { compileTrustedProxies } from "@/lib/http/client-address";
import { newNonce } from "@/lib/http/security-headers";
import { isDeclaredTooLarge, prepareRequest, refuseAction, refuseMalformedPath, type ServeSecurity } from "@/lib/http/serve-security";

/** What Next would do: read the nonce from the request's CSP header and write it into the scripts. */
async function fakeNext(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  const nonce = /'nonce-([^']+)'/.exec(String(req.headers["content-security-policy"] ?? ""))?.[1];
  if (url.startsWith("/api/")) {
    res.statusCode = 405;
    return void res.end();
  }
  if (url === "/action-decode-error") {
    // Next failed to decode the body: no action of ours ran.
    res.statusCode = 500;
    res.setHeader("Content-Type", "text/x-component");
    return void res.end('0:{"a":"$@1"}\n1:E{"digest":"1"}\n');
  }
  if (url === "/action-own-error") {
    markActionStarted();
    res.statusCode = 500;
    res.setHeader("Content-Type", "text/x-component");
    return void res.end('0:{"a":"$@1"}\n1:E{"digest":"2"}\n');
  }
  if (url.endsWith("/action-unknown")) {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/plain");
    res.setHeader("x-nextjs-action-not-found", "1");
    return void res.end("Server action not found.");
  }
  const page =
    `<!DOCTYPE html><html><head>${'<script src="/_next/a.js" nonce="N"></script>'.repeat(40)}</head><body>${"<p>treść zażółć</p>".repeat(200)}<script nonce="N">self.__next_f.push([1,"x"])</script></body></html>`.replaceAll(
      'nonce="N"',
      `nonce="${nonce}"`,
    );
  res.statusCode = 200;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("ETag", '"same-for-every-response"');
  res.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
  // Chunks of 7 bytes: the placeholder is cut across chunk boundaries many times.
  const bytes = Buffer.from(page);
  for (let i = 0; i < bytes.length; i += 7) res.write(bytes.subarray(i, i + 7));
  res.end();
}

function startServer(security: ServeSecurity): Promise<{ server: http.Server; base: string }> {
  const compress = compression();
  const server = http.createServer((req, res) => {
    compress(req as never, res as never, () => {
      const { actionRun } = prepareRequest(req, res, security);
      if (refuseMalformedPath(req, res)) return;
      if (actionRun && isDeclaredTooLarge(req)) return refuseAction(req, res, 413);
      void (actionRun ? actionRuns.run(actionRun, () => fakeNext(req, res)) : fakeNext(req, res));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

let plain: { server: http.Server; base: string };
let https: { server: http.Server; base: string };
const placeholder = newNonce();

beforeAll(async () => {
  plain = await startServer({ placeholder, publicUrl: "http://localhost:3000", trust: compileTrustedProxies(undefined) });
  https = await startServer({ placeholder, publicUrl: "https://atlas.example.org", trust: compileTrustedProxies(undefined) });
});
afterAll(async () => {
  await Promise.all([plain, https].map(({ server }) => new Promise((resolve) => server.close(resolve))));
});

function nonceOf(response: Response): string {
  return /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")![1]!;
}

describe("pages", () => {
  it("every script gets the response's own nonce, also when the placeholder is cut across chunks and the answer is gzipped", async () => {
    for (const encoding of ["identity", "gzip"]) {
      const first = await fetch(`${plain.base}/occupations/351402`, { headers: { "accept-encoding": encoding } });
      const second = await fetch(`${plain.base}/occupations/351402`, { headers: { "accept-encoding": encoding } });
      if (encoding === "gzip") expect(first.headers.get("content-encoding")).toBe("gzip");
      const [a, b] = [nonceOf(first), nonceOf(second)];
      expect(a).not.toBe(b);
      const html = await first.text();
      expect(html).not.toContain(placeholder);
      expect(html.match(/nonce="[^"]*"/g)).toEqual(Array(41).fill(`nonce="${a}"`));
      expect(html).toContain("treść zażółć");
      expect(first.headers.get("etag")).toBeNull();
      await second.text();
    }
  });

  it("a client's own CSP request header cannot choose the nonce, nor can a forged X-Forwarded-Proto turn on HSTS", async () => {
    const response = await fetch(`${plain.base}/`, { headers: { "content-security-policy": "script-src 'nonce-mine'", "x-forwarded-proto": "https" } });
    const html = await response.text();
    expect(html).not.toContain("mine");
    expect(html).toContain(`nonce="${nonceOf(response)}"`);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("an https public origin (BETTER_AUTH_URL) sends HSTS and upgrade-insecure-requests, on pages and the API", async () => {
    const page = await fetch(`${https.base}/login`);
    expect(page.headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    await page.text();
    const api = await fetch(`${https.base}/api/v1/search`);
    expect(api.headers.get("strict-transport-security")).toBe("max-age=31536000");
    await api.text();
  });
});

describe("malformed requests", () => {
  const action = (path: string, init: RequestInit = {}) =>
    fetch(`${plain.base}${path}`, { method: "POST", headers: { "next-action": "7f00", "content-type": "text/plain" }, body: "[]", ...init });

  it("a 500 from Next before any action ran (a body it could not decode) becomes 400 with the action error shape", async () => {
    const response = await action("/action-decode-error");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({
      status: "error",
      code: "bad-request",
      message: "Żądanie jest uszkodzone i nie zostało wykonane.",
      fieldErrors: {},
      input: {},
    });
  });

  it("a 500 after an action of ours started is a server error and stays one (a digest, no stack)", async () => {
    const response = await action("/action-own-error");
    expect(response.status).toBe(500);
    expect(await response.text()).not.toMatch(/\bat \w|\.ts:\d/);
  });

  it("Next's plain-text refusal of an unknown action keeps its status and the header its client reads, with the action error shape", async () => {
    const response = await action("/en/action-unknown");
    expect(response.status).toBe(404);
    expect(response.headers.get("x-nextjs-action-not-found")).toBe("1");
    expect(await response.json()).toMatchObject({ status: "error", code: "bad-request", message: "The request was malformed and was not carried out." });
  });

  it("a declared body over the limit is refused with 413 before anything reads it", async () => {
    const response = await action("/admin", { body: "x".repeat(6 * 1024 * 1024 + 1) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ status: "error", code: "too-large" });
  });

  it("a path with broken percent-encoding is a 400 (Next answers it 500): JSON on the API, the action shape for an action, text for a page", async () => {
    const api = await fetch(`${plain.base}/api/v1/occupations/%E0%A4%A`);
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ error: { code: "bad_request" } });
    const page = await fetch(`${plain.base}/%E0%A4%A`);
    expect(page.status).toBe(400);
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(await page.text()).toBe("Bad request: malformed URL.");
    const act = await action("/admin/%zz");
    expect(act.status).toBe(400);
    expect(await act.json()).toMatchObject({ status: "error", code: "bad-request" });
    const fine = await fetch(`${plain.base}/search?q=%E0%A4%A`);
    expect(fine.status).toBe(200);
    await fine.text();
  });

  it("the API's refusals by Next (405, no body) get the JSON error shape", async () => {
    const response = await fetch(`${plain.base}/api/v1/search`, { method: "POST", body: "{" });
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: "Method not allowed." } });
  });
});
