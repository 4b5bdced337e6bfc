"use client";

import { useSyncExternalStore } from "react";
import { getServerSnapshot, getSnapshot, subscribe, type TrayItem } from "./compare-store";

/** The tray's entries; empty on the server and in the first client render, so hydration matches. */
export function useCompareTray(): TrayItem[] {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
