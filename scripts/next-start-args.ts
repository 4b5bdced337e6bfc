/**
 * The arguments of `next start` for npm start (scripts/start.ts).
 *
 * Keep-alive: Node closes an idle kept-alive connection 5 s after the last byte of an answer was
 * handed to the kernel, not after the client read it. A client still reading a large answer (the
 * 7 MB catalogue export) on a busy machine then sends its next request into a connection the
 * server has just closed and gets ECONNRESET (the soak test saw 25 in 10 minutes at 50
 * connections). A load balancer in front hits the same race and answers 502. So idle connections
 * stay open 65 s by default, longer than the usual balancer idle timeout (60 s), which leaves the
 * closing to the balancer. KEEP_ALIVE_TIMEOUT_MS sets another value.
 */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;

export function keepAliveTimeoutMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.KEEP_ALIVE_TIMEOUT_MS;
  const keepAlive = raw === undefined || raw === "" ? DEFAULT_KEEP_ALIVE_TIMEOUT_MS : Number(raw);
  if (!Number.isInteger(keepAlive) || keepAlive < 1000)
    throw new Error(`KEEP_ALIVE_TIMEOUT_MS must be a whole number of milliseconds ≥ 1000, not ${JSON.stringify(raw)}`);
  return keepAlive;
}

/** The same settings as `next start` arguments (for tools that run plain `next start`, e.g. the benchmarks). */
export function nextStartArgs(port: string, env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return ["start", "-p", port, "--keepAliveTimeout", String(keepAliveTimeoutMs(env))];
}
