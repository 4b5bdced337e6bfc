import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet, searchParamsObject } from "@/lib/api";
import { getOccupationExport, occupationCsvRows } from "@/lib/data/export";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { OCCUPATION_CSV_COLUMNS, occupationExportQuerySchema } from "@/lib/validation/export";
import { occupationCodeSchema } from "@/lib/validation/occupation";

export const dynamic = "force-dynamic";

/** One occupation with its profile and positions, as JSON or as a long-format CSV (one row per item). */
export const GET = publicGet(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const query = occupationExportQuerySchema.safeParse(searchParamsObject(request.url));
  if (!query.success) return apiError("invalid", "Invalid query parameters", query.error.issues);
  const parsed = occupationCodeSchema.safeParse(code);
  const data = parsed.success ? await getOccupationExport(parsed.data) : null;
  if (!data) return apiError("not-found", `No occupation with code ${code}`);
  if (query.data.format === "csv")
    return csvResponse(toCsv(OCCUPATION_CSV_COLUMNS, occupationCsvRows(data), query.data.delimiter), `occupation-${data.occupation.code}.csv`);
  return NextResponse.json(data, { headers: { "Content-Disposition": `inline; filename="occupation-${data.occupation.code}.json"` } });
});

export const OPTIONS = corsPreflight;
