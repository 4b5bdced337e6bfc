import { useTranslations } from "next-intl";
import type { Change, SectionDiff } from "@/lib/editor/diff";

type Props = { diff: readonly SectionDiff[]; lang?: string; headingLevel?: 2 | 3 };

/**
 * A readable diff, per section: what was added, removed, changed or renumbered. Works in server and
 * client components (no hooks but translations). Text is rendered as text, never as HTML.
 */
export function DiffView({ diff, lang = "pl", headingLevel = 3 }: Props) {
  const t = useTranslations("editor.diff");
  if (diff.length === 0) return <p>{t("none")}</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-4">
      {diff.map((section) => (
        <section key={section.section} className="space-y-1">
          <Heading className="font-semibold">{t(`section.${section.section}`)}</Heading>
          <ul className="space-y-1">
            {section.changes.map((change, i) => (
              <li key={i} className="rounded bg-slate-50 px-2 py-1">
                <ChangeLine change={change} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ChangeLine({ change, lang }: { change: Change; lang: string }) {
  const t = useTranslations("editor.diff");
  const where = [change.item, change.field ? t(`field.${change.field}`) : null].filter(Boolean).join(" · ");
  const show = (value: string | null | undefined) =>
    value === null || value === undefined || value === "" ? t(change.field === "level" ? "unknown" : "empty") : value;
  return (
    <span>
      <strong className="mr-1">{t(`kind.${change.kind}`)}</strong>
      {where ? <span className="mr-1 text-slate-700">{where}:</span> : null}
      {change.kind !== "added" ? (
        <del className="bg-red-50 text-red-900" lang={lang}>
          {show(change.before)}
        </del>
      ) : null}
      {change.kind === "changed" || change.kind === "moved" ? <span aria-hidden="true"> → </span> : null}
      {change.kind !== "removed" ? (
        <ins className="bg-green-50 text-green-900 no-underline" lang={lang}>
          {show(change.after)}
        </ins>
      ) : null}
    </span>
  );
}
