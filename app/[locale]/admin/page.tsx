import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { StartProfileButton } from "@/components/admin/queue/start-profile-button";
import { requireEditor } from "@/lib/auth";
import { listEditableEntries } from "@/lib/data/admin-entries";
import { listWorkQueue } from "@/lib/data/work-queue";
import { Link } from "@/lib/i18n/navigation";
import { OCCUPATION_LEVELS } from "@/lib/validation/occupation";
import { QUEUE_SORTS, workQueueHref, workQueueQuerySchema } from "@/lib/validation/work-queue";
import { Button } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { inputClass } from "@/components/ui/input";
import { Pager } from "@/components/ui/pager";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("admin.queue");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Repeated query parameters count once (the first), like a form would send them. */
function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/**
 * The editorial work queue: every KZiS entry, searchable, filterable, sortable and paginated by the
 * query string (a GET form: shareable, works without JavaScript), with links to edit, history and
 * the public page, and "start profile" for occupations without one. Positions follow below.
 */
export default async function AdminQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditor("/admin");
  const query = workQueueQuerySchema.parse(firstValues(await searchParams));
  const [page, entries, t, tl, te, format] = await Promise.all([
    listWorkQueue(query),
    listEditableEntries(),
    getTranslations("admin.queue"),
    getTranslations("levels"),
    getTranslations("admin.entries"),
    getFormatter(),
  ]);
  const positions = entries.filter((e) => e.type === "position");
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const input = inputClass("inline");
  const link = "text-brand-800 underline";
  const sortLink = (sort: (typeof QUEUE_SORTS)[number]) => {
    const active = query.sort === sort;
    const dir = active && query.dir === "asc" ? "desc" : "asc";
    return (
      <Link href={workQueueHref(query, { sort, dir, page: 1 })} className={link} aria-label={t("sortBy", { column: t(`column.${sort}`) })}>
        {t(`column.${sort}`)}
        {active ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    );
  };
  const ariaSort = (sort: string) => (query.sort === sort ? (query.dir === "asc" ? "ascending" : "descending") : undefined);

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <div className="space-y-1">
          <label htmlFor="queue-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="queue-q" name="q" type="search" defaultValue={query.q} className={input} />
        </div>
        <div className="space-y-1">
          <label htmlFor="queue-level" className="block text-sm font-medium">
            {t("level")}
          </label>
          <select id="queue-level" name="level" defaultValue={query.level} className={input}>
            <option value="">{t("any")}</option>
            {OCCUPATION_LEVELS.map((l) => (
              <option key={l} value={l}>
                {tl(l)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="queue-prefix" className="block text-sm font-medium">
            {t("prefix")}
          </label>
          <input id="queue-prefix" name="prefix" inputMode="numeric" pattern="\d{0,6}" maxLength={6} size={7} defaultValue={query.prefix} className={input} />
        </div>
        <YesNoFilter name="profile" label={t("hasProfile")} value={query.profile} words={{ any: t("any"), yes: t("yes"), no: t("no") }} className={input} />
        <YesNoFilter name="draft" label={t("hasDraft")} value={query.draft} words={{ any: t("any"), yes: t("yes"), no: t("no") }} className={input} />
        <div className="space-y-1">
          <label htmlFor="queue-since" className="block text-sm font-medium">
            {t("since")}
          </label>
          <input id="queue-since" name="since" type="date" defaultValue={query.since} className={input} />
        </div>
        <label className="inline-flex items-center gap-1 py-1">
          <input type="checkbox" name="missing" value="1" defaultChecked={query.missing} />
          {t("missing")}
        </label>
        <label className="inline-flex items-center gap-1 py-1">
          <input type="checkbox" name="repaired" value="1" defaultChecked={query.repaired} />
          {t("repaired")}
        </label>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <Button type="submit">{t("apply")}</Button>
        <Link href="/admin" className={link}>
          {t("reset")}
        </Link>
      </form>

      <p role="status" className="text-sm text-slate-700">
        {t("count", { total: page.total, page: Math.min(page.page, pages), pages })}
      </p>

      <div className="overflow-x-auto">
        <Table>
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-2" aria-sort={ariaSort("code")}>
                {sortLink("code")}
              </th>
              <th scope="col" className="py-1 pr-2" aria-sort={ariaSort("name")}>
                {sortLink("name")}
              </th>
              <th scope="col" className="py-1 pr-2" aria-sort={ariaSort("level")}>
                {sortLink("level")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("column.state")}
              </th>
              <th scope="col" className="py-1">
                {t("column.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => {
              const newProfile = r.drafts.find((d) => d.isNewProfile);
              return (
                <tr key={r.code} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-2 font-mono">{r.code}</td>
                  <td className="py-1 pr-2" lang="pl">
                    {r.name}
                  </td>
                  <td className="py-1 pr-2">{tl(r.level)}</td>
                  <td className="py-1 pr-2">
                    <ul className="flex flex-wrap gap-1 text-xs">
                      {r.profile ? <li className="rounded bg-green-100 px-1">{t("state.profile", { version: r.profile.version })}</li> : null}
                      {r.drafts.map((d) => (
                        <li key={d.entityType} className="rounded bg-amber-100 px-1">
                          {t(d.isNewProfile ? "state.newProfileDraft" : d.entityType === "profile" ? "state.profileDraft" : "state.entryDraft", {
                            author: d.author ?? "—",
                            when: format.relativeTime(d.updatedAt),
                          })}
                        </li>
                      ))}
                      {r.level === "occupation" && !r.hasDescription ? <li className="rounded bg-slate-200 px-1">{t("state.noDescription")}</li> : null}
                      {r.isNameRepaired ? <li className="rounded bg-sky-100 px-1">{t("state.repaired")}</li> : null}
                      {r.lastEdit ? (
                        <li className="rounded bg-slate-100 px-1">{t("state.edited", { when: format.dateTime(r.lastEdit, { dateStyle: "short" }) })}</li>
                      ) : null}
                    </ul>
                  </td>
                  <td className="py-1">
                    <span className="flex flex-wrap items-center gap-2">
                      <Link href={`/admin/entries/occupation/${r.code}`} className={link} aria-label={t("editEntryLabel", { code: r.code })}>
                        {t("editEntry")}
                      </Link>
                      <Link href={`/admin/entries/occupation/${r.code}/history`} className={link} aria-label={t("historyLabel", { code: r.code })}>
                        {t("history")}
                      </Link>
                      <Link href={`/occupations/${r.code}`} className={link} aria-label={t("publicLabel", { code: r.code })}>
                        {t("public")}
                      </Link>
                      {r.profile || newProfile ? (
                        <>
                          <Link href={`/admin/entries/profile/${r.code}`} className={link} aria-label={t("editProfileLabel", { code: r.code })}>
                            {r.profile ? t("editProfile") : t("continueProfile")}
                          </Link>
                          {r.profile ? (
                            <Link href={`/admin/entries/profile/${r.code}/history`} className={link} aria-label={t("profileHistoryLabel", { code: r.code })}>
                              {t("profileHistory")}
                            </Link>
                          ) : null}
                        </>
                      ) : r.level === "occupation" ? (
                        <StartProfileButton code={r.code} name={r.name} />
                      ) : null}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </div>
      {page.rows.length === 0 ? <p>{t("empty")}</p> : null}

      <Pager page={query.page} pages={pages} href={(p) => workQueueHref(query, { page: p })} label={t("pagination")} />

      {positions.length > 0 ? (
        <section aria-labelledby="positions-heading" className="space-y-2">
          <h2 id="positions-heading" className="text-xl font-semibold">
            {t("positions")}
          </h2>
          <ul className="space-y-1 text-sm">
            {positions.map((e) => (
              <li key={e.key} className="flex flex-wrap gap-2">
                <span className="font-medium">{e.title}</span> <span className="text-slate-600">({e.detail})</span>
                {e.draft ? (
                  <span className="rounded bg-amber-100 px-1 text-xs">
                    {te("draftBy", { author: e.draft.author ?? "—", when: format.relativeTime(e.draft.updatedAt) })}
                  </span>
                ) : null}
                <Link href={`/admin/entries/position/${e.key}`} className={link} aria-label={te("editLabel", { title: e.title })}>
                  {te("edit")}
                </Link>
                <Link href={`/admin/entries/position/${e.key}/history`} className={link} aria-label={te("historyLabel", { title: e.title })}>
                  {te("history")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/** A yes / no / either filter of the queue's GET form (the query string holds "yes", "no" or nothing). */
function YesNoFilter({
  name,
  label,
  value,
  words,
  className,
}: {
  name: string;
  label: string;
  value: string | undefined;
  words: { any: string; yes: string; no: string };
  className: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`queue-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`queue-${name}`} name={name} defaultValue={value} className={className}>
        <option value="">{words.any}</option>
        <option value="yes">{words.yes}</option>
        <option value="no">{words.no}</option>
      </select>
    </div>
  );
}
