import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { type Href, localePath } from "./paths";

type Props = Omit<ComponentProps<"a">, "href"> & { href: Href; locale?: string };

/**
 * A link to a page of the app in the current UI language (or in `locale`): a plain <a>.
 * Not next-intl's Link, which is next/link underneath: with it every page shipped next/link and
 * next-intl's navigation code (about 6 kB gzipped) in its first load for client-side navigation,
 * and the pages are server-rendered and cached, so a full load costs little
 * (docs/decisions/0024-first-load.md). No "use client" and no state: in a server component it
 * renders to HTML only; in a client component it reads the locale from next-intl's provider.
 */
export function Link({ href, locale, ...rest }: Props) {
  const current = useLocale();
  return <a href={localePath(locale ?? current, href)} {...rest} />;
}
