"use client";

import type { ReactNode } from "react";

type Props = {
  isOn: boolean;
  onToggle: () => void;
  children: ReactNode;
  /** The name when the visible text does not say which entry (a list has many of these buttons). */
  ariaLabel?: string;
  describedBy?: string;
  disabled?: boolean;
};

/**
 * "+ Add" / "✓ Added": the pressed-state button of the compare tray, the client folder and saved
 * comparisons. aria-pressed tells a screen reader the state; the tick and colour tell the eye.
 */
export function ToggleButton({ isOn, onToggle, children, ariaLabel, describedBy, disabled }: Props) {
  return (
    <button
      type="button"
      onClick={onToggle}
      aria-pressed={isOn}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      disabled={disabled}
      className={
        isOn
          ? "rounded border border-emerald-700 bg-emerald-50 px-3 py-1 text-sm font-medium text-emerald-900 hover:bg-emerald-100"
          : "rounded border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-slate-50"
      }
    >
      <span aria-hidden="true">{isOn ? "✓ " : "+ "}</span>
      {children}
    </button>
  );
}
