import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { DiffView } from "@/components/admin/diff-view";
import { RestoreButton } from "@/components/admin/restore-button";
import { requireEditor } from "@/lib/auth";
import { getEditorState, getRevisionSnapshots, listRevisions } from "@/lib/data/drafts";
import { diffSnapshots } from "@/lib/editor/diff";
import { entryPath, parseEntryRef } from "@/lib/editor/entry-ref";
import { Link } from "@/lib/i18n/navigation";
import type { Snapshot } from "@/lib/validation/editor";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; type: string; key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const compareSchema = z.object({ from: z.coerce.number().int().positive().optional(), to: z.coerce.number().int().positive().optional() });

export async function generateMetadata() {
  const t = await getTranslations("editor.history");
  return { title: t("title"), robots: { index: false } };
}

/** Every published revision; any two compared as a readable diff (?from=&to=), any one restored as a draft. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, type, key } = await params;
  setRequestLocale(locale);
  const ref = parseEntryRef(type, key);
  await requireEditor(ref ? entryPath(ref, "history") : "/admin");
  if (!ref) notFound();
  const [state, revisions, t, format] = await Promise.all([getEditorState(ref), listRevisions(ref), getTranslations("editor.history"), getFormatter()]);
  if (!state) notFound();
  const query = compareSchema.safeParse(await searchParams);
  // Default comparison: the previous revision against the latest.
  const to = (query.success ? query.data.to : undefined) ?? revisions[0]?.id;
  const from = (query.success ? query.data.from : undefined) ?? revisions[1]?.id;
  const snapshots = from && to ? await getRevisionSnapshots(ref, [from, to]) : new Map<number, Snapshot>();
  const a = from ? snapshots.get(from) : undefined;
  const b = to ? snapshots.get(to) : undefined;
  const versionOf = (id: number | undefined) => revisions.find((r) => r.id === id)?.version;

  return (
    <section className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("heading", { title: state.live.title })}</h1>
        <Link href={entryPath(ref)} className="text-brand-800 underline">
          {t("backToEditor")}
        </Link>
      </header>
      {revisions.length === 0 ? <p>{t("empty")}</p> : null}
      {revisions.length > 0 ? (
        <Table>
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-2">
                {t("version")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("when")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("author")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("message")}
              </th>
              <th scope="col" className="py-1">
                {t("actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} className="border-b border-slate-100">
                <td className="py-1 pr-2">{r.version}</td>
                <td className="py-1 pr-2">{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="py-1 pr-2">{r.author?.name ?? t(ref.entityType === "occupation" ? "referenceData" : "imported")}</td>
                <td className="py-1 pr-2">{r.message ?? "—"}</td>
                <td className="py-1">
                  <RestoreButton revisionId={r.id} version={r.version} draftRevision={state.draft?.revision ?? 0} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {state.draft ? <p className="text-sm text-amber-800">{t("draftWarning")}</p> : null}

      {revisions.length >= 2 ? (
        <form method="get" className="flex flex-wrap items-end gap-3">
          {(["from", "to"] as const).map((name) => (
            <div key={name} className="space-y-1">
              <label htmlFor={`compare-${name}`} className="block text-sm font-medium">
                {t(name)}
              </label>
              <Select id={`compare-${name}`} name={name} defaultValue={name === "from" ? from : to}>
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t("option", { version: r.version })}
                  </option>
                ))}
              </Select>
            </div>
          ))}
          <Button type="submit">{t("compare")}</Button>
        </form>
      ) : null}

      {a && b ? (
        <section aria-labelledby="diff-heading" className="space-y-3">
          <h2 id="diff-heading" className="text-xl font-semibold">
            {t("diffHeading", { from: versionOf(from) ?? "?", to: versionOf(to) ?? "?" })}
          </h2>
          <DiffView diff={diffSnapshots(ref.entityType, a, b)} />
        </section>
      ) : null}
    </section>
  );
}
