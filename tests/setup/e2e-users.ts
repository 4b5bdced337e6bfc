/**
 * The e2e editor and admin, made through the real `npm run user:create` code path against the e2e
 * database, with random passwords of this run. No test-only backdoor exists in the server: the
 * accounts are ordinary ones, and the passwords reach the test workers through the environment
 * (Playwright workers inherit what global setup puts in process.env).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";

export const E2E_DB = path.resolve("tests/.tmp/e2e.db");

export function createE2eUsers(): void {
  const run = crypto.randomBytes(4).toString("hex");
  for (const role of ["editor", "admin"] as const) {
    const email = `e2e.${role}.${run}@example.org`;
    const password = `e2e ${crypto.randomBytes(12).toString("base64url")} hasło`;
    const result = spawnSync("npx", ["tsx", "scripts/user-create.ts", "--email", email, "--role", role, "--name", `E2E ${role}`], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${E2E_DB}`, ATLAS_USER_PASSWORD: password },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`user:create for the e2e ${role} failed: ${result.stderr}`);
    process.env[`E2E_${role.toUpperCase()}_EMAIL`] = email;
    process.env[`E2E_${role.toUpperCase()}_PASSWORD`] = password;
  }
}
