/**
 * Which in-memory index of the server holds the memory (issue 14 item 2): each index built alone
 * in a child process (scripts/bench/index-memory-child.ts) on a catalogue file, through the same
 * lib/data function a request calls: its build time, the memory it still holds after a full GC,
 * and how far the build raised the process's peak RSS (the build's garbage included).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "../db";

export const SERVER_INDEXES = ["related", "skills", "search"] as const;

export type IndexMemory = {
  index: string;
  buildMs: number;
  rssBeforeMb: number;
  peakRssMb: number;
  rssAfterGcMb: number;
  heapHeldMb: number;
};

export function measureIndexMemory(file: string, index: (typeof SERVER_INDEXES)[number] | "none"): IndexMemory {
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", "--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts/bench/index-memory-child.ts"), index],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: "production" }, encoding: "utf8", timeout: 600_000 },
  );
  if (result.status !== 0) throw new Error(`index memory bench (${index}) failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as IndexMemory;
}
