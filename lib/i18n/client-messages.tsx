import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { type MessagePick, selectMessages } from "./select-messages";

/** Namespaces that client components of the public pages translate with useTranslations. */
export const PUBLIC_CLIENT_NAMESPACES = ["error", "search", "suggest", "compare"] as const;
/**
 * Of those, the keys the public client components use, when not the whole namespace: the compare
 * tray and its add button translate `compare.tray` only, the search box three "search" keys (the
 * rest of both is rendered on the server). The whole "compare" namespace was 4.1 of the 5.3 kB of
 * messages in every public page's RSC payload (docs/decisions/0030-dynamic-render-cost.md).
 * tests/unit/public-client-messages.test.ts checks every key those components translate is here.
 */
export const PUBLIC_CLIENT_PICK = { compare: ["tray"], search: ["label", "placeholder", "submit"] } as const satisfies MessagePick;
/** The admin area's client components (forms) need these too, whole. */
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
  pick?: MessagePick;
  children: ReactNode;
}) {
  return <NextIntlClientProvider messages={selectMessages(await getMessages(), namespaces, pick)}>{children}</NextIntlClientProvider>;
}

/** The public pages' provider: PUBLIC_CLIENT_NAMESPACES as PUBLIC_CLIENT_PICK narrows them, and `also` (more namespaces, more picks). */
export function PublicClientMessages({ also = [], pick = {}, children }: { also?: readonly string[]; pick?: MessagePick; children: ReactNode }) {
  return (
    <ClientMessages namespaces={[...PUBLIC_CLIENT_NAMESPACES, ...also]} pick={{ ...PUBLIC_CLIENT_PICK, ...pick }}>
      {children}
    </ClientMessages>
  );
}
