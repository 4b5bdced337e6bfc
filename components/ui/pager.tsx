import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/link";
import type { Href } from "@/lib/i18n/paths";

/** Pages around the current one, plus the first and the last: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page: number, pages: number, radius = 2): (number | "gap")[] {
  const shown = new Set([1, pages]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pages) shown.add(p);
  // A gap that would hide a single page shows that page instead.
  for (const p of [...shown]) if (!shown.has(p + 1) && shown.has(p + 2)) shown.add(p + 1);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? ["gap" as const, p] : [p]));
}

const LINK = "block rounded border border-slate-400 px-3 py-1 text-brand-800 hover:bg-slate-50";

/** The words a screen reader hears around a page number ("Strona 3 z 20"); the eye sees the number. */
const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * The one pagination of the app (search results, /skills, /match, the admin queue, the audit log,
 * the lexicon): previous, the page numbers around the current one with the first and the last,
 * next. Plain links, so it works without JavaScript, the URL holds the page and the back button
 * works; the wording comes from the `pager` messages, the same everywhere. `label` names what is
 * paged ("Strony wyników"), as a page may hold more than one navigation. A page past the end
 * (an old link to a shorter list) is shown as the last one, whose previous page then exists.
 */
export function Pager({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => Href; label: string }) {
  const t = useTranslations("pager");
  if (pages <= 1) return null;
  const current = Math.min(Math.max(page, 1), pages);
  // Strings, not numbers: ICU would group the digits of a page number ("1 234").
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      {current > 1 ? (
        <Link href={href(current - 1)} rel="prev" className={LINK}>
          {t("previous")}
        </Link>
      ) : null}
      <ul className="flex flex-wrap gap-1">
        {pageWindow(current, pages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap${i}`} aria-hidden="true" className="px-2 py-1">
              …
            </li>
          ) : (
            <li key={p}>
              {p === current ? (
                <span aria-current="page" className="block rounded bg-brand-700 px-3 py-1 font-semibold text-white">
                  {t.rich("current", { page: String(p), pages: String(pages), hidden })}
                </span>
              ) : (
                <Link href={href(p)} className={LINK}>
                  {t.rich("page", { page: String(p), hidden })}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {current < pages ? (
        <Link href={href(current + 1)} rel="next" className={LINK}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
