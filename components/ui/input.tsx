import type { ComponentProps } from "react";

/**
 * Text inputs: field fills its form's column, inline sits in a row of filters or a list item,
 * search is the large query box. inputClass styles a textarea (or a filter's select) the same way.
 */
const INPUT_CLASSES = {
  field: "w-full rounded border border-slate-400 px-2 py-1",
  inline: "rounded border border-slate-400 px-2 py-1",
  search: "w-full rounded border border-slate-400 px-3 py-2 text-base",
} as const;

export type InputVariant = keyof typeof INPUT_CLASSES;

export function inputClass(variant: InputVariant = "field", extra?: string): string {
  return extra ? `${INPUT_CLASSES[variant]} ${extra}` : INPUT_CLASSES[variant];
}

export function Input({ variant = "field", className, ...props }: ComponentProps<"input"> & { variant?: InputVariant }) {
  return <input {...props} className={inputClass(variant, className)} />;
}
