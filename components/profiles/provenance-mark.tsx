import { getTranslations } from "next-intl/server";
import type { Origin } from "@/lib/validation/origin";

/** Message key suffix of an origin kind ("esco-skill" → "EscoSkill"): the profile namespace is flat. */
const suffix = (kind: Origin["kind"]) =>
  kind
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

const mark = "ml-1 inline-block rounded border border-slate-300 px-1 text-xs text-slate-800 align-middle";

/**
 * Where one item of a profile comes from, as a short mark after it ("KZiS", "ESCO", "GUS",
 * "document", "editor"), explained by the legend; an ESCO mark links the ESCO concept it came
 * through. Screen readers hear "source: …".
 */
export async function ProvenanceMark({ origin }: { origin: Origin }) {
  const t = await getTranslations("profile");
  const label = t(`provenanceShort${suffix(origin.kind)}`);
  const sr = <span className="sr-only">{t("provenanceSource")}: </span>;
  if (origin.kind === "esco-skill" && origin.ref && /^https?:\/\//.test(origin.ref)) {
    return (
      <a href={origin.ref} className={`${mark} underline`} rel="external noopener" title={t("provenanceEscoLink")}>
        {sr}
        {label}
      </a>
    );
  }
  return (
    <span className={mark} title={origin.ref ?? undefined}>
      {sr}
      {label}
    </span>
  );
}

/** The legend of the marks, shown once above the tasks. */
export async function ProvenanceLegend({ kinds }: { kinds: readonly Origin["kind"][] }) {
  const t = await getTranslations("profile");
  if (kinds.length === 0) return null;
  return (
    <div className="rounded bg-slate-50 p-2 text-sm">
      <p className="font-semibold">{t("provenanceLegend")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2">
        {kinds.map((k) => (
          <div key={k} className="contents">
            <dt className="font-mono">{t(`provenanceShort${suffix(k)}`)}</dt>
            <dd>{t(`provenanceLong${suffix(k)}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
