import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/link";
import type { FacetBucket, SearchFacets as Facets } from "@/lib/validation/search";
import { searchHref, type SearchChange, type SearchState } from "./search-href";

const linkClass = "flex justify-between gap-2 rounded px-2 py-1 hover:bg-slate-100";

function FacetGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-1">
      <h3 id={id} className="text-sm font-semibold text-slate-800">
        {title}
      </h3>
      <ul className="space-y-0.5 text-sm">{children}</ul>
    </section>
  );
}

/** A facet value: a link that sets the filter, or clears it when it is the selected value. */
function FacetLink({
  state,
  change,
  isSelected,
  label,
  count,
}: {
  state: SearchState;
  change: SearchChange;
  isSelected: boolean;
  label: string;
  count: number;
}) {
  return (
    <li>
      <Link
        href={searchHref(state, change)}
        aria-current={isSelected ? "true" : undefined}
        className={`${linkClass} ${isSelected ? "bg-slate-100 font-semibold" : ""}`}
      >
        <span>
          {isSelected ? <span aria-hidden="true">✓ </span> : null}
          {label}
        </span>
        <span className="text-slate-600">{count}</span>
      </Link>
    </li>
  );
}

function bucketLinks(state: SearchState, key: "level" | "kind" | "lang", buckets: FacetBucket[], label: (value: string) => string) {
  return buckets.map((b) => (
    <FacetLink
      key={b.value}
      state={state}
      change={{ [key]: state[key] === b.value ? undefined : b.value }}
      isSelected={state[key] === b.value}
      label={label(b.value)}
      count={b.count}
    />
  ));
}

/** Filters with counts. Plain links: they work without JavaScript and keep the URL shareable. */
export async function SearchFacets({ state, facets }: { state: SearchState; facets: Facets }) {
  const [t, tl, tk] = await Promise.all([getTranslations("facets"), getTranslations("levels"), getTranslations("searchResults.kind")]);
  const kindLabel = (v: string) => (v === "profile" || v === "classification" ? t(`kindValue.${v}`) : tk(v));
  const langLabel = (v: string) => (["pl", "en", "kk", "ru"].includes(v) ? t(`languageValue.${v}`) : v);
  // "With a full profile" is already a value of the kind facet; the extra switch is shown only to
  // undo it in an older link that set it, so the same filter is never offered twice.
  const showProfile = Boolean(state.profile);
  const showVocational = facets.vocational > 0 || Boolean(state.vocational);
  const hasFilters = Boolean(state.prefix || state.level || state.kind || state.lang || state.vocational || state.profile);
  return (
    <div className="space-y-5">
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      {hasFilters ? (
        <p>
          <Link
            href={searchHref(state, { prefix: undefined, level: undefined, kind: undefined, lang: undefined, vocational: undefined, profile: undefined })}
            className="text-sm text-brand-700 underline"
          >
            {t("clear")}
          </Link>
        </p>
      ) : null}

      {/* A facet with nothing to offer is not shown (a search with no results, a leaf group). */}
      {facets.prefix.selected || facets.prefix.buckets.length > 0 ? (
        <FacetGroup id="facet-group" title={t("group")}>
          {facets.prefix.selected ? (
            <>
              <li>
                <Link href={searchHref(state, { prefix: undefined })} className={linkClass}>
                  {t("allGroups")}
                </Link>
              </li>
              {facets.prefix.path.map((p, i) => (
                <li key={p.code} className={indentClass(i + 1)}>
                  <Link
                    href={searchHref(state, { prefix: p.code })}
                    aria-current={p.code === facets.prefix.selected ? "true" : undefined}
                    className={`${linkClass} ${p.code === facets.prefix.selected ? "font-semibold" : ""}`}
                  >
                    <span>
                      <span className="font-mono">{p.code}</span> <span lang="pl">{p.label}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </>
          ) : null}
          {facets.prefix.buckets.map((b) => (
            <li key={b.value} className={facets.prefix.selected ? indentClass(facets.prefix.path.length + 1) : undefined}>
              <Link href={searchHref(state, { prefix: b.value })} className={linkClass}>
                <span>
                  <span className="font-mono">{b.value}</span> <span lang="pl">{b.label}</span>
                </span>
                <span className="text-slate-600">{b.count}</span>
              </Link>
            </li>
          ))}
        </FacetGroup>
      ) : null}

      {facets.kind.length ? (
        <FacetGroup id="facet-kind" title={t("kind")}>
          {bucketLinks(state, "kind", facets.kind, kindLabel)}
        </FacetGroup>
      ) : null}

      {facets.level.length ? (
        <FacetGroup id="facet-level" title={t("level")}>
          {bucketLinks(state, "level", facets.level, (v) => tl(v))}
        </FacetGroup>
      ) : null}

      {facets.language.length ? (
        <FacetGroup id="facet-language" title={t("language")}>
          {bucketLinks(state, "lang", facets.language, langLabel)}
        </FacetGroup>
      ) : null}

      {showProfile || showVocational ? (
        <FacetGroup id="facet-more" title={t("more")}>
          {showProfile ? (
            <FacetLink
              state={state}
              change={{ profile: state.profile ? undefined : true }}
              isSelected={Boolean(state.profile)}
              label={t("profile")}
              count={facets.profile}
            />
          ) : null}
          {showVocational ? (
            <FacetLink
              state={state}
              change={{ vocational: state.vocational ? undefined : true }}
              isSelected={Boolean(state.vocational)}
              label={t("vocational")}
              count={facets.vocational}
            />
          ) : null}
        </FacetGroup>
      ) : null}
    </div>
  );
}

/** 0.5 rem per level of the KZiS tree (five levels), as classes: the CSP allows no inline style attributes. */
const INDENT_CLASSES = ["", "pl-2", "pl-4", "pl-6", "pl-8", "pl-10", "pl-12"] as const;

function indentClass(depth: number): string {
  return INDENT_CLASSES[Math.min(depth, INDENT_CLASSES.length - 1)]!;
}
