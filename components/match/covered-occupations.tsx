import { getTranslations } from "next-intl/server";
import { AddToFolderButton } from "@/components/folder/add-to-folder-button";
import { Link } from "@/lib/i18n/navigation";
import type { CoveredOccupation, RequirementGroup, RequirementView } from "@/lib/validation/match";

type Labels = { covered: "covered" | "shared"; missing: "missing" | "toLearn"; coverage: "coverage" | "sharedOf" };

/**
 * Occupations with the share of their requirements covered, and, behind a disclosure, what is
 * covered and what is missing, by task Z1–Zn (profiles) or as one list of ESCO skills. Used by
 * /match (what you have / what is missing) and by career transitions (shared / to learn).
 */
export async function CoveredOccupations({
  items,
  labels,
  headingLevel = 3,
  start = 1,
  folderLabels,
}: {
  items: CoveredOccupation[];
  labels: Labels;
  headingLevel?: 3 | 4;
  start?: number;
  /** With these, each occupation gets "Add to folder" (on /match: a shortlist for the client). */
  folderLabels?: { add: string; added: string; full: string };
}) {
  // A list shows at most ITEMS_SHOWN requirements per task or ESCO list and counts the rest: an
  // ESCO-based occupation has up to a hundred skills, and ten of them made /match a 200 kB page
  // whose rendering was most of its time. The occupation's page has every item.
  const t = await getTranslations("match");
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="space-y-3" start={start}>
      {items.map((o) => {
        const percent = Math.round(o.ratio * 100);
        const coveredCount = o.groups.reduce((n, g) => n + g.covered.length, 0);
        const missingCount = o.groups.reduce((n, g) => n + g.missing.length, 0);
        return (
          <li key={o.code} className="rounded border border-slate-200 p-3">
            <Heading className="font-semibold">
              <Link href={`/occupations/${o.code}`} className="text-brand-800 underline-offset-2 hover:underline">
                <span className="font-mono font-normal text-slate-700">{o.code}</span> <span lang="pl">{o.name}</span>
              </Link>
            </Heading>
            {folderLabels ? <AddToFolderButton id={o.code} title={o.name} labels={folderLabels} /> : null}
            {o.unitGroup ? (
              <p className="text-sm text-slate-700">
                <Link href={`/occupations/${o.unitGroup.code}`} className="underline-offset-2 hover:underline">
                  {t("unitGroup", { code: o.unitGroup.code, name: o.unitGroup.name })}
                </Link>
              </p>
            ) : null}
            <p className="mt-1 text-sm">
              {t(labels.coverage, { covered: o.covered, total: o.total, percent })} · {t("basis", { basis: o.basis })}
            </p>
            {/* The bar repeats the figure in the text just before it, so it is hidden from screen readers. */}
            {/* An SVG's width attribute, not a style attribute: the CSP allows no inline styles. */}
            <svg aria-hidden="true" className="mt-1 block h-2 w-full max-w-sm" focusable="false">
              <rect width="100%" height="100%" rx="4" className="fill-slate-200" />
              <rect width={`${Math.max(percent, 1)}%`} height="100%" rx="4" className="fill-brand-700" />
            </svg>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-brand-800">
                {t("details")}: {t(labels.covered, { count: coveredCount })}, {t(labels.missing, { count: missingCount })}
              </summary>
              <div className="mt-2 space-y-3">
                {o.groups.map((g, i) => (
                  <RequirementGroupView
                    key={`${g.ref ?? "esco"}-${i}`}
                    group={g}
                    escoLabel={t("escoGroup")}
                    coveredTitle={t(labels.covered, { count: g.covered.length })}
                    missingTitle={t(labels.missing, { count: g.missing.length })}
                    nothing={t("nothing")}
                    more={(count) => t("moreItems", { count })}
                    moreHref={`/occupations/${o.code}`}
                  />
                ))}
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}

// Plain (synchronous) components below: a page renders hundreds of them, and the labels come in as props.
const ITEMS_SHOWN = 12;

type MoreProps = { more: (count: number) => string; moreHref: string };

function RequirementGroupView({
  group,
  escoLabel,
  coveredTitle,
  missingTitle,
  nothing,
  more,
  moreHref,
}: { group: RequirementGroup; escoLabel: string; coveredTitle: string; missingTitle: string; nothing: string } & MoreProps) {
  return (
    <div className="space-y-1">
      <p className="font-medium">
        {group.ref ? (
          <>
            <span className="font-mono">{group.ref}</span> {group.title ? <span lang="pl">{group.title}</span> : null}
          </>
        ) : (
          escoLabel
        )}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <RequirementList title={coveredTitle} items={group.covered} tone="covered" nothing={nothing} more={more} moreHref={moreHref} />
        <RequirementList title={missingTitle} items={group.missing} tone="missing" nothing={nothing} more={more} moreHref={moreHref} />
      </div>
    </div>
  );
}

function RequirementList({
  title,
  items,
  tone,
  nothing,
  more,
  moreHref,
}: { title: string; items: RequirementView[]; tone: "covered" | "missing"; nothing: string } & MoreProps) {
  const hidden = items.length - ITEMS_SHOWN;
  return (
    <div className={`rounded p-2 ${tone === "covered" ? "bg-green-50" : "bg-amber-50"}`} data-requirements={tone} data-total={items.length}>
      <p className="text-sm font-semibold">{title}</p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{nothing}</p>
      ) : (
        <ul className="list-disc space-y-0.5 pl-5 text-sm">
          {items.slice(0, ITEMS_SHOWN).map((item, i) => (
            <li key={i} lang={item.lang}>
              {item.text}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 ? (
        <p className="mt-1 text-sm">
          <Link href={moreHref} className="text-brand-800 underline underline-offset-2">
            {more(hidden)}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
