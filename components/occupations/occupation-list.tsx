import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { LocalName } from "@/lib/data/lexicon";
import type { OccupationSummary } from "@/lib/validation/occupation";

/** What each official source is called beside "official (…)": proper names, the same in every UI language. */
const SOURCE_LABELS: Record<Exclude<LocalName["origin"], "editorial">, string> = {
  "kzis-2023": "KZiS 2023",
  "isco-08": "ISCO-08",
  "okz-2014": "ОК 010-2014",
  esco: "ESCO",
};

/**
 * `localNames`: names in the reader's language (the lexicon's, lib/data/lexicon.ts) by code. Such a
 * name leads, marked official or editorial translation; the Polish official name stays beside it.
 */
export async function OccupationList({
  items,
  showLevel = false,
  localNames,
}: {
  items: OccupationSummary[];
  showLevel?: boolean;
  localNames?: Map<string, LocalName>;
}) {
  const [t, tl] = await Promise.all([getTranslations("levels"), getTranslations("lexicon")]);
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200">
      {items.map((item) => {
        const local = localNames?.get(item.code);
        return (
          <li key={item.code}>
            <Link href={`/occupations/${item.code}`} className="flex gap-3 px-3 py-2 hover:bg-slate-50">
              <span className="w-16 shrink-0 font-mono text-slate-700">{item.code}</span>
              {local ? (
                <span>
                  <span lang={local.lang} className="text-brand-800 underline-offset-2 hover:underline">
                    {local.text}
                  </span>
                  <span className="block text-sm text-slate-600">
                    <span lang="pl">{item.name}</span> ·{" "}
                    <span data-origin={local.origin}>
                      {local.origin === "editorial" ? tl("editorial") : tl("official", { source: SOURCE_LABELS[local.origin] })}
                    </span>
                  </span>
                </span>
              ) : (
                <span className="text-brand-800 underline-offset-2 hover:underline">{item.name}</span>
              )}
              {showLevel ? <span className="ml-auto shrink-0 text-sm text-slate-600">{t(item.level)}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
