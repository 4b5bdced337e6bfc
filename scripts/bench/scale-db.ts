/**
 * The ×10 catalogue the load figures run on: generated once into data/bench/ (git-ignored) by the
 * same command as `npm run db:scale`, and reused while its inputs are unchanged. The inputs are
 * hashed: the reference data and seed documents, the generator, the migrations and the code that
 * loads, imports and indexes them (a change there changes the database).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../db";

const INPUTS = ["seeds/data", "seeds/documents", "prisma/migrations", "lib/seed", "lib/search", "lib/import", "scripts/scale-data.ts"];
const SCALE_FACTOR = 10;
const SEED = 7;

function filesUnder(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs
    .readdirSync(p)
    .sort()
    .flatMap((name) => (/\.test\.tsx?$/.test(name) ? [] : filesUnder(path.join(p, name))));
}

function scaleInputsHash(): string {
  const hash = crypto.createHash("sha256").update(`factor ${SCALE_FACTOR} seed ${SEED}\n`);
  for (const file of INPUTS.flatMap((i) => filesUnder(path.join(ROOT, i)))) {
    hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** The path of the ×10 database, made (~20–30 s) only when missing or out of date. */
export function ensureScaleDb(): { file: string; isReused: boolean; seconds: number } {
  const dir = path.join(ROOT, "data/bench");
  const file = path.join(dir, `scale-x${SCALE_FACTOR}.db`);
  const stamp = `${file}.inputs`;
  const hash = scaleInputsHash();
  if (fs.existsSync(file) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) return { file, isReused: true, seconds: 0 };

  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(stamp, { force: true });
  console.log(`Generating the ×${SCALE_FACTOR} catalogue into ${path.relative(ROOT, file)} (its inputs changed or it is missing)…`);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/scale-data.ts", "--factor", String(SCALE_FACTOR), "--seed", String(SEED), "--replace"],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    },
  );
  if (result.status !== 0) throw new Error("db:scale failed");
  // Written last: an interrupted generation leaves no stamp, so the next run makes it again.
  fs.writeFileSync(stamp, hash);
  return { file, isReused: false, seconds: (performance.now() - started) / 1000 };
}
