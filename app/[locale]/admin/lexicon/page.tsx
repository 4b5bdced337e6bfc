import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { requireEditor } from "@/lib/auth";
import { listLexicon } from "@/lib/data/lexicon";
import { Link } from "@/lib/i18n/navigation";
import { LEXICON_LANGS, lexiconLangSchema } from "@/lib/validation/lexicon";
import { Button, buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  lang: lexiconLangSchema.optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
});

export async function generateMetadata() {
  const t = await getTranslations("admin.lexicon");
  return { title: t("title"), robots: { index: false } };
}

/** The lexicon's concepts with their preferred term per language, filtered by language and text, 40 a page. */
export default async function LexiconPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditor("/admin/lexicon");
  const query = querySchema.parse(await searchParams);
  const [overview, t] = await Promise.all([listLexicon({ lang: query.lang, q: query.q, page: query.page }), getTranslations("admin.lexicon")]);
  const href = (page: number) => {
    const search = new URLSearchParams({ page: String(page) });
    if (query.lang) search.set("lang", query.lang);
    if (query.q) search.set("q", query.q);
    return `/admin/lexicon?${search}`;
  };
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/admin/lexicon/new" className={buttonClass("secondary")}>
          {t("addConcept")}
        </Link>
      </div>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor="lexicon-lang" className="block text-sm font-medium">
            {t("filterLang")}
          </label>
          <Select id="lexicon-lang" name="lang" defaultValue={query.lang ?? ""}>
            <option value="">{t("allLangs")}</option>
            {LEXICON_LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="lexicon-q" className="block text-sm font-medium">
            {t("filterText")}
          </label>
          <Input id="lexicon-q" name="q" variant="inline" defaultValue={query.q ?? ""} />
        </div>
        <Button type="submit">{t("apply")}</Button>
      </form>
      <p role="status">{t("count", { count: overview.total })}</p>
      <Table>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-2">
              {t("concept")}
            </th>
            <th scope="col" className="py-1">
              {t("terms")}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.concepts.map((c) => (
            <tr key={c.concept} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-2 font-mono font-normal">
                {c.concept}
                {c.isGroup ? <span className="ml-1 font-sans text-xs text-slate-700">{t("group")}</span> : null}
              </th>
              <td className="py-1">
                <ul className="space-y-0.5">
                  {c.pairs.map((p) => (
                    <li key={p.lang}>
                      <Link href={`/admin/lexicon/${c.concept}/${p.lang}`} className="text-brand-800 underline">
                        <span className="font-mono text-xs">{p.lang}</span> <span lang={p.lang}>{p.preferred}</span>
                      </Link>
                      {p.variants > 0 ? <span className="text-slate-700"> {t("variants", { count: p.variants })}</span> : null}
                      <span className="text-slate-700">
                        {" · "}
                        {t(`origin.${p.origin}`)} · {t(`source.${p.source}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pager page={overview.page} pages={overview.pages} href={href} label={t("pagination")} />
    </section>
  );
}
