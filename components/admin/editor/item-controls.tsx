"use client";

import { useTranslations } from "next-intl";

type Props = { index: number; count: number; label: string; onMove: (to: number) => void; onRemove: () => void };

/** Move up, move down and remove for one item of a list; each button names the item for screen readers. */
export function ItemControls({ index, count, label, onMove, onRemove }: Props) {
  const t = useTranslations("editor.list");
  const button = "rounded border border-slate-300 px-2 py-0.5 text-sm disabled:opacity-40";
  return (
    <span className="inline-flex gap-1">
      <button type="button" className={button} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={t("moveUp", { item: label })}>
        ↑
      </button>
      <button type="button" className={button} disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={t("moveDown", { item: label })}>
        ↓
      </button>
      <button type="button" className={button} onClick={onRemove} aria-label={t("remove", { item: label })}>
        ✕
      </button>
    </span>
  );
}
