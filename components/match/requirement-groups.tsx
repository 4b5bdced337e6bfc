import { Link } from "@/lib/i18n/link";
import type { RequirementGroup, RequirementView } from "@/lib/validation/match";

/** The texts of the lists; the counted ones are functions, since they come from a server's or a browser's translator. */
export type RequirementLabels = {
  covered: (count: number) => string;
  missing: (count: number) => string;
  more: (count: number) => string;
  escoGroup: string;
  nothing: string;
};

/** Which words a list uses: what the client has / is missing (/match), or what is shared / to learn (transitions). */
export type DetailsTone = { covered: "covered" | "shared"; missing: "missing" | "toLearn" };

type LabelKey = DetailsTone["covered"] | DetailsTone["missing"] | "moreItems" | "escoGroup" | "nothing";

/** The "match" messages a result's disclosure (requirement-details.tsx) translates in the browser: its own states and every label of the lists. */
export const REQUIREMENT_DETAILS_KEYS = [
  "detailsLoading",
  "detailsFailed",
  "detailsPage",
  "covered",
  "missing",
  "shared",
  "toLearn",
  "moreItems",
  "escoGroup",
  "nothing",
] as const;

/**
 * The "match" messages a list of results (covered-occupations.tsx, a client component) translates in
 * the browser, its disclosures' among them. Here, not in that module: a constant exported from a
 * "use client" module reaches a server component as a client reference, not as its value.
 */
export const COVERED_OCCUPATIONS_KEYS = [...REQUIREMENT_DETAILS_KEYS, "coverage", "sharedOf", "basis", "details", "unitGroup"] as const;

/** The labels from the "match" messages, through the server's (getTranslations) or the browser's (useTranslations) translator. */
export function requirementLabels(t: (key: LabelKey, values?: { count: number }) => string, tone: DetailsTone): RequirementLabels {
  return {
    covered: (count) => t(tone.covered, { count }),
    missing: (count) => t(tone.missing, { count }),
    more: (count) => t("moreItems", { count }),
    escoGroup: t("escoGroup"),
    nothing: t("nothing"),
  };
}

/**
 * What is covered and what is missing, by task Z1–Zn (profiles) or as one list of ESCO skills.
 * Plain (synchronous) components with the labels as props: the browser renders them in a result's
 * disclosure (requirement-details.tsx) and the server on the page of one result.
 */
export function RequirementGroups({
  groups,
  labels,
  shown = Number.POSITIVE_INFINITY,
  moreHref,
}: {
  groups: RequirementGroup[];
  labels: RequirementLabels;
  /** At most this many items per list; the rest are counted, with a link to `moreHref`. */
  shown?: number;
  moreHref: string;
}) {
  return (
    <div className="mt-2 space-y-3">
      {groups.map((g, i) => (
        <div key={`${g.ref ?? "esco"}-${i}`} className="space-y-1">
          <p className="font-medium">
            {g.ref ? (
              <>
                <span className="font-mono">{g.ref}</span> {g.title ? <span lang="pl">{g.title}</span> : null}
              </>
            ) : (
              labels.escoGroup
            )}
          </p>
          <div className="grid gap-2 sm:grid-cols-2">
            <RequirementList title={labels.covered(g.covered.length)} items={g.covered} tone="covered" labels={labels} shown={shown} moreHref={moreHref} />
            <RequirementList title={labels.missing(g.missing.length)} items={g.missing} tone="missing" labels={labels} shown={shown} moreHref={moreHref} />
          </div>
        </div>
      ))}
    </div>
  );
}

function RequirementList({
  title,
  items,
  tone,
  labels,
  shown,
  moreHref,
}: {
  title: string;
  items: RequirementView[];
  tone: "covered" | "missing";
  labels: RequirementLabels;
  shown: number;
  moreHref: string;
}) {
  const hidden = items.length - shown;
  return (
    <div className={`rounded p-2 ${tone === "covered" ? "bg-green-50" : "bg-amber-50"}`} data-requirements={tone} data-total={items.length}>
      <p className="text-sm font-semibold">{title}</p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{labels.nothing}</p>
      ) : (
        <ul className="list-disc space-y-0.5 pl-5 text-sm">
          {items.slice(0, shown).map((item, i) => (
            <li key={i} lang={item.lang}>
              {item.text}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 ? (
        <p className="mt-1 text-sm">
          <Link href={moreHref} className="text-brand-800 underline underline-offset-2">
            {labels.more(hidden)}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
