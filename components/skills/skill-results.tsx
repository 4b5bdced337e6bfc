import { getTranslations } from "next-intl/server";
import { AddToCompareButton } from "@/components/compare/add-to-compare-button";
import { Link } from "@/lib/i18n/link";
import { selectKey } from "@/lib/i18n/select-key";
import type { SkillMatch, SkillSearchResult } from "@/lib/validation/skills";

/** Occupations that need the phrase, each with its best matching items and the matched words marked. */
export async function SkillResults({ result }: { result: SkillSearchResult }) {
  const t = await getTranslations("skills");
  return (
    <ol className="space-y-3">
      {result.occupations.map((o) => (
        <li key={o.code} className="rounded border border-slate-200 p-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="space-x-2">
              <Link href={`/occupations/${o.code}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
                <span className="font-mono font-normal text-slate-700">{o.code}</span> <span lang="pl">{o.name}</span>
              </Link>
              {o.hasProfile ? <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-800">{t("hasProfile")}</span> : null}
            </p>
            <AddToCompareButton id={o.code} title={o.name} />
          </div>
          <p className="text-sm text-slate-700">
            {t("matchCount", { count: o.matchCount })} · {t("matchedIn", { kinds: o.matchedIn.map((kind) => t("kind", { kind: selectKey(kind) })).join(", ") })}
          </p>
          <ul className="mt-1 space-y-1 text-sm">
            {o.matches.map((m, i) => (
              <li key={i} className="flex gap-2">
                <span className="w-28 shrink-0 text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {t("kind", { kind: selectKey(m.kind) })}
                  {m.ref ? <span className="ml-1 font-mono normal-case">{m.ref}</span> : null}
                </span>
                <Highlighted match={m} />
              </li>
            ))}
          </ul>
          {o.matchCount > o.matches.length ? <p className="mt-1 text-xs text-slate-600">{t("more", { count: o.matchCount - o.matches.length })}</p> : null}
        </li>
      ))}
    </ol>
  );
}

function Highlighted({ match }: { match: SkillMatch }) {
  const parts: { text: string; isMark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of match.highlights) {
    if (start > at) parts.push({ text: match.text.slice(at, start), isMark: false });
    parts.push({ text: match.text.slice(start, end), isMark: true });
    at = end;
  }
  if (at < match.text.length) parts.push({ text: match.text.slice(at), isMark: false });
  return (
    <span lang={match.lang}>
      {parts.map((p, i) =>
        p.isMark ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}
