"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

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
        window.location.assign(next);
        return;
      }
      setError(response.status === 429 ? t("tooMany") : response.status === 401 ? t("wrong") : t("failed"));
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
        <input id="email" name="email" type="email" autoComplete="username" required className="w-full rounded border border-slate-400 px-2 py-1" />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="w-full rounded border border-slate-400 px-2 py-1" />
      </div>
      <div id="sign-in-error" aria-live="polite" className="min-h-6 text-red-700">
        {error}
      </div>
      <button type="submit" disabled={pending || !hydrated} className="rounded bg-brand-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
