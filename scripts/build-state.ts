/** Whether `next build` is out of date: shared by npm start and npm run bench. */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./db";

const SOURCE_DIRS = ["app", "components", "lib", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

/** A build is needed when there is none, or when any source file is newer than it. */
export function needsBuild(): boolean {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (process.env.SKIP_BUILD === "1") return false;
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCE_DIRS.some((entry) => newestMtime(path.join(ROOT, entry)) > builtAt);
}

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (p.endsWith(path.join("lib", "generated"))) return 0;
  // Unit tests sit beside the code; they are not part of the build.
  return fs.readdirSync(p).reduce((max, name) => (/\.test\.tsx?$/.test(name) ? max : Math.max(max, newestMtime(path.join(p, name)))), stat.mtimeMs);
}
