import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { selectKey } from "@/lib/i18n/select-key";
import type { OccupationPositions as OccupationPositionsData, PositionSummary } from "@/lib/validation/profile";

/**
 * Positions linked to an occupation, in two lists that are never merged: those assigned to it, and
 * those for which the code is only a similarity suggestion (with the score, not as a fact).
 */
export async function OccupationPositions({ positions }: { positions: OccupationPositionsData }) {
  const [t, format] = await Promise.all([getTranslations("position"), getFormatter()]);
  const isEmpty = positions.assigned.length === 0 && positions.suggested.length === 0;
  return (
    <section aria-labelledby="positions" className="space-y-3">
      <h2 id="positions" className="text-xl font-semibold">
        {t("listHeading")}
      </h2>
      {isEmpty ? (
        <p className="text-slate-700">{t("listNone")}</p>
      ) : (
        <>
          <h3 className="font-semibold">{t("listAssigned")}</h3>
          {positions.assigned.length > 0 ? (
            <ul className="space-y-1">
              {positions.assigned.map((p) => (
                <li key={p.id}>
                  <PositionLink position={p} kindLabel={t("kind", { kind: selectKey(p.kind) })} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noneAssigned")}</p>
          )}
          {positions.suggested.length > 0 ? (
            <>
              <h3 className="font-semibold">{t("listSuggested")}</h3>
              <ul className="space-y-1">
                {positions.suggested.map((p) => (
                  <li key={p.id}>
                    <PositionLink position={p} kindLabel={t("kind", { kind: selectKey(p.kind) })} />{" "}
                    <span className="text-sm text-slate-700">
                      ({t("suggestion", { score: format.number(p.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function PositionLink({ position, kindLabel }: { position: PositionSummary; kindLabel: string }) {
  return (
    <>
      <Link href={`/positions/${position.id}`} className="text-brand-700 underline underline-offset-2" lang={position.language}>
        {position.title}
      </Link>
      <span className="text-sm text-slate-700">
        {" "}
        — {kindLabel}
        {position.employer ? (
          <>
            , <span lang={position.language}>{position.employer}</span>
          </>
        ) : null}
      </span>
    </>
  );
}
