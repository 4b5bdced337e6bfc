"use client";

import { addComparison } from "@/lib/folder/folder";
import { updateFolder, useFolder } from "./folder-store";

/** On the compare page: keeps this comparison (its entry ids) in the client folder. */
export function SaveComparisonButton({ ids, labels }: { ids: string[]; labels: { save: string; saved: string } }) {
  const folder = useFolder();
  const key = [...ids].sort().join(",");
  const isSaved = folder.comparisons.some((c) => [...c.ids].sort().join(",") === key);
  return (
    <button
      type="button"
      onClick={() => updateFolder((f) => addComparison(f, ids, new Date()))}
      disabled={isSaved}
      aria-pressed={isSaved}
      className="no-print rounded border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-slate-50 disabled:border-emerald-700 disabled:bg-emerald-50 disabled:text-emerald-900"
    >
      <span aria-hidden="true">{isSaved ? "✓ " : "+ "}</span>
      {isSaved ? labels.saved : labels.save}
    </button>
  );
}
