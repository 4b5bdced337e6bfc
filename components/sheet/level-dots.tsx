/**
 * A key-competence level as five squares (■■■□□) and its number: readable on a black-and-white
 * printout without colour. Unknown is a word, never an empty bar that would read as 0.
 */
export function LevelDots({ level, max, unknownLabel, ofLabel }: { level: number | null; max: number; unknownLabel: string; ofLabel: string }) {
  if (level === null) return <span className="italic">{unknownLabel}</span>;
  return (
    <span className="whitespace-nowrap">
      <span aria-hidden="true" className="font-mono tracking-tighter">
        {"■".repeat(level)}
        {"□".repeat(max - level)}
      </span>{" "}
      <span>{ofLabel}</span>
    </span>
  );
}
