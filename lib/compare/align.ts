import type { AlignedRow, AlignedSection, CompareItem, CompareSectionId } from "@/lib/validation/compare";
import { normalizeItem } from "./normalize";
import { computeOverlap } from "./overlap";

/**
 * Lines up one section of 2–4 entries: one row per distinct item (by key), a cell per entry.
 * Shared rows come first (most entries first, then in the order they first appear), then each
 * entry's own items in its source order, so a column reads like the source. Pure.
 */

/** ESCO skills meet by identity (EscoSkill.id); everything else by its normalised text. */
export function itemKey(item: Pick<CompareItem, "text" | "escoId">): string {
  if (item.escoId !== null) return `esco:${item.escoId}`;
  const key = normalizeItem(item.text);
  // Text with no letters or digits at all keeps its own identity rather than meeting every other such text.
  return key === "" ? `raw:${item.text.trim()}` : key;
}

type Building = { key: string; order: number; cells: (CompareItem[] | null)[] };

export function alignSection(id: CompareSectionId, perEntry: readonly (readonly CompareItem[] | null)[]): AlignedSection {
  const byKey = new Map<string, Building>();
  let order = 0;
  for (const [entry, items] of perEntry.entries()) {
    for (const item of items ?? []) {
      const key = itemKey(item);
      let row = byKey.get(key);
      if (!row) {
        row = { key, order: order++, cells: perEntry.map(() => null) };
        byKey.set(key, row);
      }
      (row.cells[entry] ??= []).push(item);
    }
  }

  const rows: AlignedRow[] = [...byKey.values()]
    .map((r) => ({ r, sharedBy: r.cells.filter((c) => c !== null).length }))
    .sort((x, y) => {
      const xShared = x.sharedBy >= 2;
      const yShared = y.sharedBy >= 2;
      if (xShared !== yShared) return xShared ? -1 : 1;
      if (xShared && x.sharedBy !== y.sharedBy) return y.sharedBy - x.sharedBy;
      return x.r.order - y.r.order;
    })
    .map(({ r, sharedBy }) => ({ key: r.key, sharedBy, cells: r.cells.map((items) => (items ? { items } : null)) }));

  const sets = perEntry.map((items, entry) => (items === null ? null : new Set(rows.filter((row) => row.cells[entry] !== null).map((row) => row.key))));
  return { id, counts: sets.map((s) => (s === null ? null : s.size)), rows, overlap: computeOverlap(sets) };
}
