"use client";

import { useLocale } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link } from "@/lib/i18n/link";
import { withoutLocale } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";

const NAMES: Record<string, string> = { pl: "Polski", en: "English", kk: "Қазақша", ru: "Русский" };

type Props = { label: string };

/**
 * Links to the same page in the other UI languages; the query string (search state) is kept.
 * Reading the query needs a Suspense boundary on pages served from the cache (profile pages):
 * their cached HTML has the links without a query, which is what such pages have anyway.
 */
export function LanguageSwitcher({ label }: Props) {
  return (
    <Suspense fallback={<LanguageLinks label={label} query={{}} />}>
      <LanguageLinksWithQuery label={label} />
    </Suspense>
  );
}

function LanguageLinksWithQuery({ label }: Props) {
  const searchParams = useSearchParams();
  // Repeated keys stay repeated (/match?s=…&s=…); Object.fromEntries would keep only the last.
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    query[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return <LanguageLinks label={label} query={query} />;
}

function LanguageLinks({ label, query }: Props & { query: Record<string, string | string[]> }) {
  const locale = useLocale();
  const pathname = withoutLocale(usePathname());
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {routing.locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" lang={l} className="font-semibold">
                {NAMES[l]}
              </span>
            ) : (
              <Link href={{ pathname, query }} locale={l} lang={l} hrefLang={l} className="text-brand-700 underline-offset-2 hover:underline">
                {NAMES[l]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
