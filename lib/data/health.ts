import "server-only";
import { db } from "@/lib/db";
import { AppError, UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/errors";
import { markDatabaseUnavailable } from "@/lib/health";

/**
 * /readyz: one query through the app's own client and pool, so "ready" means a request would get a
 * connection now. Any failure is "unavailable" (503): a load balancer only needs to know not to send traffic.
 */
export async function checkDatabase(): Promise<void> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    markDatabaseUnavailable();
    throw new AppError("unavailable", "The database is not available.", { cause: error, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
  }
}
