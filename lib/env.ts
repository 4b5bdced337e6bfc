import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

/** Signs session cookies outside production only; production refuses to sign anyone in with it. */
export const DEVELOPMENT_AUTH_SECRET = "atlas-development-only-secret-never-valid-in-production";

/**
 * The environment: the one schema of every setting the app reads, validated once. Code reads
 * `env.X`, never `process.env.X` (scripts and tests set variables for the processes they start).
 * DATABASE_URL picks the database: a SQLite `file:` URL (the default) or a PostgreSQL
 * `postgresql://` / `postgres://` URL (docs/decisions/0010-postgresql.md).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/atlas.db")
    .refine((url) => url.startsWith("file:") || isPostgresUrl(url), {
      error: "DATABASE_URL must be a SQLite file: URL (file:./data/atlas.db) or a PostgreSQL URL (postgresql://user:password@127.0.0.1:5433/atlas)",
    })
    .refine((url) => !isPostgresUrl(url) || isParsablePostgresUrl(url), {
      error: "DATABASE_URL is not a valid postgresql:// URL (host, and a database name after the /)",
    }),
  /** Signs and encrypts session cookies (better-auth). At least 32 characters: `openssl rand -base64 32`. */
  BETTER_AUTH_SECRET: z.string().min(32, { error: "BETTER_AUTH_SECRET must have at least 32 characters (openssl rand -base64 32)" }).optional(),
  /** The public origin of the app (https://atlas.example.org); cookies get the Secure flag when it is https. */
  BETTER_AUTH_URL: z.url({ protocol: /^https?$/, error: "BETTER_AUTH_URL must be an http(s) URL such as https://atlas.example.org" }).optional(),
  /**
   * Sign-in attempts per client address per minute (default 5). Raise it only where many people
   * share one address (the e2e suite signs in from 127.0.0.1 many times a minute); the per-account
   * lockout after repeated failures holds whatever this is.
   */
  AUTH_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(5),
  /**
   * Proxies whose X-Forwarded-For entries are believed (lib/http/client-address.ts): addresses,
   * CIDR ranges or loopback/linklocal/uniquelocal, comma-separated. Default none: the socket's peer
   * address is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((list) => isTrustList(list), {
      error: "TRUSTED_PROXIES must list IP addresses or CIDR ranges (10.0.0.0/8, 192.0.2.7) or loopback, linklocal, uniquelocal",
    }),
  /** Set by `next build`; the secret is not needed to compile. */
  NEXT_PHASE: z.string().optional(),
  /** Public API requests per minute per client (token bucket, also the burst size); 0 turns the limit off. */
  API_RATE_LIMIT: z.coerce.number().int().min(0).default(120),
  /** Parse workers of the importer (lib/import/parse-pool.ts; default: one per core beyond the first, at most 2). */
  IMPORT_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  /** Wall time of one document in ms (default 3000): a document over it is refused naming the limit. */
  IMPORT_TIME_LIMIT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  /** Heap of each parse worker in MB (default 512): a document that needs more is refused naming the limit. */
  IMPORT_MEMORY_LIMIT_MB: z.coerce.number().int().min(32).max(16_384).optional(),
});

function isTrustList(list: string): boolean {
  return list
    .split(/[\s,]+/)
    .filter((s) => s !== "")
    .every((entry) => ["loopback", "linklocal", "uniquelocal"].includes(entry) || isAddressOrRange(entry));
}

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split("/");
  if (rest.length > 0 || !address || isIP(address) === 0) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

export type Env = z.infer<typeof envSchema>;

// Validated when the module loads, so a misconfigured process fails as it starts, naming the setting.
envSchema.parse(process.env);

let parsed: Env | undefined;

/**
 * The values are taken on the first read of any setting, not when this module loads: a test or
 * script points DATABASE_URL at its own database before anything reads it, even when it has already
 * imported a module that imports this one. From then on they are fixed.
 */
export const env: Env = Object.defineProperties(
  {} as Env,
  Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, { enumerable: true, get: () => (parsed ??= envSchema.parse(process.env))[key as keyof Env] }]),
  ),
);

/**
 * The secret that signs session cookies: the configured one, or the development one outside
 * production. Checked when auth is first used, not at parse time, so command-line scripts and the
 * public pages run without it; sign-in in production refuses to work without a secret of its own.
 */
export function authSecret(): string {
  const production = env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build";
  if (production && env.BETTER_AUTH_SECRET === DEVELOPMENT_AUTH_SECRET)
    throw new Error("BETTER_AUTH_SECRET: the development secret must not be used in production");
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (production) throw new Error("BETTER_AUTH_SECRET is required in production (npm start creates one beside the database; or set it yourself)");
  return DEVELOPMENT_AUTH_SECRET;
}

export type DatabaseDialect = "sqlite" | "postgresql";

/** `postgresql://` or `postgres://` (the two schemes libpq accepts). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

function isParsablePostgresUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.hostname !== "" && u.pathname.length > 1;
  } catch {
    return false;
  }
}

export function dialectOf(url: string): DatabaseDialect {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/** Absolute path of the SQLite file named by a `file:` URL (relative paths are from the working directory). */
export function sqlitePathFromUrl(url: string): string {
  const raw = url.replace(/^file:(\/\/)?/, "").split("?")[0] ?? "";
  // turbopackIgnore: the database path is runtime configuration, not a file to bundle.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), decodeURIComponent(raw));
}
