import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * OWASP's device cookie: a browser that signed in to an account successfully gets a signed cookie
 * naming a random device id, bound to that account's e-mail by the signature. Sign-ins that
 * present it are counted against the device's own allowance, not against the account's counter for
 * unknown browsers, so an attacker who exhausts that counter does not keep the real user out of a
 * browser they used before (docs/decisions/0011-account-security.md).
 * The cookie holds no e-mail; it is sent only to /api/auth, httpOnly, SameSite=Strict, and Secure
 * (with the __Secure- prefix) whenever the public URL is https.
 */

const DEVICE_COOKIE_DAYS = 180;

export type DeviceCookieOptions = { secret: string; isSecure: boolean };

function deviceCookieName(isSecure: boolean): string {
  return isSecure ? "__Secure-atlas.device" : "atlas.device";
}

function signature(secret: string, deviceId: string, email: string): string {
  return createHmac("sha256", secret).update(`atlas-device|${deviceId}|${email.trim().toLowerCase()}`).digest("base64url");
}

/** The Set-Cookie value for a browser that has just signed in as `email`. */
export function issueDeviceCookie(email: string, { secret, isSecure }: DeviceCookieOptions): string {
  const deviceId = randomBytes(16).toString("base64url");
  const value = `${deviceId}.${signature(secret, deviceId, email)}`;
  const attributes = [`Path=/api/auth`, `Max-Age=${DEVICE_COOKIE_DAYS * 24 * 60 * 60}`, "HttpOnly", "SameSite=Strict", ...(isSecure ? ["Secure"] : [])];
  return `${deviceCookieName(isSecure)}=${value}; ${attributes.join("; ")}`;
}

/** The device id of a valid device cookie for this e-mail in a Cookie header, else null. */
export function trustedDeviceId(cookieHeader: string | null, email: string, { secret, isSecure }: DeviceCookieOptions): string | null {
  if (!cookieHeader) return null;
  const name = deviceCookieName(isSecure);
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const [deviceId, given, ...rest] = part
      .slice(eq + 1)
      .trim()
      .split(".");
    if (!deviceId || !given || rest.length > 0 || !/^[\w-]{22}$/.test(deviceId)) continue;
    const expected = Buffer.from(signature(secret, deviceId, email));
    const actual = Buffer.from(given);
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return deviceId;
  }
  return null;
}
