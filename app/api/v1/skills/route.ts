import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet, searchParamsObject } from "@/lib/api";
import { findOccupationsBySkill } from "@/lib/data/skills";
import { skillSearchQuerySchema } from "@/lib/validation/skills";

export const dynamic = "force-dynamic";

/** "Who needs this?": occupations that require a knowledge or skill phrase (same query schema as /skills). */
export const GET = publicGet(async (request: Request) => {
  const parsed = skillSearchQuerySchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return apiError("invalid", "Invalid query parameters", parsed.error.issues);
  if (parsed.data.q === "") return apiError("invalid", "q is required: a knowledge or skill phrase");
  return NextResponse.json(await findOccupationsBySkill(parsed.data.q, parsed.data.limit, parsed.data.page));
});

export const OPTIONS = corsPreflight;
