import { scaleLinear } from "d3-scale";
import { KEY_COMPETENCE_MAX_LEVEL, type KeyCompetence } from "@/lib/validation/profile";

/**
 * Horizontal bar chart of the key-competence profile, rendered on the server as plain SVG: no
 * client JavaScript (docs/decisions/0005-charts.md). Bars rather than the source's radar because an
 * unknown level must not be drawn at all, and a radar polygon cannot skip an axis without lying.
 * The SVG is an image with a name and a one-line description of every value (its <desc>); the
 * table beside it carries the same data for everyone.
 */

// Sized for a phone: at 360 px the SVG is drawn near 1:1, so 13 px text stays 13 px; on wide
// screens max-width keeps it from growing past ~1.3×.
const WIDTH = 340;
const MARGIN = { top: 6, right: 22, bottom: 26, left: 4 };
/** Each row: the competence name (one or two lines), then the bar under it. */
const LINE_HEIGHT = 16;
const BAR_GAP = 4;
const BAR_HEIGHT = 16;
const ROW_GAP = 10;
/** About what fits in WIDTH at 13 px; longer names wrap at a word boundary. */
const MAX_LABEL_CHARS = 44;

const COLORS = {
  text: "#0f172a",
  muted: "#475569",
  grid: "#cbd5e1",
  track: "#f1f5f9",
  bar: "#1d4ed8",
};

type Props = {
  items: KeyCompetence[];
  label: string;
  unknownLabel: string;
  /** Id of the SVG's <desc>, which lists every name with its level. */
  descriptionId: string;
  /** Language of the competence names (the source's). */
  contentLang: string;
};

/** Greedy word wrap into lines of at most `max` characters (a single longer word keeps its own line). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type Row = { item: KeyCompetence; lines: string[]; top: number; barTop: number };

/** Rows have different heights (one- or two-line names), so each starts where the previous ended. */
function layoutRows(items: KeyCompetence[]): { rows: Row[]; axisY: number } {
  const rows: Row[] = [];
  let cursor = MARGIN.top;
  for (const item of items) {
    const lines = wrapLabel(item.name, MAX_LABEL_CHARS);
    const barTop = cursor + lines.length * LINE_HEIGHT + BAR_GAP;
    rows.push({ item, lines, top: cursor, barTop });
    cursor = barTop + BAR_HEIGHT + ROW_GAP;
  }
  return { rows, axisY: cursor - ROW_GAP + 4 };
}

export function KeyCompetenceChart({ items, label, unknownLabel, descriptionId, contentLang }: Props) {
  const x = scaleLinear()
    .domain([0, KEY_COMPETENCE_MAX_LEVEL])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const ticks = x.ticks(KEY_COMPETENCE_MAX_LEVEL);
  const { rows, axisY } = layoutRows(items);
  const height = axisY + MARGIN.bottom;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      aria-describedby={descriptionId}
      className="h-auto w-full max-w-sm"
      fontFamily="inherit"
    >
      <desc id={descriptionId} lang={contentLang}>
        {items.map((item) => `${item.name}: ${item.level ?? unknownLabel}`).join("; ")}
      </desc>
      {/* Grid at every level 0–5, only across the bars, so it never runs through a name. */}
      <g aria-hidden="true">
        {rows.map(({ item, barTop }) => (
          <rect key={item.name} x={x(0)} y={barTop} width={x(KEY_COMPETENCE_MAX_LEVEL) - x(0)} height={BAR_HEIGHT} fill={COLORS.track} />
        ))}
        {/* An unknown row gets no scale either: there is nothing to read against it. */}
        {rows.flatMap(({ item, barTop }) =>
          (item.level === null ? [] : ticks).map((t) => (
            <line key={`${item.name}-${t}`} x1={x(t)} x2={x(t)} y1={barTop - 2} y2={barTop + BAR_HEIGHT + 2} stroke={COLORS.grid} strokeWidth={1} />
          )),
        )}
        <line x1={x(0)} x2={x(KEY_COMPETENCE_MAX_LEVEL)} y1={axisY} y2={axisY} stroke={COLORS.grid} strokeWidth={1} />
        {ticks.map((t) => (
          <text key={t} x={x(t)} y={axisY + 16} textAnchor="middle" fontSize={12} fill={COLORS.muted}>
            {t}
          </text>
        ))}
      </g>
      {rows.map(({ item, lines, top, barTop }) => (
        <g key={item.name}>
          <text x={MARGIN.left} y={top + 12} fontSize={13} fill={COLORS.text} lang={contentLang}>
            {lines.map((line, i) => (
              <tspan key={i} x={MARGIN.left} dy={i === 0 ? 0 : LINE_HEIGHT}>
                {/* A trailing space keeps the words apart when the text is copied or read from a PDF. */}
                {i < lines.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
          {item.level === null ? (
            // Unknown is written, never drawn: no bar, not even a zero-length one.
            <text x={x(0) + 6} y={barTop + 12.5} fontSize={12} fontStyle="italic" fill={COLORS.muted}>
              {unknownLabel}
            </text>
          ) : (
            <>
              <rect x={x(0)} y={barTop} width={Math.max(x(item.level) - x(0), 0)} height={BAR_HEIGHT} fill={COLORS.bar} />
              <text x={x(item.level) + 5} y={barTop + 12.5} fontSize={12} fontWeight={600} fill={COLORS.text}>
                {item.level}
              </text>
            </>
          )}
        </g>
      ))}
    </svg>
  );
}
