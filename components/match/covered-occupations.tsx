"use client";

import { useTranslations } from "next-intl";
import { AddToFolderButton } from "@/components/folder/add-to-folder-button";
import { Link } from "@/lib/i18n/link";
import type { CoveredOccupationSummary } from "@/lib/validation/match";
import { RequirementDetails } from "./requirement-details";
import type { DetailsTone } from "./requirement-groups";

type Labels = DetailsTone & { coverage: "coverage" | "sharedOf" };

/**
 * Where one result's lists come from: the JSON the disclosure fetches, and the page that shows them
 * without JavaScript. Addresses with `{code}` where the result's code goes (strings, not functions:
 * they cross from the server to this client component); `{` and `}` never occur unencoded in a query
 * the page builds, so the placeholder cannot collide with a skill's text.
 */
export type GapLinks = { source: string; view: string };

const CODE = "{code}";

/**
 * Occupations with the share of their requirements covered and, behind a disclosure that loads
 * them when opened, what is covered and what is missing. Used by /match (what you have / what is
 * missing) and by career transitions (shared / to learn).
 *
 * A client component, so that the page's RSC payload carries the ten summaries as data (about
 * 2 kB) instead of the whole rendered list as an element tree (28 kB on a /match page): a new set
 * on /match is rendered per request, and serialising the tree and reading it back for the HTML was
 * a large share of that render (issue 13; ADR 0014). The HTML is the same, rendered on the server.
 */
export function CoveredOccupations({
  items,
  labels,
  gap,
  headingLevel = 3,
  start = 1,
  folderLabels,
}: {
  items: CoveredOccupationSummary[];
  labels: Labels;
  gap: GapLinks;
  headingLevel?: 3 | 4;
  start?: number;
  /** With these, each occupation gets "Add to folder" (on /match: a shortlist for the client). */
  folderLabels?: { add: string; added: string; full: string };
}) {
  const t = useTranslations("match");
  const Heading = `h${headingLevel}` as const;
  const tone: DetailsTone = { covered: labels.covered, missing: labels.missing };
  return (
    <ol className="space-y-3" start={start}>
      {items.map((o) => {
        const percent = Math.round(o.ratio * 100);
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
                  {t.rich("unitGroup", { code: o.unitGroup.code, groupName: o.unitGroup.name, name: (chunks) => <span lang="pl">{chunks}</span> })}
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
            <RequirementDetails
              summary={`${t("details")}: ${t(labels.covered, { count: o.covered })}, ${t(labels.missing, { count: o.total - o.covered })}`}
              source={gap.source.replace(CODE, o.code)}
              view={gap.view.replace(CODE, o.code)}
              moreHref={`/occupations/${o.code}`}
              tone={tone}
            />
          </li>
        );
      })}
    </ol>
  );
}
