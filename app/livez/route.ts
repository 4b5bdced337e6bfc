import { NextResponse } from "next/server";

// For load balancers (docs/decisions/0017-errors-and-availability.md): the process answers. It asks
// nothing of the database, so an outage there never makes a balancer restart healthy processes.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return NextResponse.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
