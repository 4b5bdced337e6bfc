import type { ComponentProps } from "react";

const TABLE_CLASS = "w-full text-left text-sm";

/** A data table (admin lists, audit log): full width, left-aligned, small text. */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return <table {...props} className={className ? `${TABLE_CLASS} ${className}` : TABLE_CLASS} />;
}
