import { getTranslations } from "next-intl/server";
import type { OccupationDetail } from "@/lib/validation/occupation";

/**
 * KZiS code → ISCO-08 group (ILO English label) → ESCO occupations (Polish and English labels),
 * as one compact line that wraps only where the screen is narrow. The arrows are decoration: the
 * words around them say what each link is.
 */
export async function Crosswalk({ entry }: { entry: Pick<OccupationDetail, "code" | "level" | "isco" | "esco"> }) {
  const t = await getTranslations("occupation");
  return (
    <section aria-labelledby="crosswalk" className="space-y-2">
      <h2 id="crosswalk" className="text-xl font-semibold">
        {t("crosswalk")}
      </h2>
      {/* Inline text, not flex: a long ESCO label then wraps mid-line instead of jumping whole. */}
      <p className="leading-relaxed">
        <span>
          KZiS <span className="font-mono">{entry.code}</span>
        </span>
        {entry.isco ? (
          <>
            <Arrow />
            <span>
              {t("isco")} <span className="font-mono">{entry.isco.code}</span> <span lang="en">{entry.isco.labelEn}</span>
            </span>
          </>
        ) : null}
        {entry.esco.length > 0 ? (
          <>
            <Arrow />
            <span>
              {t("esco")}:{" "}
              {entry.esco.map((e, i) => (
                <span key={e.code}>
                  {i > 0 ? "; " : null}
                  <EscoLabel esco={e} />
                </span>
              ))}
            </span>
          </>
        ) : entry.level === "occupation" ? (
          <>
            <Arrow />
            <span className="text-slate-700">{t("noEsco")}</span>
          </>
        ) : null}
      </p>
    </section>
  );
}

function Arrow() {
  return (
    <>
      {" "}
      <span aria-hidden="true" className="px-1 text-slate-600">
        →
      </span>{" "}
    </>
  );
}

function EscoLabel({ esco }: { esco: OccupationDetail["esco"][number] }) {
  const label = (
    <>
      <span lang="pl">{esco.labelPl ?? esco.code}</span>
      {esco.labelEn ? (
        <>
          {" / "}
          <span lang="en">{esco.labelEn}</span>
        </>
      ) : null}
    </>
  );
  return (
    <>
      <span className="font-mono text-sm text-slate-700">{esco.code}</span>{" "}
      {esco.conceptUri ? (
        <a href={esco.conceptUri} className="text-brand-700 underline underline-offset-2" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
    </>
  );
}
