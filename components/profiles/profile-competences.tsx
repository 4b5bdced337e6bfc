import { getTranslations } from "next-intl/server";
import type { ProfileCompetence } from "@/lib/validation/profile";
import { taskAnchor } from "./profile-tasks";

/** Professional competences Kz1…, each with links to the tasks it groups. */
export async function ProfileCompetences({ competences, contentLang }: { competences: ProfileCompetence[]; contentLang: string }) {
  const t = await getTranslations("profile");
  return (
    <section aria-labelledby="profile-competences" className="space-y-3">
      <h2 id="profile-competences" className="text-xl font-semibold">
        {t("competences")}
      </h2>
      <ul className="space-y-3">
        {competences.map((c) => (
          <li key={c.code} className="rounded border border-slate-200 p-3">
            <p className="font-semibold">
              <span className="font-mono text-slate-700">{c.code}</span> <span lang={contentLang}>{c.title}</span>
            </p>
            <p className="mt-1 text-slate-800">
              {t("competenceTasks")}{" "}
              {c.taskCodes.map((code, i) => (
                <span key={code}>
                  {i > 0 ? ", " : null}
                  <a href={`#${taskAnchor(code)}`} className="font-mono text-brand-700 underline underline-offset-2">
                    {code}
                  </a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
