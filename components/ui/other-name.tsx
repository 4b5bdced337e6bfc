import { getTranslations } from "next-intl/server";
import type { OtherName as OtherNameValue } from "@/lib/names/other-names";

/**
 * A name of the entry from another source than its official one (an ISCO-08 title, an ESCO label,
 * a Kazakh or Russian name), shown as a secondary line under the official name and always led by
 * its source, so it is never read as the official name. `lang` on the name lets a screen reader
 * pronounce it in its own language; the source label is in the UI language.
 */
export async function OtherName({ name, className = "" }: { name: OtherNameValue | undefined; className?: string }) {
  if (!name) return null;
  const t = await getTranslations("otherName");
  return (
    <span data-source={name.source} className={`block text-sm font-normal text-slate-700 ${className}`}>
      {t(`source.${name.source}`)}: <span lang={name.lang}>{name.text}</span>
    </span>
  );
}
