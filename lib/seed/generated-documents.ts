/**
 * Many distinct source documents derived from the seed documents, for the import benchmark and the
 * reliability tests (crash, backup under load, import under edits): profiles moved under distinct
 * real KZiS codes, positions given distinct titles. Pure: the callers read the seeds and write files.
 */
export type CodeAndName = { code: string; name: string };

export function generateDocuments(seeds: readonly string[], occupations: readonly CodeAndName[], count: number): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const source = seeds[i % seeds.length] ?? "";
    // A prime stride: distinct codes for the first few thousand documents.
    const occupation = occupations[(i * 7919) % occupations.length]!;
    const text = source.includes("Kod: ")
      ? source
          .replace(/Kod: \d{6}/, `Kod: ${occupation.code}`)
          .replace(/^(Administrator systemów poczty elektronicznej|Specjalista do spraw mediów interaktywnych)$/m, occupation.name)
      : source
          .replace("Stanowisko ds. obsługi klienta", `Stanowisko ds. ${occupation.name.toLowerCase()} (${i})`)
          .replace(/\n/, ` (wariant ${i}: ${occupation.name})\n`);
    out.push({ name: `${String(i).padStart(5, "0")}.txt`, text });
  }
  return out;
}
