"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ToggleButton } from "@/components/ui/toggle-button";
import { MAX_COMPARE } from "@/lib/compare/limits";
import { addToTray, removeFromTray } from "./compare-store";
import { useCompareTray } from "./use-compare-tray";

type Props = {
  /** A KZiS code ("351402") or a position id ("p12"): see lib/validation/compare.ts. Null renders nothing. */
  id: string | null;
  /** The entry's title, shown in the tray. */
  title: string;
  /** Language of the title; KZiS names and profiles are Polish. */
  lang?: string;
  className?: string;
};

/**
 * "Add to comparison" for a profile, classification entry or position; pressed again it takes
 * the entry out. For profile pages and search results; it needs CompareTray in the layout.
 */
export function AddToCompareButton({ id, title, lang = "pl", className }: Props) {
  const t = useTranslations("compare.tray");
  const tray = useCompareTray();
  const [isRefused, setRefused] = useState(false);
  const isAdded = tray.some((i) => i.id === id);
  const isFull = !isAdded && tray.length >= MAX_COMPARE;
  if (id === null) return null;

  function toggle() {
    if (id === null) return;
    if (isAdded) {
      removeFromTray(id);
      setRefused(false);
    } else {
      setRefused(!addToTray({ id, title, lang }));
    }
  }

  return (
    <span className={`no-print inline-flex flex-col ${className ?? ""}`}>
      <ToggleButton
        isOn={isAdded}
        onToggle={toggle}
        // The name says which entry: a list of results has many of these buttons.
        ariaLabel={`${isAdded ? t("added") : t("add")}: ${title}`}
        describedBy={isFull ? `compare-full-${id}` : undefined}
      >
        {isAdded ? t("added") : t("add")}
      </ToggleButton>
      {isFull || isRefused ? (
        <span id={`compare-full-${id}`} className="mt-1 text-xs text-slate-700">
          {t("full", { max: MAX_COMPARE })}
        </span>
      ) : null}
    </span>
  );
}
