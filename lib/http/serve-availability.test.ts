import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { answerBusy } from "./serve-availability";

/** The answer answerBusy gives to `method url` on a real server. */
async function busyAnswer(url: string, method = "GET") {
  const server = http.createServer((req, res) => answerBusy(req, res, 5));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${url}`, { method });
    return { status: res.status, headers: res.headers, body: await res.text() };
  } finally {
    server.close();
  }
}

describe("the answer of a full render queue (lib/http/render-queue.ts)", () => {
  it("is a 503 page in the reader's language, with Retry-After, never cached", async () => {
    const pl = await busyAnswer("/occupations/351402");
    expect(pl.status).toBe(503);
    expect(pl.headers.get("retry-after")).toBe("5");
    expect(pl.headers.get("cache-control")).toBe("no-store");
    expect(pl.headers.get("content-type")).toMatch(/^text\/html/);
    expect(pl.body).toContain('<html lang="pl">');
    expect(pl.body).toContain("Serwis jest chwilowo przeciążony");
    const kk = await busyAnswer("/kk/search?q=a");
    expect(kk.body).toContain('<html lang="kk">');
    expect(kk.body).toContain("Қызмет уақытша бос емес");
  });

  it("is the API's JSON error on an API path, and has no body for a HEAD or a file", async () => {
    const api = await busyAnswer("/api/v1/occupations/351402");
    expect([api.status, api.headers.get("content-type")]).toEqual([503, "application/json; charset=utf-8"]);
    expect(JSON.parse(api.body)).toEqual({ error: { code: "unavailable", message: "The server is busy; try again in 5 s." } });
    expect((await busyAnswer("/occupations/351402", "HEAD")).body).toBe("");
    const file = await busyAnswer("/_next/data/x.json");
    expect([file.status, file.body]).toEqual([503, ""]);
  });
});
