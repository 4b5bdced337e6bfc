import { getFormatter, getTranslations } from "next-intl/server";
import { IMPORT_DATE_FORMAT } from "@/lib/format-date";
import { selectKey } from "@/lib/i18n/select-key";
import type { ProfileSource } from "@/lib/validation/profile";

/** Where the profile came from: each source document, what part it gave and when it was imported. */
export async function ProfileSources({ sources }: { sources: ProfileSource[] }) {
  const [t, format] = await Promise.all([getTranslations("profile"), getFormatter()]);
  return (
    <section aria-labelledby="profile-sources" className="space-y-2">
      <h2 id="profile-sources" className="text-xl font-semibold">
        {t("sources")}
      </h2>
      <ul className="space-y-1 text-slate-800">
        {sources.map((s) => (
          <li key={`${s.fileName}-${s.part}`}>
            <span className="font-mono text-sm break-all">{s.fileName}</span> — {t("sourceKind", { kind: selectKey(s.kind) })},{" "}
            {t("sourcePart", { part: s.part })}, {t("sourceImportedAt", { date: format.dateTime(s.importedAt, IMPORT_DATE_FORMAT) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
