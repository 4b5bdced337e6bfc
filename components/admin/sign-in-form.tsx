"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { safeRedirectTarget } from "@/lib/auth/safe-next-path";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type Props = { next: string };

/**
 * Posts to better-auth's own endpoint (not through a server action), so its rate limiter and our
 * per-account limit in app/api/auth/[...all]/route.ts apply to every attempt.
 */
export function SignInForm({ next }: Props) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  /** The user is told which limit they met and how long to wait (the Retry-After of the answer). */
  async function throttledMessage(response: Response): Promise<string> {
    const minutes = Math.max(1, Math.ceil(Number(response.headers.get("retry-after") ?? 60) / 60));
    const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
    if (body?.code === "ACCOUNT_THROTTLED") return t("accountThrottled", { minutes });
    if (body?.code === "DEVICE_THROTTLED") return t("deviceThrottled", { minutes });
    if (body?.code === "RATE_LIMITED") return t("tooManyAddress", { minutes });
    return t("tooMany");
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
      });
      if (response.ok) {
        // A full navigation, so every server component renders with the new session cookie.
        window.location.assign(safeRedirectTarget(next, "/admin"));
        return;
      }
      setError(response.status === 429 ? await throttledMessage(response) : response.status === 401 ? t("wrong") : t("failed"));
    } catch {
      setError(t("failed"));
    }
    setPending(false);
  }

  return (
    // method="post": should a submit ever escape the handler, the password must not land in a URL.
    <form onSubmit={onSubmit} method="post" className="max-w-sm space-y-4" noValidate aria-describedby="sign-in-error">
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <Input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <div id="sign-in-error" aria-live="polite" className="min-h-6 text-red-700">
        {error}
      </div>
      <Button variant="primary" type="submit" disabled={pending || !hydrated}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
