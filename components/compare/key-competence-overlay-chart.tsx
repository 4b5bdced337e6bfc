import { KEY_COMPETENCE_MAX_LEVEL } from "@/lib/validation/profile";
import type { KeyCompetenceRow } from "@/lib/validation/compare";
import { entryColor, entryLetter } from "./entry-letters";

/**
 * The key-competence levels of all compared entries in one server-rendered SVG: per competence
 * a group of bars, one per entry, each labelled with the entry's letter and its value, so the
 * chart reads without colour and in black-and-white print. An unknown level gets no bar at all,
 * only the word, because a zero-length bar would say 0. No client JavaScript.
 */

const WIDTH = 640;
const MARGIN = { top: 6, right: 36, bottom: 26, left: 22 };
const LABEL_HEIGHT = 17;
const BAR_HEIGHT = 11;
const BAR_GAP = 3;
const GROUP_GAP = 10;

type Props = {
  rows: KeyCompetenceRow[];
  /** Indexes of the entries that have key competences (the others are left out of the chart). */
  entries: number[];
  label: string;
  unknownLabel: string;
  describedBy: string;
  contentLang: string;
};

export function KeyCompetenceOverlayChart({ rows, entries, label, unknownLabel, describedBy, contentLang }: Props) {
  const groupHeight = LABEL_HEIGHT + entries.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const plotBottom = MARGIN.top + rows.length * groupHeight;
  const height = plotBottom + MARGIN.bottom;
  const x = (level: number) => MARGIN.left + (level / KEY_COMPETENCE_MAX_LEVEL) * (WIDTH - MARGIN.left - MARGIN.right);
  const ticks = Array.from({ length: KEY_COMPETENCE_MAX_LEVEL + 1 }, (_, i) => i);

  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} aria-describedby={describedBy} className="h-auto w-full max-w-3xl">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={plotBottom} stroke="#cbd5e1" strokeDasharray={tick === 0 ? undefined : "2 3"} />
          <text x={x(tick)} y={plotBottom + 16} textAnchor="middle" fontSize="11" fill="#475569">
            {tick}
          </text>
        </g>
      ))}
      {rows.map((row, r) => {
        const top = MARGIN.top + r * groupHeight;
        return (
          <g key={row.name}>
            <text x={MARGIN.left} y={top + 12} fontSize="12" fill="#0f172a" lang={contentLang}>
              {row.name}
            </text>
            {entries.map((entry, e) => {
              const y = top + LABEL_HEIGHT + e * (BAR_HEIGHT + BAR_GAP);
              const level = row.levels[entry] ?? null;
              return (
                <g key={entry}>
                  <text x={4} y={y + BAR_HEIGHT - 1} fontSize="10" fontWeight="bold" fill={entryColor(entry)}>
                    {entryLetter(entry)}
                  </text>
                  {level === null ? (
                    <text x={x(0) + 4} y={y + BAR_HEIGHT - 1} fontSize="10" fontStyle="italic" fill="#475569">
                      {unknownLabel}
                    </text>
                  ) : (
                    <>
                      <rect x={x(0)} y={y} width={Math.max(x(level) - x(0), 0)} height={BAR_HEIGHT} fill={entryColor(entry)} />
                      <text x={x(level) + 4} y={y + BAR_HEIGHT - 1} fontSize="10" fill="#0f172a">
                        {level}
                      </text>
                    </>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
