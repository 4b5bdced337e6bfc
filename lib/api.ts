import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";

/** JSON error body shared by every API route: { error: { code, message, issues? } }. */
export function jsonError(status: number, code: string, message: string, issues?: z.core.$ZodIssue[]) {
  return NextResponse.json({ error: { code, message, ...(issues ? { issues } : {}) } }, { status });
}

/** Runs a route handler; an unexpected error is logged and answered with a generic 500, never a stack. */
export async function handleApi(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    console.error("API error", error);
    return jsonError(500, "internal", "Internal server error");
  }
}

export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
