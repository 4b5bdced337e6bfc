import { NextResponse } from "next/server";
import { handleApi, jsonError, searchParamsObject } from "@/lib/api";
import { listOccupations } from "@/lib/data/occupations";
import { occupationListQuerySchema } from "@/lib/validation/occupation";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApi(async () => {
    const parsed = occupationListQuerySchema.safeParse(searchParamsObject(request.url));
    if (!parsed.success) return jsonError(400, "invalid_query", "Invalid query parameters", parsed.error.issues);
    return NextResponse.json(await listOccupations(parsed.data));
  });
}
