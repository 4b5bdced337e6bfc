/**
 * The limit of the suggest benchmark: a bare node:http server that answers /suggest with the same
 * query code as the app (lib/search/engine.ts on a read-only better-sqlite3 connection, the same
 * zod parsing) and nothing else: no Next, no rate limit, no ETag, no CORS. The app's throughput
 * over this server's is what the framework and its wrappers cost. (Search is measured against its
 * answers as static files instead: the same code without Next was no limit for it, issue 14.)
 *   PORT=… DATABASE_URL=file:… tsx scripts/bench/limit-server.ts
 */
import http from "node:http";
import { sqlitePathFromUrl } from "../../lib/env";
import { openSqlite } from "../../lib/db/sqlite";
import { suggestFromIndex } from "../../lib/search/engine";
import { suggestQuerySchema } from "../../lib/validation/search";

const db = openSqlite(sqlitePathFromUrl(process.env.DATABASE_URL ?? "file:./data/atlas.db"), { readonly: true });

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://limit");
  const params = Object.fromEntries(url.searchParams.entries());
  if (url.pathname === "/suggest") {
    const parsed = suggestQuerySchema.safeParse(params);
    return parsed.success ? answer(res, 200, suggestFromIndex(db, parsed.data.q, parsed.data.limit)) : answer(res, 400, { error: "invalid_query" });
  }
  answer(res, 404, { error: "not_found" });
});
// Same keep-alive behaviour as autocannon expects of Next: connections stay open between requests.
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 3299), "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
