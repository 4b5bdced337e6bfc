import { NextResponse } from "next/server";
import { corsPreflight, apiError, publicGet, searchParamsObject } from "@/lib/api";
import { searchEntries } from "@/lib/data/search";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { SEARCH_RESULTS_CSV_COLUMNS, searchExportQuerySchema } from "@/lib/validation/export";

export const dynamic = "force-dynamic";

/** GET /api/v1/search?q=&prefix=&level=&kind=&lang=&vocational=&profile=&page=&pageSize=&format=json|csv */
export const GET = publicGet(async (request: Request) => {
  const parsed = searchExportQuerySchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return apiError("invalid", "Invalid query parameters", parsed.error.issues);
  const { format, delimiter, ...query } = parsed.data;
  const result = await searchEntries(query);
  if (format === "json") return NextResponse.json(result);
  const rows = result.items.map((i) => [
    i.code,
    i.positionId,
    i.name,
    i.level,
    i.kind,
    i.language,
    i.hasProfile,
    i.isVocational,
    Number(i.score.toFixed(3)),
    i.snippet ? i.snippet.parts.map((p) => p.text).join("") : null,
  ]);
  return csvResponse(toCsv(SEARCH_RESULTS_CSV_COLUMNS, rows, delimiter), `wyniki-wyszukiwania-p${query.page}.csv`);
});

export const OPTIONS = corsPreflight;
