import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { pageWindow, searchHref, type SearchState } from "./search-href";

export async function Pagination({ state, total }: { state: SearchState; total: number }) {
  const pages = Math.max(1, Math.ceil(total / state.pageSize));
  if (pages <= 1) return null;
  const t = await getTranslations("searchResults.pagination");
  const linkClass = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-50";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2">
      {state.page > 1 ? (
        <Link href={searchHref(state, { page: state.page - 1 })} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : null}
      <ul className="flex flex-wrap gap-1">
        {pageWindow(Math.min(state.page, pages), pages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap${i}`} aria-hidden="true" className="px-2 py-1">
              …
            </li>
          ) : (
            <li key={p}>
              {p === state.page ? (
                <span aria-current="page" className="block rounded bg-brand-700 px-3 py-1 font-semibold text-white">
                  <span className="sr-only">{t("page")} </span>
                  {p}
                </span>
              ) : (
                <Link href={searchHref(state, { page: p })} className={`block ${linkClass}`}>
                  <span className="sr-only">{t("page")} </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {state.page < pages ? (
        <Link href={searchHref(state, { page: state.page + 1 })} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
