import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Namespaces that client components of the public pages translate with useTranslations. */
export const PUBLIC_CLIENT_NAMESPACES = ["error", "search", "suggest", "compare"] as const;
/** The admin area's client components (forms) need these too. */
export const ADMIN_CLIENT_NAMESPACES = [...PUBLIC_CLIENT_NAMESPACES, "admin", "editor", "auth"] as const;

/**
 * Gives client components only the message namespaces they use. Without `messages`, next-intl
 * would serialise every namespace of the locale into every page (~tens of kB of JSON each time).
 * NOTE: a nested provider replaces its parent's messages, so each list is complete on its own.
 */
export async function ClientMessages({
  namespaces,
  pick = {},
  children,
}: {
  namespaces: readonly string[];
  /** Only these keys of a namespace: a page that uses a few of a large namespace's messages in the browser need not carry all of them in its payload. */
  pick?: Record<string, readonly string[]>;
  children: ReactNode;
}) {
  const all = await getMessages();
  const messages = Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  for (const [ns, keys] of Object.entries(pick)) {
    const namespace = all[ns] as Record<string, unknown> | undefined;
    if (namespace) messages[ns] = Object.fromEntries(keys.filter((k) => k in namespace).map((k) => [k, namespace[k]]));
  }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
