import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet, searchParamsObject } from "@/lib/api";
import { suggest } from "@/lib/data/search";
import { suggestQuerySchema } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/** GET /api/v1/suggest?q=&limit=: names and titles as the user types (the home page search box). */
export const GET = publicGet(
  async (request: Request) => {
    const parsed = suggestQuerySchema.safeParse(searchParamsObject(request.url));
    if (!parsed.success) return apiError("invalid", "Invalid query parameters", parsed.error.issues);
    const body = await suggest(parsed.data.q, parsed.data.limit);
    // Suggestions change only with an import; a short private cache spares repeated keystrokes.
    return NextResponse.json(body, { headers: { "Cache-Control": "private, max-age=60" } });
  },
  { isRateLimited: false },
);

export const OPTIONS = corsPreflight;
