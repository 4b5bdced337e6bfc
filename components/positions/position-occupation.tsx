import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { CodeSuggestion, OccupationRef } from "@/lib/validation/profile";

/**
 * The position's place in KZiS: the assigned occupation as a fact, and the similarity suggestions
 * as suggestions with their scores — kept visibly apart, so a guess never reads as an assignment.
 */
export async function PositionOccupation({ occupation, suggestions }: { occupation: OccupationRef | null; suggestions: CodeSuggestion[] }) {
  const [t, format] = await Promise.all([getTranslations("position"), getFormatter()]);
  return (
    <section aria-labelledby="position-occupation" className="space-y-3">
      <h2 id="position-occupation" className="text-xl font-semibold">
        {t("occupation")}
      </h2>
      {occupation ? (
        <p>
          {t("assigned")}{" "}
          <Link href={`/occupations/${occupation.code}`} className="text-brand-700 underline underline-offset-2">
            <span className="font-mono">{occupation.code}</span> <span lang="pl">{occupation.name}</span>
          </Link>
        </p>
      ) : (
        <p className="text-slate-700">{t("notAssigned")}</p>
      )}
      {suggestions.length > 0 ? (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("suggestions")}</h3>
          <ul className="space-y-1">
            {suggestions.map((s) => (
              <li key={s.code} className="flex flex-wrap items-baseline gap-x-2">
                <Link href={`/occupations/${s.code}`} className="text-brand-700 underline underline-offset-2">
                  <span className="font-mono">{s.code}</span> <span lang="pl">{s.name}</span>
                </Link>
                <span className="text-sm text-slate-700">
                  ({t("suggestion", { score: format.number(s.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
