import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet } from "@/lib/api";
import { getComparison } from "@/lib/data/compare";
import { compareQuerySchema } from "@/lib/validation/compare";

export const dynamic = "force-dynamic";

/** The comparison the compare page shows, as data (same query schema as the page). */
export const GET = publicGet(async (request: Request) => {
  const url = new URL(request.url);
  const parsed = compareQuerySchema.safeParse({ codes: url.searchParams.getAll("codes") });
  if (!parsed.success) return apiError("invalid", "Invalid query parameters", parsed.error.issues);
  const result = await getComparison(parsed.data.codes);
  if (!result.ok) return apiError("not-found", `Not found: ${result.missing.join(", ")}`);
  return NextResponse.json(result.comparison);
});

export const OPTIONS = corsPreflight;
