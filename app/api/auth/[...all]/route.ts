import { toNextJsHandler } from "better-auth/next-js";
import { auth, trustedOrigins } from "@/lib/auth/better-auth";
import { clearFailedSignIns, isSignInLocked, recordFailedSignIn } from "@/lib/auth/sign-in-guard";
import { recordAudit } from "@/lib/data/audit";
import { checkSameOrigin } from "@/lib/http/same-origin";

const handler = toNextJsHandler(auth);

export const GET = handler.GET;

/** better-auth's endpoints, behind our own cross-site check and the per-e-mail sign-in limit. */
export async function POST(request: Request): Promise<Response> {
  if (!checkSameOrigin(request.headers, trustedOrigins()).ok) {
    return Response.json({ message: "Cross-site request refused" }, { status: 403 });
  }
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return handler.POST(request);

  const email = await emailOf(request.clone());
  if (email && (await isSignInLocked(email))) {
    await recordAudit({ action: "sign-in-failed", userId: null, details: { email, reason: "locked" }, ip: clientIp(request) });
    return Response.json({ message: "Too many failed sign-ins for this account. Try again later.", code: "LOCKED" }, { status: 429 });
  }
  const response = await handler.POST(request);
  if (email && response.status === 401) {
    await recordFailedSignIn(email);
    await recordAudit({ action: "sign-in-failed", userId: null, details: { email }, ip: clientIp(request) });
  } else if (email && response.ok) {
    await clearFailedSignIns(email);
  }
  return response;
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body: unknown = await request.json();
    if (typeof body === "object" && body !== null && "email" in body && typeof body.email === "string") return body.email.slice(0, 254).toLowerCase();
  } catch {
    // Not JSON: better-auth refuses it itself.
  }
  return null;
}

function clientIp(request: Request): string | null {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
