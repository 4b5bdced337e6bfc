"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server HTML and during hydration, true once React owns the page. Forms whose state
 * lives in React disable their controls until then: text typed into the server HTML would be reset
 * by hydration, or submitted natively without the client state (the editor would publish the old
 * text and report success; the sign-in form would send the password in a GET URL).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
