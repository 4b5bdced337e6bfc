import type { ComponentProps } from "react";

/**
 * The app's buttons: primary for the one main action of a form, secondary for the others, small
 * for actions in a row or list, toolbar for the public pages' tools. buttonClass styles a link or
 * label that acts as a button the same way.
 */
const BUTTON_CLASSES = {
  primary: "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60",
  secondary: "rounded border border-slate-400 px-3 py-1",
  small: "rounded border border-slate-400 px-2 py-0.5 text-sm",
  /** On the public pages' tool rows (print, the client folder): white, so it stands out on a tinted panel. */
  toolbar: "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50 disabled:opacity-50",
} as const;

export type ButtonVariant = keyof typeof BUTTON_CLASSES;

export function buttonClass(variant: ButtonVariant = "secondary", extra?: string): string {
  return extra ? `${BUTTON_CLASSES[variant]} ${extra}` : BUTTON_CLASSES[variant];
}

export function Button({ variant = "secondary", className, ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button {...props} className={buttonClass(variant, className)} />;
}
