import path from "node:path";
import { z } from "zod";

/**
 * The environment, validated once. Code reads `env.X`, never `process.env.X`.
 * Only SQLite file URLs are accepted for now; PostgreSQL comes with its own adapter (issue 7).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/atlas.db")
    .refine((url) => url.startsWith("file:"), { error: "DATABASE_URL must be a SQLite file: URL (file:./data/atlas.db)" }),
});

export type Env = z.infer<typeof envSchema>;

export const env: Env = envSchema.parse(process.env);

/** Absolute path of the SQLite file named by a `file:` URL (relative paths are from the working directory). */
export function sqlitePathFromUrl(url: string): string {
  const raw = url.replace(/^file:(\/\/)?/, "").split("?")[0] ?? "";
  // turbopackIgnore: the database path is runtime configuration, not a file to bundle.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), decodeURIComponent(raw));
}
