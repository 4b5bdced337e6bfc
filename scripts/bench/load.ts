/** One autocannon run over a mix of paths, with per-response latencies (autocannon's own summary has no p95). */
import autocannon from "autocannon";
import { summariseLatencies, type LatencySummary } from "./stats";

export type LoadResult = LatencySummary & { connections: number; rps: number; requests: number; errors: number };

/** `uniqueIds`: each `[<id>]` in a path becomes an id of its own per request (no two requests alike, so no cache answers them). */
export async function runLoad(base: string, paths: readonly string[], connections: number, durationSeconds: number, uniqueIds = false): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: durationSeconds,
        idReplacement: uniqueIds,
        // Each connection walks through the mix in order, so every path gets its share.
        requests: paths.map((p) => ({ method: "GET" as const, path: p })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    ...summariseLatencies(latencies),
    connections,
    // Completed responses over the run's duration: autocannon's average is per-second buckets.
    rps: result.requests.total / (result.duration || durationSeconds),
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
