"use client";

import { useEffect } from "react";
import { replaceTray, type TrayItem } from "./compare-store";

/** On the compare page, the tray becomes what the page compares (the page's URL is the source of truth). */
export function CompareTraySync({ entries }: { entries: TrayItem[] }) {
  const key = entries.map((e) => `${e.id}\u0000${e.title ?? ""}\u0000${e.lang ?? ""}`).join("\u0001");
  useEffect(() => {
    replaceTray(entries);
    // The key holds everything the effect reads; `entries` is a new array on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return null;
}
