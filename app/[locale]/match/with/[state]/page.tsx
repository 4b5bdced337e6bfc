import { getTranslations, setRequestLocale } from "next-intl/server";
import { MatchView } from "@/components/match/match-view";
import { matchSkillsSummary } from "@/lib/data/skills";
import { readMatchCacheState } from "@/lib/match/cached-path";
import { decodeSelectedSkills } from "@/lib/match/selected-skill";
import { matchQuerySchema } from "@/lib/validation/match";

/**
 * /match with skills, as proxy.ts rewrites it (lib/match/cached-path.ts): rendered on first visit and
 * then served from Next's cache, as profile pages are. At ×10 a render holds the server's thread for
 * ~20 ms, and a shared or revisited result (paging back, another language, the folder's link) asks
 * for the same one. Publishing and upload imports revalidate these pages at once
 * (lib/editor/revalidate.ts, lib/store/changes.ts); other changes show within `revalidate` seconds.
 */
export const revalidate = 60;

export function generateStaticParams(): { state: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; state: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "match" });
  return { title: t("title") };
}

export default async function CachedMatchPage({ params }: Props) {
  const { locale, state } = await params;
  setRequestLocale(locale);
  const { s, page } = matchQuerySchema.parse(readMatchCacheState(state));
  const refs = decodeSelectedSkills(s);
  return <MatchView locale={locale} result={refs.length > 0 ? await matchSkillsSummary(refs, page) : null} />;
}
