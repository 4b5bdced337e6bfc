import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Server-side redirects, and the admin area's client navigation (its Link and useRouter
// are next/link and Next's router underneath). Public pages link with lib/i18n/link.tsx, plain
// anchors, so their first-load JavaScript carries neither (docs/decisions/0024-first-load.md).
export const { Link, redirect, useRouter } = createNavigation(routing);
