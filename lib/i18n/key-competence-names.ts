import { getLocale, getTranslations } from "next-intl/server";
import { keyCompetenceId } from "@/lib/validation/key-competences";

/**
 * The nine key competences are a fixed vocabulary, so a page in another UI language names them in
 * that language, not in the profile's Polish. Only when every name is one of the nine: a list with
 * a name from elsewhere stays as the source wrote it (in `contentLang`) rather than half translated.
 */
export async function localiseKeyCompetences<T extends { name: string }>(items: T[], contentLang: string): Promise<{ items: T[]; lang: string }> {
  const locale = await getLocale();
  const ids = items.map((item) => keyCompetenceId(item.name));
  if (locale === contentLang || ids.some((id) => id === null)) return { items, lang: contentLang };
  const t = await getTranslations("keyCompetence");
  return { items: items.map((item, i) => ({ ...item, name: t(ids[i]!) })), lang: locale };
}
