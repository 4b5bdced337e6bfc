import { toNextJsHandler } from "better-auth/next-js";
import { auth, CLIENT_ADDRESS_HEADER, deviceCookieOptions, SIGN_IN_RATE_LIMIT, trustedOrigins } from "@/lib/auth/better-auth";
import { issueDeviceCookie, trustedDeviceId } from "@/lib/auth/device-cookie";
import {
  ACCOUNT_RULE,
  addressRule,
  consumeAttempt,
  DEVICE_RULE,
  pruneThrottleRows,
  refundAttempt,
  throttleKeys,
  type ThrottleDecision,
} from "@/lib/auth/sign-in-throttle";
import { recordFailedSignIn, type FailedSignIn } from "@/lib/data/audit";
import { findAccountByEmail } from "@/lib/data/users";
import { clientAddress } from "@/lib/http/client-address";
import { checkSameOrigin } from "@/lib/http/same-origin";

const handler = toNextJsHandler(auth);

/** better-auth sees the trusted client address in a header of our own, never one the client sent. */
async function forBetterAuth(request: Request, address: string, body?: string): Promise<Request> {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, address);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(request.url, { method: request.method, headers, body: hasBody ? (body ?? (await request.arrayBuffer())) : undefined });
}

export async function GET(request: Request): Promise<Response> {
  return handler.GET(await forBetterAuth(request, clientAddress(request.headers)));
}

/** better-auth's endpoints, behind our own cross-site check and, for sign-in, the throttles. */
export async function POST(request: Request): Promise<Response> {
  if (!checkSameOrigin(request.headers, trustedOrigins()).ok) {
    return Response.json({ message: "Cross-site request refused" }, { status: 403 });
  }
  const address = clientAddress(request.headers);
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return handler.POST(await forBetterAuth(request, address));
  const body = await request.text();
  const email = emailOf(body);
  // Without an e-mail better-auth refuses the request itself, before any password check.
  if (!email) return handler.POST(await forBetterAuth(request, address, body));
  return signIn(await forBetterAuth(request, address, body), email, address);
}

/**
 * The throttles are counted before better-auth checks the password (docs/decisions/0011): a
 * browser with this account's device cookie uses its own allowance; any other attempt counts
 * against its client address and against the account's counter for unknown browsers.
 */
async function signIn(request: Request, email: string, address: string): Promise<Response> {
  const options = deviceCookieOptions();
  const deviceId = trustedDeviceId(request.headers.get("cookie"), email, options);
  const counted: string[] = [];
  if (deviceId) {
    const device = await consumeAttempt(throttleKeys.device(deviceId), DEVICE_RULE);
    if (!device.isAllowed) return refuse(email, address, "throttled-device", device);
    counted.push(throttleKeys.device(deviceId));
  } else {
    const perAddress = await consumeAttempt(throttleKeys.address(address), addressRule(SIGN_IN_RATE_LIMIT.max));
    if (!perAddress.isAllowed) return refuse(email, address, "throttled-address", perAddress);
    const account = await consumeAttempt(throttleKeys.account(email), ACCOUNT_RULE);
    if (!account.isAllowed) return refuse(email, address, "throttled-account", account);
    counted.push(throttleKeys.account(email));
  }

  const response = await handler.POST(request);
  if (response.ok) {
    // A success gives its attempt back and makes this browser a known one for the account.
    await Promise.all(counted.map(refundAttempt));
    response.headers.append("Set-Cookie", issueDeviceCookie(email, options));
  } else if (response.status === 401) {
    await recordFailedSignIn({ account: await findAccountByEmail(email), reason: "wrong-password", ip: address });
  }
  if (Math.random() < 0.01) await pruneThrottleRows();
  return response;
}

const REFUSALS: Record<Exclude<FailedSignIn["reason"], "wrong-password">, { code: string; message: string }> = {
  "throttled-address": { code: "RATE_LIMITED", message: "Too many sign-in attempts from this address. Try again later." },
  "throttled-account": {
    code: "ACCOUNT_THROTTLED",
    message:
      "Too many failed sign-ins for this account from unknown browsers. Try again later, sign in from a browser you used before, or ask an administrator to unlock the account.",
  },
  "throttled-device": { code: "DEVICE_THROTTLED", message: "Too many failed sign-ins from this browser. Try again later." },
};

/** 429 with the wait in Retry-After (the sign-in form tells the user); the same for known and unknown e-mails. */
async function refuse(email: string, address: string, reason: keyof typeof REFUSALS, decision: ThrottleDecision): Promise<Response> {
  const retryAfter = decision.isAllowed ? 1 : decision.retryAfterSeconds;
  await recordFailedSignIn({ account: await findAccountByEmail(email), reason, ip: address });
  const { code, message } = REFUSALS[reason];
  return Response.json({ code, message, retryAfter }, { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } });
}

function emailOf(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "email" in parsed && typeof parsed.email === "string")
      return parsed.email.trim().slice(0, 254).toLowerCase();
  } catch {
    // Not JSON: better-auth refuses it itself.
  }
  return null;
}
