import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet, searchParamsObject } from "@/lib/api";
import { listOccupations } from "@/lib/data/occupations";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { OCCUPATION_LIST_CSV_COLUMNS, occupationListExportQuerySchema } from "@/lib/validation/export";

export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request) => {
  const parsed = occupationListExportQuerySchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return apiError("invalid", "Invalid query parameters", parsed.error.issues);
  const { format, delimiter, ...query } = parsed.data;
  const result = await listOccupations(query);
  if (format === "json") return NextResponse.json(result);
  const rows = result.items.map((o) => [o.code, o.level, o.name, o.parentCode]);
  const name = `kzis-${query.prefix || "all"}-${query.level ?? "all"}-p${query.page}.csv`;
  return csvResponse(toCsv(OCCUPATION_LIST_CSV_COLUMNS, rows, delimiter), name);
});

export const OPTIONS = corsPreflight;
