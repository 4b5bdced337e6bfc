/**
 * The server's own memory split (issue 14, item 2), for `npm run bench -- --only memory`: when
 * ATLAS_MEMORY_LOG names a file, scripts/serve.ts appends one JSON line to it every
 * MEMORY_LOG_EVERY_MS with process.memoryUsage() and V8's heap spaces, in MB. RSS seen from outside
 * says how much; this says whose: V8's heap (its spaces), the bytes outside it that V8 knows of
 * (external, of which array buffers), and the rest of the RSS (native: code, malloc arenas, the
 * database driver). A file the bench reads, not an endpoint, as scripts/loop-delay-log.ts.
 * Without the variable nothing runs.
 */
import fs from "node:fs";
import v8 from "node:v8";
import { parseJsonLines, startJsonLinesLog } from "./json-lines-log";

const MEMORY_LOG_EVERY_MS = 500;

export type MemoryLine = {
  at: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** RSS minus V8's heap and the external bytes: what neither V8 nor Node's buffers account for. */
  native: number;
  /** Committed size per V8 heap space (new_space, old_space, large_object_space, code_space, …). */
  spaces: Record<string, number>;
  /** The RSS by kind (Linux, /proc/self/status): anonymous memory, mapped files (code, a memory-mapped database), shared. */
  rssAnon?: number;
  rssFile?: number;
  rssShmem?: number;
};

/** RssAnon, RssFile and RssShmem of /proc/self/status in MB; nothing off Linux. */
function rssKinds(): Pick<MemoryLine, "rssAnon" | "rssFile" | "rssShmem"> {
  let status: string;
  try {
    status = fs.readFileSync("/proc/self/status", "utf8");
  } catch {
    return {};
  }
  const kb = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
    return m ? mb(Number(m[1]) * 1024) : undefined;
  };
  return { rssAnon: kb("RssAnon"), rssFile: kb("RssFile"), rssShmem: kb("RssShmem") };
}

const mb = (bytes: number) => Math.round(bytes / 1e4) / 100;

function memoryLine(): MemoryLine {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_size)]));
  return {
    at: Date.now(),
    rss: mb(m.rss),
    heapTotal: mb(m.heapTotal),
    heapUsed: mb(m.heapUsed),
    external: mb(m.external),
    arrayBuffers: mb(m.arrayBuffers),
    native: mb(Math.max(0, m.rss - m.heapTotal - m.external)),
    spaces,
    ...rssKinds(),
  };
}

/** Starts logging when `file` is set (a first line at once); returns the stop function (writes a last line). */
export function startMemoryLog(file: string | undefined): () => void {
  return startJsonLinesLog(file, { everyMs: MEMORY_LOG_EVERY_MS, line: memoryLine, atOnce: true });
}

/** The lines of a log written by startMemoryLog (a torn last line, cut by the process's end, is skipped). */
export function readMemoryLog(file: string): MemoryLine[] {
  return fs.existsSync(file) ? parseJsonLines<MemoryLine>(fs.readFileSync(file, "utf8")) : [];
}
