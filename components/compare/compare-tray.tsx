"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { Link } from "@/lib/i18n/link";
import { withoutLocale } from "@/lib/i18n/paths";
import { MIN_COMPARE } from "@/lib/compare/limits";
import { clearTray, removeFromTray } from "./compare-store";
import { useCompareTray } from "./use-compare-tray";
import { buttonClass } from "@/components/ui/button";

/**
 * The compare tray: a bar at the bottom of every page once something is picked, with the count,
 * the picked entries (each removable) and the link to the comparison. Hidden on the compare page,
 * which shows the same entries with their own remove links. Place once, in the locale layout.
 */
export function CompareTray() {
  const t = useTranslations("compare.tray");
  const items = useCompareTray();
  const pathname = withoutLocale(usePathname());
  if (items.length === 0 || pathname === "/compare") return <p aria-live="polite" className="sr-only" />;
  const href = `/compare?codes=${items.map((i) => i.id).join(",")}`;

  return (
    <>
      {/* In-flow spacer, so the fixed bar never covers the end of the page. */}
      <div aria-hidden="true" className="no-print h-28 sm:h-20" />
      <aside
        aria-label={t("label")}
        className="no-print fixed inset-x-0 bottom-0 z-40 border-t-2 border-brand-700 bg-white/95 shadow-[0_-2px_8px_rgba(0,0,0,0.12)] backdrop-blur"
      >
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-4 py-2">
          <p aria-live="polite" className="font-semibold">
            {t("count", { count: items.length })}
          </p>
          <ul className="flex min-w-0 flex-1 flex-wrap gap-1" aria-label={t("label")}>
            {items.map((item) => (
              <li key={item.id} className="flex max-w-full items-center gap-1 rounded bg-slate-100 py-0.5 pl-2 text-sm">
                <span className="truncate">
                  <span className="font-mono">{item.id}</span>
                  {item.title ? (
                    <span className="hidden sm:inline" lang={item.lang ?? "pl"}>
                      {" "}
                      {item.title}
                    </span>
                  ) : null}
                </span>
                <button
                  type="button"
                  onClick={() => removeFromTray(item.id)}
                  className="rounded px-1.5 text-slate-700 hover:bg-slate-200 hover:text-slate-900"
                  aria-label={t("remove", { title: item.title ?? item.id })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="flex items-center gap-2">
            <button type="button" onClick={clearTray} className="rounded px-2 py-1 text-sm text-slate-700 underline underline-offset-2 hover:text-slate-900">
              {t("clear")}
            </button>
            {items.length >= MIN_COMPARE ? (
              <Link href={href} className={buttonClass("primary")}>
                {t("open", { count: items.length })}
              </Link>
            ) : (
              <span className="text-sm text-slate-700">{t("needMore")}</span>
            )}
          </div>
        </div>
      </aside>
    </>
  );
}
