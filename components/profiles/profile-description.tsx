import { getTranslations } from "next-intl/server";
import { Paragraphs } from "@/components/ui/paragraphs";

/** The synthesis and work description from section 2 of the source page, when they were imported. */
export async function ProfileDescription({
  synthesis,
  workDescription,
  contentLang,
}: {
  synthesis: string | null;
  workDescription: string | null;
  contentLang: string;
}) {
  if (!synthesis && !workDescription) return null;
  const t = await getTranslations("profile");
  return (
    <>
      {synthesis ? (
        <section aria-labelledby="profile-synthesis" className="space-y-2">
          <h2 id="profile-synthesis" className="text-xl font-semibold">
            {t("synthesis")}
          </h2>
          <Paragraphs text={synthesis} lang={contentLang} />
        </section>
      ) : null}
      {workDescription ? (
        <section aria-labelledby="profile-work-description" className="space-y-2">
          <h2 id="profile-work-description" className="text-xl font-semibold">
            {t("workDescription")}
          </h2>
          <Paragraphs text={workDescription} lang={contentLang} />
        </section>
      ) : null}
    </>
  );
}
