import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { matchHref } from "@/components/match/match-href";
import { RequirementGroups, requirementLabels } from "@/components/match/requirement-groups";
import { getTransitions, matchSkillsFor } from "@/lib/data/skills";
import { Link } from "@/lib/i18n/link";
import { decodeSelectedSkills } from "@/lib/match/selected-skill";
import { occupationCode6Schema } from "@/lib/validation/document";
import { matchQuerySchema } from "@/lib/validation/match";

export const dynamic = "force-dynamic";

const isOccupationCode = (value: unknown): value is string => occupationCode6Schema.safeParse(value).success;

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: "match" });
  return { title: `${code} · ${t("details")}` };
}

/**
 * One result with every item it covers and misses: what a result's disclosure loads, as a page of
 * its own (the disclosure's link, for browsers without JavaScript). `?s=…` are the client's skills
 * (a result of /match); `?from=<code>` is a career transition from that occupation.
 */
export default async function MatchResultPage({ params, searchParams }: Props) {
  const [{ locale, code }, raw] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  if (!isOccupationCode(code)) notFound();
  const t = await getTranslations("match");
  const from = isOccupationCode(raw.from) ? raw.from : null;

  let view;
  if (from) {
    const transitions = await getTransitions(from, 1, code);
    view = transitions && {
      occupation: transitions.items[0],
      back: { href: `/occupations/${from}`, label: t("backToOccupation", { code: from, name: transitions.name }) },
      labels: { covered: "shared", missing: "toLearn", coverage: "sharedOf" } as const,
    };
  } else {
    const { s } = matchQuerySchema.parse({ s: raw.s });
    const result = await matchSkillsFor(decodeSelectedSkills(s), [code]);
    view = {
      occupation: result.occupations[0],
      back: { href: matchHref(result.skills), label: t("backToResults") },
      labels: { covered: "covered", missing: "missing", coverage: "coverage" } as const,
    };
  }
  const o = view?.occupation;
  if (!view || !o) notFound();
  const { labels } = view;

  return (
    <div className="space-y-4">
      <p>
        <Link href={view.back.href} className="text-sm text-brand-800 underline underline-offset-2">
          {view.back.label}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">
          <span className="font-mono font-normal text-slate-700">{o.code}</span> <span lang="pl">{o.name}</span>
        </h1>
        <p>
          {t(labels.coverage, { covered: o.covered, total: o.total, percent: Math.round(o.ratio * 100) })} · {t("basis", { basis: o.basis })}
        </p>
        <p>
          <Link href={`/occupations/${o.code}`} className="text-brand-800 underline underline-offset-2">
            {t("openOccupation")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="details" className="space-y-2">
        <h2 id="details" className="text-xl font-semibold">
          {t("details")}
        </h2>
        <RequirementGroups groups={o.groups} moreHref={`/occupations/${o.code}`} labels={requirementLabels(t, labels)} />
      </section>
    </div>
  );
}
