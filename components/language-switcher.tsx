"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

const NAMES: Record<string, string> = { pl: "Polski", en: "English", kk: "Қазақша" };

/** Links to the same page in the other UI languages; the query string (search state) is kept. */
export function LanguageSwitcher({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());
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
