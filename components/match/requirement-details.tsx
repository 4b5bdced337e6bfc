"use client";

import { useTranslations } from "next-intl";
import { useState, type SyntheticEvent } from "react";
import { Link } from "@/lib/i18n/link";
import type { RequirementGroup } from "@/lib/validation/match";
import { readRequirementGroups } from "./requirement-groups-response";
import { RequirementGroups, requirementLabels, type DetailsTone } from "./requirement-groups";

/** The list of a result shows at most this many items per task or ESCO list and counts the rest (an ESCO-based occupation has up to a hundred skills). */
const ITEMS_SHOWN = 12;

type State = { status: "closed" | "loading" | "failed" } | { status: "ready"; groups: RequirementGroup[] };

/**
 * A result's covered and missing items behind a disclosure, fetched from `source` (JSON) the first
 * time it is opened. Ten results' lists were most of /match's bytes and of its rendering time
 * (issue 13's p95 target), and few are ever opened. Without JavaScript the disclosure holds a link
 * to `view`, a page with the same lists; with it the link stays until the lists arrive.
 */
export function RequirementDetails({
  summary,
  source,
  view,
  moreHref,
  tone,
}: {
  summary: string;
  source: string;
  view: string;
  /** Where a list's "…and N more" leads (the occupation's page has every item). */
  moreHref: string;
  tone: DetailsTone;
}) {
  const t = useTranslations("match");
  const [state, setState] = useState<State>({ status: "closed" });

  async function load() {
    setState({ status: "loading" });
    try {
      const response = await fetch(source, { headers: { accept: "application/json" } });
      const groups = response.ok ? readRequirementGroups(await response.json()) : null;
      setState(groups ? { status: "ready", groups } : { status: "failed" });
    } catch {
      setState({ status: "failed" });
    }
  }

  function onToggle(event: SyntheticEvent<HTMLDetailsElement>) {
    if (event.currentTarget.open && (state.status === "closed" || state.status === "failed")) void load();
  }

  return (
    <details className="mt-2" onToggle={onToggle}>
      <summary className="cursor-pointer text-sm font-medium text-brand-800">{summary}</summary>
      {state.status === "ready" ? (
        <RequirementGroups groups={state.groups} shown={ITEMS_SHOWN} moreHref={moreHref} labels={requirementLabels(t, tone)} />
      ) : (
        <p className="mt-2 text-sm" aria-busy={state.status === "loading"}>
          {state.status === "loading" ? `${t("detailsLoading")} ` : state.status === "failed" ? `${t("detailsFailed")} ` : null}
          <Link href={view} className="text-brand-800 underline underline-offset-2">
            {t("detailsPage")}
          </Link>
        </p>
      )}
    </details>
  );
}
