import { NextResponse } from "next/server";
import { handleApi } from "@/lib/api";
import { checkDatabase } from "@/lib/data/health";

// For load balancers (docs/decisions/0017-errors-and-availability.md): the database answers this
// process (200), or not (503 with Retry-After and the API's JSON error shape): send traffic elsewhere.
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return handleApi(async () => {
    await checkDatabase();
    return NextResponse.json({ status: "ready" }, { headers: { "Cache-Control": "no-store" } });
  });
}
