import { getFormatter, getTranslations } from "next-intl/server";
import type { EntryProvenance } from "@/lib/data/occupation-entries";

type Field = "name" | "description" | "isVocational" | "groupTasks" | "titles";

/**
 * Where one value of a classification entry comes from: the KZiS 2023 source, or a correction by
 * the editorial team (with its date and the source's own text), so a counsellor can tell them apart.
 */
export async function ProvenanceNote({ provenance, field }: { provenance: EntryProvenance; field: Field }) {
  const [t, format] = await Promise.all([getTranslations("occupation.provenance"), getFormatter()]);
  const edited = provenance?.edited[field];
  if (!provenance || !edited) {
    // Titles are GUS's and ESCO's, labelled one by one; the rest is KZiS's.
    return field === "titles" ? null : <p className="text-xs text-slate-700">{t("source")}</p>;
  }
  const date = format.dateTime(provenance.editedAt, { dateStyle: "long" });
  let original: string | null = null;
  if ("source" in edited) {
    const value = edited.source;
    original =
      typeof value === "boolean" ? (value ? t("yes") : t("no")) : Array.isArray(value) ? (value.length ? value.join("; ") : t("empty")) : (value ?? t("empty"));
  }
  return (
    <div className="space-y-1 text-xs text-slate-700" data-provenance={field}>
      <p>
        <span className="rounded bg-amber-100 px-1 font-medium text-amber-900">{t("edited", { date })}</span>
        {provenance.needsReview ? <> {t("needsReview")}</> : null}
      </p>
      {"removed" in edited ? <p>{t("titlesRemoved", { count: edited.removed })}</p> : null}
      {original !== null ? (
        <details>
          <summary className="cursor-pointer">{t("sourceValue")}</summary>
          <p lang="pl" className="mt-1 whitespace-pre-line">
            {original}
          </p>
        </details>
      ) : null}
    </div>
  );
}
