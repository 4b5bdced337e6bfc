import { getTranslations } from "next-intl/server";

/** Social competences ("W szczególności pracownik jest gotów do: …"), in source order. */
export async function SocialCompetences({ items, contentLang }: { items: string[]; contentLang: string }) {
  const t = await getTranslations("profile");
  return (
    <section aria-labelledby="social-competences" className="space-y-2">
      <h2 id="social-competences" className="text-xl font-semibold">
        {t("socialCompetences")}
      </h2>
      <p className="text-slate-700">{t("socialIntro")}</p>
      <ul className="list-disc space-y-1 pl-6" lang={contentLang}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
