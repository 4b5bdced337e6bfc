import type { ComponentProps } from "react";
import { inputClass } from "./input";

/** The app's select box (filters, roles, versions), styled as an inline input. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select {...props} className={inputClass("inline", className)} />;
}
