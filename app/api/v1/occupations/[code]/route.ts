import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet } from "@/lib/api";
import { getOccupationByCode } from "@/lib/data/occupations";
import { occupationCodeSchema } from "@/lib/validation/occupation";

export const dynamic = "force-dynamic";

export const GET = publicGet(async (_request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const parsed = occupationCodeSchema.safeParse(code);
  if (!parsed.success) return apiError("not-found", `No occupation with code ${code}`);
  const entry = await getOccupationByCode(parsed.data);
  if (!entry) return apiError("not-found", `No occupation with code ${code}`);
  return NextResponse.json(entry);
});

export const OPTIONS = corsPreflight;
