import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Link } from "./link";

/** The markup of a Link rendered under next-intl's provider in `locale`, as a client component renders it. */
function html(locale: string, props: Parameters<typeof Link>[0]): string {
  // eslint-disable-next-line react/no-children-prop -- no JSX in .test.ts files
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: {}, children: createElement(Link, props) }));
}

describe("Link", () => {
  it("is a plain anchor to the path in the current language", () => {
    expect(html("en", { href: "/search", className: "x", children: "Search" })).toBe('<a href="/en/search" class="x">Search</a>');
    expect(html("pl", { href: "/occupations/011101", children: "011101" })).toBe('<a href="/occupations/011101">011101</a>');
  });

  it("links to another language with the query kept, without passing `locale` on to the anchor", () => {
    expect(html("pl", { href: { pathname: "/match", query: { s: ["a", "b"] } }, locale: "kk", hrefLang: "kk", children: "Қазақша" })).toBe(
      '<a href="/kk/match?s=a&amp;s=b" hrefLang="kk">Қазақша</a>',
    );
  });
});
