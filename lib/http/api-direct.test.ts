/**
 * The direct API answerer over real HTTP, in front of a stand-in for Next's build: a dist folder
 * whose route files export what Next's app-route template exports (routeModule.userland, loaded
 * after ensureUserland). The real build is exercised by the e2e suite (npm start serves it).
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDirectApi, directRouteOf } from "./api-direct";

/** A route's build: its GET echoes what it was given; userland is readable only after ensureUserland, as in Next. */
const ROUTE_JS = `
let loaded = false;
const userland = {
  async GET(request) {
    const url = new URL(request.url);
    const body = JSON.stringify({ q: url.searchParams.get("q"), peer: request.headers.get("x-test-peer"), route: ROUTE });
    return new Response(body, { status: url.searchParams.get("q") === "" ? 400 : 200, headers: { "Content-Type": "application/json", ETag: '"e1"', "Set-Cookie": "a=1" } });
  },
};
exports.routeModule = {
  async ensureUserland() { await new Promise((r) => setTimeout(r, 5)); loaded = true; },
  get userland() { if (!loaded) throw new Error("The lazy module is still loading"); return userland; },
};
`;

let dist: string;
let server: http.Server;
let base: string;
const handledByNext: string[] = [];

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-api-direct-"));
  for (const route of ["search", "suggest"]) {
    const dir = path.join(dist, "server/app/api/v1", route);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "route.js"), `const ROUTE = ${JSON.stringify(route)};\n${ROUTE_JS}`);
  }
  // A route with a parameter: it echoes the parameters it was given (a promise, as Next gives them) and the query.
  const related = path.join(dist, "server/app/api/v1/occupations/[code]/related");
  fs.mkdirSync(related, { recursive: true });
  fs.writeFileSync(
    path.join(related, "route.js"),
    `exports.routeModule = { async ensureUserland() {}, userland: { async GET(request, { params }) {
      const { code } = await params;
      return Response.json({ code, limit: new URL(request.url).searchParams.get("limit") });
    } } };`,
  );
  const answerDirectly = createDirectApi(dist);
  server = http.createServer((req, res) => {
    req.headers["x-test-peer"] = "stamped";
    void answerDirectly(req, res).then((answered) => {
      if (answered) return;
      handledByNext.push(`${req.method} ${req.url}`);
      res.end("next");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dist, { recursive: true, force: true });
});

describe("createDirectApi", () => {
  it("answers GET search and suggest with the route's own handler: its status, headers and body, in one piece", async () => {
    const response = await fetch(`${base}/api/v1/search?q=zażółć%20gęślą`);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"e1"');
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("set-cookie")).toBe("a=1");
    const body = await response.text();
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
    // The query arrives intact (Unicode), and so do the headers serve.ts stamped on the request.
    expect(JSON.parse(body)).toEqual({ q: "zażółć gęślą", peer: "stamped", route: "search" });
    expect(await (await fetch(`${base}/api/v1/suggest?q=adm`)).json()).toMatchObject({ q: "adm", route: "suggest" });
  });

  it("passes the handler's refusals through unchanged", async () => {
    const response = await fetch(`${base}/api/v1/search?q=`);
    expect(response.status).toBe(400);
  });

  it("leaves every other request to Next: other methods, other paths, a path that only starts like a direct one", async () => {
    handledByNext.length = 0;
    for (const [method, url] of [
      ["HEAD", "/api/v1/search?q=a"],
      ["OPTIONS", "/api/v1/search"],
      ["POST", "/api/v1/search"],
      ["GET", "/api/v1/searching?q=a"],
      ["GET", "/api/v1/occupations/3514"],
      ["GET", "/search?q=a"],
    ] as const) {
      await (await fetch(base + url, { method })).arrayBuffer();
    }
    expect(handledByNext).toEqual([
      "HEAD /api/v1/search?q=a",
      "OPTIONS /api/v1/search",
      "POST /api/v1/search",
      "GET /api/v1/searching?q=a",
      "GET /api/v1/occupations/3514",
      "GET /search?q=a",
    ]);
  });

  it("leaves a route to Next when its build cannot be loaded", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-api-direct-none-"));
    try {
      const answer = createDirectApi(empty);
      const req = Object.assign(new http.IncomingMessage(null as never), { method: "GET", url: "/api/v1/search?q=a" });
      const warn = console.warn;
      console.warn = () => {};
      try {
        expect(await answer(req, new http.ServerResponse(req))).toBe(false);
      } finally {
        console.warn = warn;
      }
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("directRouteOf", () => {
  it("names every read route of the public API, with its parameter as Next would pass it", () => {
    expect(directRouteOf("/api/v1/search")).toEqual({ route: "/api/v1/search", params: {} });
    expect(directRouteOf("/api/v1/occupations")).toEqual({ route: "/api/v1/occupations", params: {} });
    // Leading zeros stay: the code is the segment as written.
    expect(directRouteOf("/api/v1/occupations/011001")).toEqual({ route: "/api/v1/occupations/[code]", params: { code: "011001" } });
    expect(directRouteOf("/api/v1/occupations/243108/related")).toEqual({ route: "/api/v1/occupations/[code]/related", params: { code: "243108" } });
    expect(directRouteOf("/api/v1/occupations/p12/export")).toEqual({ route: "/api/v1/occupations/[code]/export", params: { code: "p12" } });
    expect(directRouteOf("/api/v1/occupations/243108/transitions")?.route).toBe("/api/v1/occupations/[code]/transitions");
    expect(directRouteOf("/api/v1/compare")?.route).toBe("/api/v1/compare");
    expect(directRouteOf("/api/v1/skills")?.route).toBe("/api/v1/skills");
    expect(directRouteOf("/api/v1/skills/options")?.route).toBe("/api/v1/skills/options");
    expect(directRouteOf("/api/v1/match")?.route).toBe("/api/v1/match");
  });

  it("leaves to Next what it would decode, normalise or answer otherwise: escapes, dots, empty segments, trailing slashes, other paths", () => {
    for (const path of [
      "/api/v1/occupations/35%2014",
      "/api/v1/occupations/%32%34",
      "/api/v1/occupations/zażółć",
      "/api/v1/occupations/..",
      "/api/v1/occupations/a.json",
      "/api/v1/occupations//related",
      "/api/v1/occupations/",
      "/api/v1/occupations/243108/",
      "/api/v1/search/",
      "/api/v1/occupations/243108/related/more",
      "/api/v1/export",
      "/api/v1/openapi.json",
      "/api/v1/skills/other",
      "/API/v1/search",
      "/occupations/243108",
      "/",
    ]) {
      expect(directRouteOf(path), path).toBeNull();
    }
  });
});

describe("createDirectApi with a route that takes a parameter", () => {
  it("passes the path's parameter to the handler as Next does, and leaves an escaped one to Next", async () => {
    const response = await fetch(`${base}/api/v1/occupations/011001/related?limit=3`);
    expect(await response.json()).toEqual({ code: "011001", limit: "3" });
    handledByNext.length = 0;
    expect(await (await fetch(`${base}/api/v1/occupations/01%31001/related`)).text()).toBe("next");
    expect(handledByNext).toEqual(["GET /api/v1/occupations/01%31001/related"]);
  });
});
