import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet } from "@/lib/api";
import { getRelatedEntries } from "@/lib/data/related";
import { occupationCodeSchema } from "@/lib/validation/occupation";

export const dynamic = "force-dynamic";

/** Related entries with their reasons: same group, shared ESCO skills, similar tasks and knowledge. */
export const GET = publicGet(async (_request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const parsed = occupationCodeSchema.safeParse(code);
  const related = parsed.success ? await getRelatedEntries(parsed.data) : null;
  if (!related) return apiError("not-found", `No occupation with code ${code}`);
  return NextResponse.json(related);
});

export const OPTIONS = corsPreflight;
