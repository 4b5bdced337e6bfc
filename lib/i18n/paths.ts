import { routing } from "./routing";

export type Href = string | { pathname: string; query?: Record<string, string | readonly string[]> };

/**
 * A path of the app in a UI language, as next-intl's routing spells it (localePrefix "as-needed":
 * Polish has no prefix, "/search" in English is "/en/search", "/" is "/en"). Pure, with no
 * next-intl runtime, so client components can build links without shipping its navigation code.
 */
export function localePath(locale: string, href: Href): string {
  const { pathname, query } = typeof href === "string" ? { pathname: href, query: undefined } : href;
  const prefixed = locale === routing.defaultLocale ? pathname : pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
  if (!query) return prefixed;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of typeof value === "string" ? [value] : value) params.append(key, v);
  const search = params.toString();
  return search ? `${prefixed}?${search}` : prefixed;
}

/** The path without its UI-language prefix: "/en/search" → "/search", "/kk" → "/", "/search" → "/search". */
export function withoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  if (first === undefined || !(routing.locales as readonly string[]).includes(first)) return pathname;
  return `/${rest.join("/")}`;
}
