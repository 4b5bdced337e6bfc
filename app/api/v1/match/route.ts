import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet } from "@/lib/api";
import { matchSkills, matchSkillsFor } from "@/lib/data/skills";
import { decodeSelectedSkills } from "@/lib/match/selected-skill";
import { matchApiQuerySchema } from "@/lib/validation/match";

export const dynamic = "force-dynamic";

/** My skills → occupations as JSON: the ranked page of /match, or the gaps of the listed occupations. */
export const GET = publicGet(async (request: Request) => {
  const url = new URL(request.url);
  // `s` and `code` repeat: read every value, not the last one.
  const query = matchApiQuerySchema.safeParse({
    s: url.searchParams.getAll("s"),
    code: url.searchParams.getAll("code"),
    page: url.searchParams.get("page") ?? undefined,
  });
  if (!query.success) return apiError("invalid", "Invalid query parameters", query.error.issues);
  const refs = decodeSelectedSkills(query.data.s);
  const result = query.data.code.length > 0 ? await matchSkillsFor(refs, query.data.code) : await matchSkills(refs, query.data.page);
  return NextResponse.json(result);
});

export const OPTIONS = corsPreflight;
