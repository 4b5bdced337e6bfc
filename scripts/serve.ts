/**
 * The HTTP server of `npm start` (started by scripts/start.ts after migrating and building): Next
 * in-process (a custom server, next({ dev: false })) behind node:http, so that every request
 * reaches the app stamped with its socket's peer address (lib/http/client-address.ts). `next
 * start` cannot do that: it passes a client's own X-Forwarded-For through untouched and the socket
 * address never reaches a route handler or a server action.
 *   PORT (default 3000), LISTEN_HOST (default all interfaces, as `next start`), KEEP_ALIVE_TIMEOUT_MS (see next-start-args.ts)
 */
import http from "node:http";
import next from "next";
import { stampRequest } from "../lib/http/client-address";
import { ROOT } from "./db";
import { keepAliveTimeoutMs } from "./next-start-args";

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  // Not HOSTNAME: shells and containers export it with the machine's name.
  const listenHost = process.env.LISTEN_HOST || undefined;
  // Next's own idea of its host stays "localhost", as with `next start` (the locale proxy builds URLs from it).
  const app = next({ dev: false, dir: ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    stampRequest(req);
    handle(req, res).catch((error: unknown) => {
      console.error(`Failed to handle ${req.url}`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.keepAliveTimeout = keepAliveTimeoutMs();
  server.listen(port, listenHost, () => console.log(`Ready on http://${listenHost ?? "localhost"}:${port}`));
  // Finish the requests in flight (idle kept-alive connections close at once), but never hang on one.
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
