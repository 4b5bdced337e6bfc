import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet, searchParamsObject } from "@/lib/api";
import { findSkillOptions } from "@/lib/data/skills";
import { skillOptionsQuerySchema } from "@/lib/validation/match";

export const dynamic = "force-dynamic";

/** GET /api/v1/skills/options?q=: knowledge and skills to pick from as the person types (the /match typeahead). */
export const GET = publicGet(
  async (request: Request) => {
    const parsed = skillOptionsQuerySchema.safeParse(searchParamsObject(request.url));
    if (!parsed.success) return apiError("invalid", "Invalid query parameters", parsed.error.issues);
    const body = await findSkillOptions(parsed.data.q, parsed.data.limit);
    // Options change only with an import; a short private cache spares repeated keystrokes.
    return NextResponse.json(body, { headers: { "Cache-Control": "private, max-age=60" } });
  },
  { isRateLimited: false },
);

export const OPTIONS = corsPreflight;
