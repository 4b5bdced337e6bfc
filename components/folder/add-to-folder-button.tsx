"use client";

import { useState } from "react";
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
      <button
        type="button"
        onClick={toggle}
        aria-pressed={isAdded}
        aria-describedby={isRefused ? `folder-full-${id}` : undefined}
        className={
          isAdded
            ? "rounded border border-emerald-700 bg-emerald-50 px-3 py-1 text-sm font-medium text-emerald-900 hover:bg-emerald-100"
            : "rounded border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-slate-50"
        }
      >
        <span aria-hidden="true">{isAdded ? "✓ " : "+ "}</span>
        {isAdded ? labels.added : labels.add}
      </button>
      {isRefused ? (
        <span id={`folder-full-${id}`} role="status" className="mt-1 text-xs text-slate-700">
          {labels.full}
        </span>
      ) : null}
    </span>
  );
}
