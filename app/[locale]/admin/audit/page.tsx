import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth";
import { AUDIT_ACTIONS, AUDIT_PAGE_SIZE, listAudit } from "@/lib/data/audit";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
});

export async function generateMetadata() {
  const t = await getTranslations("admin.audit");
  return { title: t("title"), robots: { index: false } };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin("/admin/audit");
  const query = querySchema.parse(await searchParams);
  const [{ rows, total }, t, format] = await Promise.all([listAudit(query.page, { action: query.action }), getTranslations("admin.audit"), getFormatter()]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const href = (page: number) => `/admin/audit?page=${page}${query.action ? `&action=${query.action}` : ""}`;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" className="flex items-end gap-2">
        <div className="space-y-1">
          <label htmlFor="audit-action" className="block text-sm font-medium">
            {t("filter")}
          </label>
          <Select id="audit-action" name="action" defaultValue={query.action ?? ""}>
            <option value="">{t("all")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`action.${a}`)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit">{t("apply")}</Button>
      </form>
      <Table>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-2">
              {t("when")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("who")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("what")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("entity")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("details")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("count")}
            </th>
            <th scope="col" className="py-1">
              {t("address")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-2 whitespace-nowrap">{format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
              <td className="py-1 pr-2">{r.user?.email ?? "—"}</td>
              <td className="py-1 pr-2">
                {AUDIT_ACTIONS.includes(r.action as (typeof AUDIT_ACTIONS)[number]) ? t(`action.${r.action as (typeof AUDIT_ACTIONS)[number]}`) : r.action}
              </td>
              <td className="py-1 pr-2 font-mono">{r.entity ?? "—"}</td>
              <td className="py-1 pr-2 font-mono text-xs break-all">{r.details === null ? "" : JSON.stringify(r.details)}</td>
              <td className="py-1 pr-2">{r.count > 1 && r.lastAt ? `${r.count} (→ ${format.dateTime(r.lastAt, { timeStyle: "medium" })})` : r.count}</td>
              <td className="py-1 font-mono text-xs">{r.ip ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pager page={query.page} pages={pages} href={href} label={t("pagination")} />
    </section>
  );
}
