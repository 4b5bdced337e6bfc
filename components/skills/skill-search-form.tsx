import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A plain GET form: works without JavaScript, and the URL holds the phrase. */
export async function SkillSearchForm({ locale, defaultValue = "" }: { locale: string; defaultValue?: string }) {
  const t = await getTranslations("skills");
  return (
    <form role="search" action={localePath(locale, "/skills")} method="get" className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor="skill-q" className="sr-only">
        {t("label")}
      </label>
      <Input variant="search" id="skill-q" name="q" type="search" defaultValue={defaultValue} placeholder={t("placeholder")} autoComplete="off" />
      <Button variant="primary" type="submit">
        {t("submit")}
      </Button>
    </form>
  );
}
