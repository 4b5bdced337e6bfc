import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { matchHref } from "@/components/match/match-href";
import { MatchView } from "@/components/match/match-view";
import { matchSkillsSummary } from "@/lib/data/skills";
import { localePath } from "@/lib/i18n/paths";
import { MAX_SKILL_TEXT, decodeSelectedSkills } from "@/lib/match/selected-skill";
import { matchQuerySchema } from "@/lib/validation/match";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "match" });
  return { title: t("title") };
}

/**
 * My skills → occupations. The URL holds the skills (`?s=e:12&s=t:SQL`), so a result can be shared or
 * kept. With skills (and only `s` and `page`), proxy.ts serves it from the cached route
 * (./with/[state]); this page renders the rest per request: no skills, and the form without JavaScript.
 */
export default async function MatchPage({ params, searchParams }: Props) {
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { s, page } = matchQuerySchema.parse({ s: raw.s, page: raw.page });
  // The form without JavaScript adds a skill in the person's own words as `add`: fold it into `s`.
  const added = typeof raw.add === "string" ? raw.add.trim().slice(0, MAX_SKILL_TEXT) : "";
  if (raw.add !== undefined) redirect(localePath(locale, matchHref(decodeSelectedSkills([...s, ...(added ? [`t:${added}`] : [])]))));
  const refs = decodeSelectedSkills(s);
  return <MatchView locale={locale} result={refs.length > 0 ? await matchSkillsSummary(refs, page) : null} />;
}
