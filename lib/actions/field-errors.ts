import type { z } from "zod";

/** Field errors keyed by the dotted path of the field ("tasks.2.knowledge.0"); "" is the form itself. */
export type FieldErrors = Record<string, string[]>;

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** The id of a form control for a field path, so an error can point at it (aria-describedby). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^\w-]/g, "-") || "form"}`;
}

/**
 * Every zod issue as a readable, translated message under its field path. Custom issues carry a
 * message key (admin.issues.<key>); built-in ones are translated by their code.
 */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[], t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    (out[path] ??= []).push(messageOf(issue, t));
  }
  return out;
}

function messageOf(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.code === "custom" && t.has(issue.message)) return t(issue.message);
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1 ? t("required") : t("tooSmall", { minimum: Number(issue.minimum) });
    case "too_big":
      return t("tooBig", { maximum: Number(issue.maximum) });
    case "invalid_format":
      return t.has(`format.${issue.format}`) ? t(`format.${issue.format}`) : t("format.generic");
    case "invalid_type":
      return t("required");
    case "invalid_value":
      return t("choice");
    default:
      return issue.message;
  }
}
