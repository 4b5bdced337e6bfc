import { getTranslations } from "next-intl/server";
import { GroupTasks } from "@/components/occupations/group-tasks";
import type { OccupationSnapshot } from "@/lib/validation/editor";

/** A classification entry's draft as its public page shows it: description, group tasks, other titles. */
export async function OccupationPreview({ entry }: { entry: OccupationSnapshot }) {
  const t = await getTranslations("occupation");
  return (
    <>
      {entry.isVocational ? <p>{t("vocational")}</p> : null}
      <section aria-labelledby="description" className="space-y-2">
        <h2 id="description" className="text-xl font-semibold">
          {t("description")}
        </h2>
        {entry.description ? <p lang="pl">{entry.description}</p> : <p className="text-slate-600">{t("noDescription")}</p>}
      </section>
      {entry.groupTasks.length > 0 ? <GroupTasks tasks={entry.groupTasks} /> : null}
      {entry.altTitles.length > 0 ? (
        <section aria-labelledby="alt-titles" className="space-y-2">
          <h2 id="alt-titles" className="text-xl font-semibold">
            {t("altTitles")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {entry.altTitles.map((a) => (
              <li
                key={`${a.source}-${a.language}-${a.title}`}
                lang={a.language}
                className={`rounded px-2 py-1 text-sm ${a.title === entry.preferredTitle ? "bg-blue-50 font-semibold" : "bg-slate-100"}`}
              >
                {a.title}
                {a.title === entry.preferredTitle ? <> · {t("provenance.preferred")}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
