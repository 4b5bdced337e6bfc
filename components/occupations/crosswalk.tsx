import { getTranslations } from "next-intl/server";
import type { OccupationDetail } from "@/lib/validation/occupation";

/** KZiS code → ISCO-08 group (ILO English label) → ESCO occupations (Polish and English labels). */
export async function Crosswalk({ entry }: { entry: OccupationDetail }) {
  const t = await getTranslations("occupation");
  return (
    <section aria-labelledby="crosswalk" className="space-y-3">
      <h2 id="crosswalk" className="text-xl font-semibold">
        {t("crosswalk")}
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <span>
          KZiS <span className="font-mono">{entry.code}</span>
        </span>
        {entry.isco ? (
          <>
            <span aria-hidden="true">→</span>
            <span>
              {t("isco")} <span className="font-mono">{entry.isco.code}</span> <span lang="en">{entry.isco.labelEn}</span>
            </span>
          </>
        ) : null}
      </p>
      {entry.esco.length > 0 ? (
        <>
          <h3 className="font-semibold">{t("esco")}</h3>
          <ul className="space-y-2">
            {entry.esco.map((e) => (
              <li key={e.code} className="rounded border border-slate-200 p-3">
                <p>
                  <span className="font-mono text-sm text-slate-700">{e.code}</span> <span lang="pl">{e.labelPl}</span>
                  {e.labelEn ? (
                    <>
                      {" "}
                      / <span lang="en">{e.labelEn}</span>
                    </>
                  ) : null}
                </p>
                {e.descriptionPl ? (
                  <p className="mt-1 text-sm text-slate-700" lang="pl">
                    {e.descriptionPl}
                  </p>
                ) : null}
                {e.conceptUri ? (
                  <a href={e.conceptUri} className="text-sm text-brand-700 underline" rel="noopener noreferrer">
                    {e.conceptUri}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : entry.level === "occupation" ? (
        <p className="text-slate-600">{t("noEsco")}</p>
      ) : null}
    </section>
  );
}
