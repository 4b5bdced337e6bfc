import { expect } from "vitest";

/**
 * What the Krobia job description (an IT administrator's post) should be suggested, on either
 * database: an IT group first, and through the lexicon (issue 12 item 6) IT administration
 * occupations only (databases, systems, networks, IT technicians), not e-mail (351402) or
 * forensics (252904), which its words also touch.
 */
export function expectKrobiaSuggestions(codes: readonly string[]) {
  expect(codes.length).toBeGreaterThan(0);
  expect(codes.length).toBeLessThanOrEqual(3);
  expect(["2521", "2522", "2523", "2529", "3511", "3512", "3513", "3514"]).toContain(codes[0]?.slice(0, 4));
  const administration = ["2521", "2522", "2523", "3511", "3512", "3513"];
  expect(
    codes.filter((c) => !administration.includes(c.slice(0, 4))),
    codes.join(" "),
  ).toEqual([]);
  expect(codes).not.toContain("351402");
  expect(codes).not.toContain("252904");
}
