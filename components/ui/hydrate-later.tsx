import { Activity, type ReactNode } from "react";

/**
 * Server-rendered content whose hydration waits until the rest of the page is interactive, and then
 * runs in slices of a few milliseconds instead of one long task. React hydrates the whole page in
 * one uninterruptible pass, except inside a boundary: an <Activity> (like a <Suspense>) that the
 * server rendered is hydrated later at idle priority, time-sliced. Unlike <Suspense>, an Activity
 * is no streaming boundary: the server sends its content in place, so it shows without JavaScript
 * and without a layout shift. A click or key press inside it before then hydrates it at once and is
 * replayed, so nothing is lost. For long server-rendered parts below the page's first controls
 * (docs/decisions/0024-first-load.md: the profile page's total blocking time).
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
