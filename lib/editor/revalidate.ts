import "server-only";
import { revalidatePath } from "next/cache";
import { store } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { MATCH_REVALIDATION, instanceId, type PageRevalidation } from "@/lib/store/changes";
import type { EntityRef } from "@/lib/validation/editor";

/** The KZiS parent of a code: 6 digits → the 4-digit unit group, otherwise one digit less; none for a major group. */
function kzisParentOf(code: string): string | null {
  if (code.length === 6) return code.slice(0, 4);
  return code.length > 1 ? code.slice(0, -1) : null;
}

/** The public pages that show an entry, in every UI language (the default one also without prefix). */
function publicPathsOf(ref: EntityRef, occupationCodes: readonly (string | null)[] = []): string[] {
  const base = ref.entityType === "position" ? [`/positions/${ref.entityKey}`] : [`/occupations/${ref.entityKey}`];
  // A classification entry is listed on its parent's page (the list of children).
  if (ref.entityType === "occupation") {
    const parent = kzisParentOf(ref.entityKey);
    if (parent) base.push(`/occupations/${parent}`);
  }
  // A position is listed on the page of the occupation it is (or was) assigned to.
  for (const code of occupationCodes) if (code) base.push(`/occupations/${code}`);
  return base.flatMap((p) => [p, ...routing.locales.map((l) => `/${l}${p}`)]);
}

/** The cached pages a publish of `ref` makes stale. */
export function entryRevalidations(ref: EntityRef, occupationCodes: readonly (string | null)[] = []): PageRevalidation[] {
  const revalidations: PageRevalidation[] = [...publicPathsOf(ref, occupationCodes).map((path) => ({ path })), MATCH_REVALIDATION];
  if (ref.entityType === "occupation") {
    // A group's name is in every descendant's breadcrumbs and a unit group's tasks on each of its
    // occupations' pages; an occupation's name on the pages of positions assigned to it. These
    // cached pages are marked stale by route and re-render on their next visit.
    if (ref.entityKey.length < 6) revalidations.push({ path: "/[locale]/occupations/[code]", type: "page" });
    revalidations.push({ path: "/[locale]/positions/[id]", type: "page" });
  }
  return revalidations;
}

/**
 * The cached pages a lexicon change makes stale. A group's name in the reader's language is on the
 * home page and on every classification page (its own, its children's breadcrumbs and lists); a
 * word's terms only steer search, which reads the lexicon per index version and is never cached.
 */
export function lexiconRevalidations(isGroup: boolean): PageRevalidation[] {
  const search: PageRevalidation = { path: "/[locale]/search", type: "page" };
  if (!isGroup) return [search];
  return [
    { path: "/[locale]", type: "page" },
    { path: "/[locale]/occupations/[code]", type: "page" },
    { path: "/[locale]/positions/[id]", type: "page" },
    search,
  ];
}

/**
 * Revalidates the pages here, then tells the other instances on the same database (lib/store/
 * changes.ts; scripts/serve.ts applies what they announce). The data is committed before this runs:
 * if the announcement fails, the other instances catch up within the pages' 60 s, so the failure is
 * logged and the editor's publish still answers that it succeeded (it did).
 */
export async function revalidatePages(revalidations: readonly PageRevalidation[]): Promise<void> {
  for (const { path, type } of revalidations) revalidatePath(path, type);
  await store.changes.announce({ origin: instanceId(), revalidations: [...revalidations] }).catch((error: unknown) => {
    console.warn("Could not tell the other instances which pages changed; they catch up within 60 s.", error);
  });
}
