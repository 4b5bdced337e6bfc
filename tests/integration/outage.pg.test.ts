/**
 * The database away and back (issue 20.2, docs/decisions/0017-errors-and-availability.md), on a
 * PostgreSQL cluster of this file's own (tests/.tmp/pg-outage, port ATLAS_TEST_PG_OUTAGE_PORT,
 * default the test cluster's port + 10), stopped and started here, so the other test files keep
 * theirs. The API route handlers are called as Next calls them; pages go through npm start's own
 * gate (lib/http/serve-availability.ts) over real HTTP, in front of a stand-in for Next.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startCluster, stopCluster } from "@/scripts/pg";
import { createPgPool, migratePg } from "@/lib/db/pg";
import { loadReferenceDataPg } from "@/lib/seed/load-reference-pg";
import { ROOT } from "@/tests/setup/test-db";

const CLUSTER = {
  dir: "tests/.tmp/pg-outage",
  port: Number(process.env.ATLAS_TEST_PG_OUTAGE_PORT ?? Number(process.env.ATLAS_TEST_PG_PORT ?? 5434) + 10),
  database: "atlas_outage",
};

const cluster = await startCluster({ ...CLUSTER, fresh: true });
{
  const pool = createPgPool(cluster.url, { max: 2 });
  await migratePg(pool, ROOT);
  await loadReferenceDataPg(pool, path.join(ROOT, "seeds/data"));
  await pool.end();
}
// App modules only now: lib/env reads DATABASE_URL once, when first imported.
process.env.DATABASE_URL = cluster.url;
process.env.DATABASE_POOL_WAIT_MS = "2000";
const { GET: getOccupation } = await import("@/app/api/v1/occupations/[code]/route");
const { GET: readyz } = await import("@/app/readyz/route");
const { GET: livez } = await import("@/app/livez/route");
const { answerWhileUnavailable } = await import("@/lib/http/serve-availability");
const { pgPool } = await import("@/lib/db");

const occupation = (code: string) => getOccupation(new Request(`http://test/api/v1/occupations/${code}`), { params: Promise.resolve({ code }) });

/** npm start's order: the gate, then Next (here a stand-in page that says it was rendered). */
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    void answerWhileUnavailable(req, res).then((answered) => {
      if (answered) return;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end("<!DOCTYPE html><html><body>rendered by Next</body></html>");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await pgPool?.end();
  stopCluster(CLUSTER);
});

/** Asks until the answer has `status`: recovery is automatic, but the pool and the gate notice it on their next try. */
async function until(status: number, ask: () => Promise<Response>): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await ask();
    if (response.status === status || attempt === 40) return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("while PostgreSQL is stopped, and after it starts again", () => {
  it("answers 200 everywhere while the database is up", async () => {
    expect((await occupation("3514")).status).toBe(200);
    expect((await readyz()).status).toBe(200);
    expect((await livez()).status).toBe(200);
    const page = await fetch(`${base}/occupations/3514`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("rendered by Next");
  });

  it("answers 503 with Retry-After: the API in its JSON error shape, pages readable without JavaScript in the reader's language", async () => {
    stopCluster(CLUSTER);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});

    const api = await occupation("3514");
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    expect(api.headers.get("content-type")).toContain("application/json");
    expect(await api.json()).toEqual({ error: { code: "unavailable", message: "The database is not available; try again shortly." } });

    const polish = await until(503, () => fetch(`${base}/occupations/3514`));
    expect(polish.status).toBe(503);
    expect(polish.headers.get("retry-after")).toBe("5");
    expect(polish.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const pl = await polish.text();
    expect(pl).toContain('<html lang="pl">');
    expect(pl).toContain("<h1>Serwis jest chwilowo niedostępny</h1>");
    expect(pl).toContain("Baza danych nie odpowiada.");
    expect(pl).not.toMatch(/<script|style=/);

    const english = await fetch(`${base}/en/occupations/3514`);
    expect(english.status).toBe(503);
    const en = await english.text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>The service is temporarily unavailable</h1>");

    const kazakh = await fetch(`${base}/kk`);
    expect(kazakh.status).toBe(503);
    expect(await kazakh.text()).toContain('<html lang="kk">');

    const russian = await fetch(`${base}/ru/occupations/3514`);
    expect(russian.status).toBe(503);
    const ru = await russian.text();
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain("<h1>Сервис временно недоступен</h1>");

    const notReady = await readyz();
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get("retry-after")).toBe("5");
    expect((await notReady.json()).error.code).toBe("unavailable");
    expect((await livez()).status).toBe(200);
    // The health endpoints are never held back by the page gate.
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    warn.mockRestore();
  });

  it("recovers by itself once PostgreSQL is back: /readyz, the API and pages answer 200 again", async () => {
    await startCluster(CLUSTER);
    expect((await until(200, () => readyz())).status).toBe(200);
    expect((await until(200, () => occupation("3514"))).status).toBe(200);
    const page = await until(200, () => fetch(`${base}/en/occupations/3514`));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("rendered by Next");
  });
});
