/**
 * The session-signing secret for `npm start` when BETTER_AUTH_SECRET is not set: 32 random bytes
 * made once per installation and kept beside the database (mode 0600), so a fresh clone starts
 * with a secret nobody else has, and sessions survive restarts. Never a built-in default.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function ensureAuthSecret(databaseFile: string): string {
  const file = path.join(path.dirname(databaseFile), "auth-secret");
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  console.log(`Created a session secret in ${file} (set BETTER_AUTH_SECRET to use your own).`);
  return secret;
}
