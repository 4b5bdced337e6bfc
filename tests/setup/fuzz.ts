import fc from "fast-check";

/**
 * Shared pieces of the fuzz tests (lib/import/fuzz.test.ts, tests/integration/search-fuzz.test.ts,
 * tests/integration/api-fuzz.test.ts).
 *
 * FUZZ_RUNS: cases per fuzz target, 10,000 unless set (e.g. FUZZ_RUNS=100000 for a long local
 * run, FUZZ_RUNS=500 while working on a test). fast-check prints the seed and the shrunk
 * counterexample of a failure; FUZZ_SEED replays one.
 */
export const FUZZ_RUNS = positiveInt(process.env.FUZZ_RUNS, 10_000);
const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** fast-check parameters for a target of `share` of FUZZ_RUNS (a target split over several properties). */
export function fuzzParams(share = 1): { numRuns: number; seed?: number } {
  return { numRuns: Math.max(1, Math.ceil(FUZZ_RUNS * share)), ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }) };
}

function positiveInt(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`FUZZ_RUNS must be a positive integer, not ${JSON.stringify(raw)}`);
  return n;
}

/** Words of the catalogue's own languages, codes with leading zeros, and FTS5/SQL/URL syntax. */
const MEANINGFUL = [
  "zażółć gęślą jaźń",
  "ZARZĄDZANIE",
  "pielęgniarka",
  "administrator poczty",
  "басқару",
  "БАСҚАРУ",
  "Қазақстан",
  "ӘҒҚҢӨҰҮҺІ",
  "серверлерде",
  "351402",
  "011001",
  "0",
  "00",
  "3514",
  "p1",
  "p0",
  "p-1",
  "p99999999999",
  '"',
  '""',
  "*",
  "a*",
  "NEAR(a b)",
  "a OR",
  "NOT",
  "AND",
  "^a",
  "name:a",
  "{a b}:c",
  "(",
  ")",
  "'; DROP TABLE Occupation; --",
  "%",
  "%25",
  "%00",
  "\\",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "true",
  "false",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "e\u0301",
  "\u0105\u0328",
];

const NUMBERS = [
  "0",
  "-0",
  "-1",
  "1",
  "1.5",
  "1e3",
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "-Infinity",
  "9007199254740993",
  "99999999999999999999",
  "0x10",
  "0b1",
  " 3 ",
  "3 ",
  "+5",
  "١٢",
  "３",
];

const CONTROL = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\t",
  "\n",
  "\r",
  "\u000b",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u00ad",
  "\u200b",
  "\u200e",
  "\u202e",
  "\u2028",
  "\ufeff",
  "\ufffd",
  "\ud800",
  "\udfff",
  "\udbff\udfff",
];

/** One hostile parameter value. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 3, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
  { weight: 3, arbitrary: fc.constantFrom(...MEANINGFUL) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.integer().map(String) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...CONTROL, ...MEANINGFUL), { maxLength: 12 }).map((parts) => parts.join("")) },
  // Huge: past every length limit (query max 200 characters, URLs of tens of kilobytes).
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("a", "ą", "Қ", "1", " ", "%", '"', "*", "\u0000"), fc.integer({ min: 200, max: 40_000 })).map(([s, n]) => s.repeat(n)),
  },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...MEANINGFUL), { minLength: 20, maxLength: 300 }).map((parts) => parts.join(" ")) },
);
