import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { RelatedEntries as Related } from "@/lib/validation/related";

/**
 * "Related occupations" for one KZiS entry: siblings in its group, occupations sharing ESCO
 * skills, entries with similar tasks and knowledge, each with its reason and a link to compare
 * the two. The page passes the data as a promise (lib/data/related.ts getRelatedEntries), so the
 * section streams in inside <Suspense> while the component itself fetches nothing.
 */
export async function RelatedEntries({ code, level, related: pending }: { code: string; level: string; related: Promise<Related | null> }) {
  const [t, related] = await Promise.all([getTranslations("related"), pending]);
  if (!related) return null;
  // "This occupation has no ESCO skills" is true of every group, so a group shows only what it has.
  const isOccupation = level === "occupation";
  const showShared = isOccupation || related.sharedSkills.length > 0;
  const showSimilar = isOccupation || related.similarText.length > 0;
  const compareHref = (other: string) => `/compare?codes=${code},${other}`;
  const percent = (x: number) => `${Math.round(x * 100)}%`;

  return (
    <section aria-labelledby="related" className="no-print space-y-4">
      <h2 id="related" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      <div className={`grid gap-6 ${showShared && showSimilar ? "md:grid-cols-3" : showShared || showSimilar ? "md:grid-cols-2" : ""}`}>
        <div className="space-y-2">
          <h3 className="font-semibold">{t("siblings")}</h3>
          {related.siblings.items.length === 0 ? (
            <p className="text-sm text-slate-700">{t("siblingsNone")}</p>
          ) : (
            <>
              {related.siblings.parent ? (
                <p className="text-sm text-slate-700">
                  {t("siblingsOf", { code: related.siblings.parent.code })} <span lang="pl">{related.siblings.parent.name}</span>
                </p>
              ) : null}
              <ul className="space-y-1 text-sm">
                {related.siblings.items.map((s) => (
                  <RelatedItem
                    key={s.code}
                    href={`/occupations/${s.code}`}
                    code={s.code}
                    name={s.name}
                    lang="pl"
                    compareHref={compareHref(s.code)}
                    compareLabel={t("compareWith", { name: s.name })}
                    compareText={t("compare")}
                  />
                ))}
              </ul>
              {related.siblings.total > related.siblings.items.length && related.siblings.parent ? (
                <p className="text-sm">
                  <Link href={`/occupations/${related.siblings.parent.code}`} className="text-brand-800 underline underline-offset-2">
                    {t("siblingsMore", { total: related.siblings.total })}
                  </Link>
                </p>
              ) : null}
            </>
          )}
        </div>

        {showShared ? (
          <div className="space-y-2">
            <h3 className="font-semibold">{t("sharedSkills")}</h3>
            {related.ownSkillCount === 0 ? (
              <p className="text-sm text-slate-700">{t("sharedNone")}</p>
            ) : related.sharedSkills.length === 0 ? (
              <p className="text-sm text-slate-700">{t("sharedNoMatch")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {related.sharedSkills.map((s) => (
                  <RelatedItem
                    key={s.code}
                    href={`/occupations/${s.code}`}
                    code={s.code}
                    name={s.name}
                    lang="pl"
                    reason={t("sharedReason", { shared: s.shared, total: s.total })}
                    compareHref={compareHref(s.code)}
                    compareLabel={t("compareWith", { name: s.name })}
                    compareText={t("compare")}
                  />
                ))}
              </ul>
            )}
          </div>
        ) : null}

        {showSimilar ? (
          <div className="space-y-2">
            <h3 className="font-semibold">{t("similar")}</h3>
            {related.similarText.length === 0 ? (
              <p className="text-sm text-slate-700">{t("similarNone")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {related.similarText.map((s) => (
                  <RelatedItem
                    key={s.id}
                    href={s.kind === "position" ? `/positions/${s.id.slice(1)}` : `/occupations/${s.id}`}
                    code={s.kind === "position" ? t("position") : s.id}
                    name={s.name}
                    lang={s.language}
                    reason={t("similarReason", { score: percent(s.score) })}
                    compareHref={compareHref(s.id)}
                    compareLabel={t("compareWith", { name: s.name })}
                    compareText={t("compare")}
                  />
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}

type ItemProps = { href: string; code: string; name: string; lang: string; reason?: string; compareHref: string; compareLabel: string; compareText: string };

function RelatedItem({ href, code, name, lang, reason, compareHref, compareLabel, compareText }: ItemProps) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-2">
      <Link href={href} className="text-brand-800 underline-offset-2 hover:underline">
        <span className="font-mono text-slate-700">{code}</span> <span lang={lang}>{name}</span>
      </Link>
      {reason ? <span className="text-slate-700">– {reason}</span> : null}
      <Link href={compareHref} aria-label={compareLabel} className="text-xs text-slate-700 underline underline-offset-2 hover:text-slate-900">
        {compareText}
      </Link>
    </li>
  );
}
