/**
 * Pure helpers of `npm run bench`: percentiles, figures judged against a limit or target, and the
 * printed table. Unit-tested in tests/unit/bench-stats.test.ts; no I/O here.
 */

/** Nearest-rank percentile of an ascending array (p in 0–100); NaN for no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; max: number };

export function summariseLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

/**
 * How a figure is judged:
 *   at-least  value ≥ target            (throughput, a score: ratio = value / target)
 *   at-most   value ≤ target            (latency, time, size: ratio = value / target)
 * The target is either a fixed number or derived from a limit measured in the same run
 * (e.g. 50 % of the bare server's throughput), so ratio ≤ 1 (at-most) or ≥ 1 (at-least) passes.
 */
export type Direction = "at-least" | "at-most";

export type Figure = {
  /** Group of the table ("search", "suggest", "pages", …). */
  section: string;
  name: string;
  value: number;
  unit: string;
  direction?: Direction;
  /** The bar this figure is judged against, in the same unit. */
  target?: number;
  /** How the target was set: "≥ 50 % of limit 3200 req/s", "≤ 50 ms". */
  targetText?: string;
  /** value / target, when there is a target. */
  ratio?: number;
  isMet?: boolean;
  note?: string;
};

/** A figure with its ratio and verdict filled in; a missing or non-finite value never passes. */
export function judge(figure: Omit<Figure, "ratio" | "isMet">): Figure {
  const { value, target, direction } = figure;
  if (target === undefined || direction === undefined) return { ...figure };
  const ratio = target === 0 ? Number.NaN : value / target;
  const isMet = Number.isFinite(value) && (direction === "at-least" ? value >= target : value <= target);
  return { ...figure, ratio, isMet };
}

/** A fraction of a limit measured in the same run: "throughput ≥ 50 % of the bare server's". */
export function againstLimit(
  base: Omit<Figure, "target" | "targetText" | "direction" | "ratio" | "isMet">,
  limit: number,
  factor: number,
  direction: Direction,
  limitText: string,
): Figure {
  const sign = direction === "at-least" ? "≥" : "≤";
  const share = direction === "at-least" ? `${Math.round(factor * 100)} % of` : `${factor}×`;
  return judge({ ...base, direction, target: limit * factor, targetText: `${sign} ${share} ${limitText} ${formatNumber(limit)} ${base.unit}` });
}

/** Fixed precision that still shows small values: 3 significant digits below 10, whole numbers above 100. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function verdict(f: Figure): string {
  if (f.isMet === undefined) return "";
  return f.isMet ? "ok" : "MISSED";
}

/** The figures as a fixed-width text table, one line per figure, sections kept together. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ["section", "figure", "value", "unit", "target", "ratio", "verdict"];
  const lines = figures.map((f) => [
    f.section,
    f.name,
    formatNumber(f.value),
    f.unit,
    f.targetText ?? "",
    f.ratio === undefined ? "" : formatNumber(f.ratio),
    verdict(f) + (f.note ? ` (${f.note})` : ""),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const isNumeric = (i: number) => i === 2 || i === 5;
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (isNumeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [format(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(format)].join("\n");
}

/** Rounds the numbers of a report for JSON: ratios to 3 decimals, values to 2. */
export function toJsonFigure(f: Figure): Figure {
  const round = (n: number | undefined, digits: number) => (n === undefined || !Number.isFinite(n) ? n : Number(n.toFixed(digits)));
  return { ...f, value: round(f.value, 2)!, target: round(f.target, 2), ratio: round(f.ratio, 3) };
}
