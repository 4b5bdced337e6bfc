/**
 * The file logs npm start's server writes for the bench and the soak (scripts/loop-delay-log.ts,
 * scripts/memory-log.ts): one JSON line every few milliseconds while a variable names the file, a
 * last line when the server stops, and a reader that skips a torn last line (the process may end
 * mid-write). A file the measuring script reads, not an endpoint.
 */
import fs from "node:fs";

type LogOptions = { everyMs: number; line: () => unknown; atOnce?: boolean; onStop?: () => void };

/**
 * Appends `line()` to `file` every `everyMs` (and at once with `atOnce`); nothing when `file` is
 * unset. The returned stop function writes a last line, then calls `onStop`.
 */
export function startJsonLinesLog(file: string | undefined, { everyMs, line, atOnce = false, onStop }: LogOptions): () => void {
  if (!file) return () => {};
  const write = () => fs.appendFileSync(file, JSON.stringify(line()) + "\n");
  if (atOnce) write();
  const timer = setInterval(write, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    write();
    onStop?.();
  };
}

/** The lines of such a log; an empty or torn line is skipped. Pure: the caller reads the file. */
export function parseJsonLines<T>(text: string): T[] {
  return text.split("\n").flatMap((line) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as T];
    } catch {
      return [];
    }
  });
}
