/**
 * The password rules for editor and admin accounts (pure, shared by the CLI, the admin form and the
 * tests). Length matters most (NIST SP 800-63B): at least 12 characters, no upper limit below 128,
 * no composition rules; refuse the passwords every attacker tries first and ones built from the
 * account's own name or e-mail.
 */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = "too-short" | "too-long" | "common" | "repetitive" | "contains-identity";

// The most used passwords and their obvious Polish/English variants; checked after lower-casing and
// stripping digits and symbols at the ends ("Password123!" → "password").
const COMMON = new Set([
  "password",
  "passw0rd",
  "haslo",
  "hasło",
  "qwerty",
  "qwertyuiop",
  "asdfghjkl",
  "zaq1xsw2",
  "letmein",
  "welcome",
  "admin",
  "administrator",
  "editor",
  "redaktor",
  "changeme",
  "iloveyou",
  "abc",
  "abcdef",
  "monkey",
  "dragon",
  "football",
  "sunshine",
  "princess",
  "polska",
  "atlas",
  "atlaszawodow",
  "atlas-zawodow",
  "secret",
  "test",
  "default",
]);

function core(password: string): string {
  return password
    .toLowerCase()
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")
    .trim();
}

/** Every problem of a password; an empty list means it is acceptable. */
export function checkPassword(password: string, identity: { email?: string; name?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push("too-short");
  if (length > MAX_PASSWORD_LENGTH) problems.push("too-long");
  const lower = password.toLowerCase();
  if (COMMON.has(core(password)) || /^\d+$/.test(password) || /^(0123456789|1234567890|123456789|987654321)/.test(lower)) problems.push("common");
  if (new Set(lower).size <= 3 || /^(.{1,4})\1+$/.test(lower)) problems.push("repetitive");
  const parts = [identity.email?.split("@")[0], ...(identity.name?.split(/\s+/) ?? [])]
    .map((p) => p?.toLowerCase().trim() ?? "")
    .filter((p) => p.length >= 4);
  if (parts.some((p) => lower.includes(p))) problems.push("contains-identity");
  return problems;
}

/** English sentences for the CLI (the web form translates the codes itself). */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  "too-short": `at least ${MIN_PASSWORD_LENGTH} characters`,
  "too-long": `at most ${MAX_PASSWORD_LENGTH} characters`,
  common: "not a common or easily guessed password",
  repetitive: "not a repetition of a few characters",
  "contains-identity": "not containing the account's name or e-mail",
};
