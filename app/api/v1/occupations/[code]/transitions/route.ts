import { NextResponse } from "next/server";
import { corsPreflight, jsonError, publicGet, searchParamsObject } from "@/lib/api";
import { getTransitions } from "@/lib/data/skills";
import { transitionsQuerySchema } from "@/lib/validation/match";
import { occupationCodeSchema } from "@/lib/validation/occupation";

export const dynamic = "force-dynamic";

/** Career transitions: the nearest occupations by shared knowledge, skills and ESCO skills, with what is to learn (`to`: one of them, as an occupation page's disclosure loads it). */
export const GET = publicGet(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const query = transitionsQuerySchema.safeParse(searchParamsObject(request.url));
  if (!query.success) return jsonError(400, "invalid_query", "Invalid query parameters", query.error.issues);
  const parsed = occupationCodeSchema.safeParse(code);
  const transitions = parsed.success ? await getTransitions(parsed.data, query.data.limit, query.data.to) : null;
  if (!transitions) return jsonError(404, "not_found", `No occupation with code ${code}`);
  return NextResponse.json(transitions);
});

export const OPTIONS = corsPreflight;
