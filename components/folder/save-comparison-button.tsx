"use client";

import { ToggleButton } from "@/components/ui/toggle-button";
import { addComparison } from "@/lib/folder/folder";
import { updateFolder, useFolder } from "./folder-store";

/** On the compare page: keeps this comparison (its entry ids) in the client folder. */
export function SaveComparisonButton({ ids, labels }: { ids: string[]; labels: { save: string; saved: string } }) {
  const folder = useFolder();
  const key = [...ids].sort().join(",");
  const isSaved = folder.comparisons.some((c) => [...c.ids].sort().join(",") === key);
  return (
    // Saved once: pressing it again changes nothing, so it is disabled in its pressed state.
    <ToggleButton isOn={isSaved} disabled={isSaved} onToggle={() => updateFolder((f) => addComparison(f, ids, new Date()))}>
      {isSaved ? labels.saved : labels.save}
    </ToggleButton>
  );
}
