/**
 * What a server action needs around it outside Next: the request's headers (with a signed-in
 * session), and Next's cache, next-intl and navigation stubbed. Registered with vi.doMock, so call
 * mockActionContext() at the top of a test file and import the actions dynamically after it.
 */
import { vi } from "vitest";

const request = { headers: new Headers() };
const ORIGIN = "http://localhost:3000";
/** Next's revalidatePath as the actions call it: a test reads its calls. */
export const revalidatePathMock = vi.fn();

export function mockActionContext(): void {
  vi.doMock("next/headers", () => ({
    headers: async () => request.headers,
    cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, getAll: () => [] }),
  }));
  vi.doMock("next/cache", () => ({ revalidatePath: revalidatePathMock }));
  vi.doMock("next-intl/server", () => ({
    getTranslations: async () => Object.assign((key: string) => key, { has: () => false }),
    getFormatter: async () => ({ dateTime: (date: Date) => date.toISOString() }),
    getLocale: async () => "pl",
  }));
  vi.doMock("@/lib/i18n/navigation", () => ({
    redirect: ({ href }: { href: string }) => {
      throw new Error(`NEXT_REDIRECT ${href}`);
    },
  }));
}

/** Signs the user in through better-auth and makes the following actions come from a same-origin form with that session. */
export async function signInForActions(user: { email: string; password: string }): Promise<void> {
  const { auth } = await import("@/lib/auth/better-auth");
  const result = await auth.api.signInEmail({ body: { email: user.email, password: user.password }, returnHeaders: true });
  const cookie = result.headers.get("set-cookie")!.split(";")[0]!;
  request.headers = new Headers({ host: "localhost:3000", "sec-fetch-site": "same-origin", origin: ORIGIN, cookie });
}

/** The following actions come from a same-origin form with no session. */
export function actAnonymously(): void {
  request.headers = new Headers({ host: "localhost:3000", "sec-fetch-site": "same-origin", origin: ORIGIN });
}
