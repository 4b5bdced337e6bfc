"use client";

import { useState } from "react";
import { ToggleButton } from "@/components/ui/toggle-button";
import { addEntry, removeEntry } from "@/lib/folder/folder";
import { updateFolder, useFolder } from "./folder-store";

type Props = {
  /** A KZiS code ("351402") or a position ("p12"). */
  id: string;
  title: string;
  /** Language of the title; KZiS names and profiles are Polish. */
  lang?: string;
  /** From the server, so no message catalogue is shipped for one button (see PrintButton). */
  labels: { add: string; added: string; full: string };
};

/** "Add to the client folder" on a profile or position page; pressed again it takes the entry out. */
export function AddToFolderButton({ id, title, lang = "pl", labels }: Props) {
  const folder = useFolder();
  const [isRefused, setRefused] = useState(false);
  const isAdded = folder.entries.some((e) => e.id === id);

  function toggle() {
    if (isAdded) {
      updateFolder((f) => removeEntry(f, id));
      setRefused(false);
      return;
    }
    let added = true;
    updateFolder((f) => {
      const result = addEntry(f, { id, title, lang }, new Date());
      added = result.added;
      return result.folder;
    });
    setRefused(!added);
  }

  return (
    <span className="no-print inline-flex flex-col">
      <ToggleButton isOn={isAdded} onToggle={toggle} describedBy={isRefused ? `folder-full-${id}` : undefined}>
        {isAdded ? labels.added : labels.add}
      </ToggleButton>
      {isRefused ? (
        <span id={`folder-full-${id}`} role="status" className="mt-1 text-xs text-slate-700">
          {labels.full}
        </span>
      ) : null}
    </span>
  );
}
