import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getSession, type Actor } from "@/lib/auth";
import { trustedOrigins } from "@/lib/auth/better-auth";
import { hasRole, type Role } from "@/lib/auth/roles";
import { toAppError, type AppErrorCode } from "@/lib/errors";
import { markDatabaseUnavailable } from "@/lib/health";
import { markActionStarted } from "@/lib/http/action-context";
import { clientAddress } from "@/lib/http/client-address";
import { checkSameOrigin } from "@/lib/http/same-origin";
import type { SectionDiff } from "@/lib/editor/diff";
import type { BaseTokens } from "@/lib/validation/editor";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { issuesToFieldErrors } from "./field-errors";

/**
 * Every mutation of the admin area goes through `adminAction`: it refuses cross-site posts, checks
 * the session and the role on the server, and parses the input with zod before the action body
 * runs, so no action can forget any of them (STYLE §4, §6).
 */

/** What a refused or failed action returns: every field error, and what was typed (never passwords or files). */
export type ActionFailure = {
  status: "error";
  /** An AppError code (lib/errors.ts); the message is its translation, admin.failure.<code>, unless the action says more. */
  code: AppErrorCode;
  message: string;
  fieldErrors: FieldErrors;
  input: Record<string, string>;
  /** With code "conflict": what changed meanwhile, by whom, and the tokens to save over it deliberately. */
  conflict?: ConflictView;
};

export type ConflictView = {
  kind: "published" | "draft";
  changes: SectionDiff[];
  by: string | null;
  at: string;
  tokens: BaseTokens;
};

export type ActionState<Ok> = { status: "idle" } | ActionFailure | ({ status: "ok" } & Ok);

export type ActionContext = { actor: Actor; ip: string | null };

type Options = {
  /** FormData → the object the schema parses (default: one string per field). */
  input?: (formData: FormData) => unknown;
};

/** Field values to echo back after an error: text fields only, passwords never. */
function echoInput(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || /password/i.test(key) || key.startsWith("$ACTION")) continue;
    out[key] = value;
  }
  return out;
}

export async function failure(code: AppErrorCode, formData: FormData | null, fieldErrors: FieldErrors = {}, message?: string): Promise<ActionFailure> {
  const t = await getTranslations("admin.failure");
  return { status: "error", code, message: message ?? t(code), fieldErrors, input: formData ? echoInput(formData) : {} };
}

export function adminAction<S extends z.ZodType, Ok>(
  schema: S,
  role: Role,
  fn: (data: z.output<S>, ctx: ActionContext, formData: FormData) => Promise<ActionState<Ok>>,
  options: Options = {},
): (previous: ActionState<Ok>, formData: FormData) => Promise<ActionState<Ok>> {
  return async (_previous, formData) => {
    markActionStarted();
    // A hand-made request can send any argument list; ours always ends with the form's FormData.
    if (!(formData instanceof FormData)) return failure("bad-request", null);
    const requestHeaders = await headers();
    if (!checkSameOrigin(requestHeaders, trustedOrigins()).ok) return failure("cross-site", formData);
    const actor = await getSession();
    if (!actor) return failure("unauthenticated", formData);
    if (!hasRole(actor.role, role)) return failure("forbidden", formData);
    const raw = options.input ? options.input(formData) : Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith("$ACTION")));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const t = await getTranslations("admin.issues");
      return failure("invalid", formData, issuesToFieldErrors(parsed.error.issues, t));
    }
    const ip = clientAddress(requestHeaders);
    try {
      return await fn(parsed.data, { actor, ip }, formData);
    } catch (error) {
      return failureOf(error, formData);
    }
  };
}

/**
 * An error thrown by an action as its ActionFailure: the one mapping from AppError to a form's
 * answer. The database away is "unavailable" (the form says to retry); an unexpected error is
 * rethrown, so Next shows its error page and logs it (and its redirect/notFound signals pass).
 */
export async function failureOf(error: unknown, formData: FormData | null): Promise<ActionFailure> {
  const appError = toAppError(error);
  if (appError.code === "internal") throw error;
  if (appError.code === "unavailable") markDatabaseUnavailable();
  return failure(appError.code, formData);
}
