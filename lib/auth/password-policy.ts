import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";

/**
 * The password rules for editor and admin accounts (pure, shared by the CLI, the admin form and the
 * tests). Length matters most (NIST SP 800-63B): at least 12 characters, no upper limit below 128,
 * no composition rules; refuse what a guesser finds early (zxcvbn-ts: common and breached-style
 * passwords, keyboard walks, repeats, dates, l33t) and passwords built from the account's own name
 * or e-mail. The one policy of every way a password is set: user:create, the admin users page
 * (both through createUser) and better-auth's change-password (a hook in lib/auth/better-auth.ts).
 */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = "too-short" | "too-long" | "common" | "repetitive" | "contains-identity";

// Words of this site an attacker tries first, beside the account's own name and e-mail.
const SITE_WORDS = ["atlas", "zawodów", "zawodow", "atlaszawodow", "hasło", "haslo", "redaktor", "edytor", "admin", "administrator", "polska"];

let estimator: ZxcvbnFactory | null = null;

/** zxcvbn-ts with its common-password and diceware lists and keyboard graphs (built once, ~100 ms). */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...zxcvbnCommon.dictionary }, graphs: zxcvbnCommon.adjacencyGraphs });
  return estimator;
}

/**
 * At least 10^10 guesses by zxcvbn's estimate (its score 4): out of reach of online guessing
 * behind the sign-in throttle and costly offline against scrypt.
 */
const MIN_ZXCVBN_SCORE = 4;

function identityWords(identity: { email?: string; name?: string }): string[] {
  const local = identity.email?.split("@")[0] ?? "";
  return [local, ...local.split(/[.\-_+]/), ...(identity.name?.split(/\s+/) ?? [])].map((p) => p.toLowerCase().trim()).filter((p) => p.length >= 3);
}

/** Every problem of a password; an empty list means it is acceptable. */
export function checkPassword(password: string, identity: { email?: string; name?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push("too-short");
  if (length > MAX_PASSWORD_LENGTH) problems.push("too-long");
  const lower = password.toLowerCase();
  const own = identityWords(identity);
  if (length <= MAX_PASSWORD_LENGTH) {
    const result = zxcvbn().check(password, [...SITE_WORDS, ...own]);
    if (result.score < MIN_ZXCVBN_SCORE) {
      problems.push("common");
      if (result.sequence.some((match) => match.pattern === "repeat")) problems.push("repetitive");
    }
  }
  if (own.filter((p) => p.length >= 4).some((p) => lower.includes(p))) problems.push("contains-identity");
  return [...new Set(problems)];
}

/** The one sentence for a refused password, in the CLI and in the API's answer (change-password). */
export function passwordPolicyMessage(problems: readonly PasswordProblem[]): string {
  return `Weak password refused. It must be: ${problems.map((p) => PASSWORD_PROBLEM_TEXT[p]).join("; ")}.`;
}

/** English sentences for the CLI (the web form translates the codes itself). */
const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  "too-short": `at least ${MIN_PASSWORD_LENGTH} characters`,
  "too-long": `at most ${MAX_PASSWORD_LENGTH} characters`,
  common: "not a common or easily guessed password (a few unrelated words are good)",
  repetitive: "not a repetition of a few characters",
  "contains-identity": "not containing the account's name or e-mail",
};
