import { NextResponse } from "next/server";
import { corsPreflight, jsonError, publicGet, searchParamsObject } from "@/lib/api";
import { searchEntries } from "@/lib/data/search";
import { searchQuerySchema } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/** GET /api/v1/search?q=&prefix=&level=&kind=&lang=&vocational=&profile=&page=&pageSize= */
export const GET = publicGet(async (request: Request) => {
  const parsed = searchQuerySchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return jsonError(400, "invalid_query", "Invalid query parameters", parsed.error.issues);
  return NextResponse.json(await searchEntries(parsed.data));
});

export const OPTIONS = corsPreflight;
