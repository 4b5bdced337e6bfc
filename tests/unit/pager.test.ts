import fs from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pager, pageWindow } from "@/components/ui/pager";
import { routing } from "@/lib/i18n/routing";

const messages = (locale: string) => JSON.parse(fs.readFileSync(`lib/i18n/messages/${locale}/pager.json`, "utf8")) as Record<string, unknown>;

/** The pager's markup in `locale`, with the locale's own pager messages, as a server component renders it. */
function render(locale: string, page: number, pages: number): string {
  const pager = createElement(Pager, {
    page,
    pages,
    href: (p: number) => ({ pathname: "/search", query: { q: "spawacz", page: String(p) } }),
    label: "Strony wyników",
  });
  // eslint-disable-next-line react/no-children-prop -- no JSX in .test.ts files
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, timeZone: "Europe/Warsaw", messages: messages(locale), children: pager }));
}

/** The text of the markup as a screen reader gets it (sr-only words kept), tags dropped. */
const text = (html: string) => html.replace(/<[^<>]*>/g, "");

describe("pageWindow", () => {
  it("shows the first, the last and the pages around the current one", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(6, 20)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 20]);
    expect(pageWindow(20, 20)).toEqual([1, "gap", 18, 19, 20]);
  });
});

describe("Pager", () => {
  it("renders nothing for a single page", () => {
    expect(render("pl", 1, 1)).toBe("");
  });

  it("is a named navigation of plain links, the current page marked and not a link", () => {
    const html = render("pl", 6, 20);
    expect(html).toMatch(/^<nav aria-label="Strony wyników"/);
    expect(html).toContain('<a href="/search?q=spawacz&amp;page=5" rel="prev"');
    expect(html).toContain('<a href="/search?q=spawacz&amp;page=7" rel="next"');
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/<span aria-current="page"[^>]*><span class="sr-only">Strona <\/span>6<span class="sr-only"> z 20<\/span><\/span>/);
    expect(html).not.toContain("page=6");
    // First and last are always reachable; the gaps are hidden from screen readers.
    expect(html).toContain('href="/search?q=spawacz&amp;page=1"');
    expect(html).toContain('href="/search?q=spawacz&amp;page=20"');
    expect(html.match(/<li aria-hidden="true"[^>]*>…<\/li>/g)).toHaveLength(2);
    expect(text(html)).toContain("‹ Poprzednia stronaStrona 1");
  });

  it("has no previous link on the first page and no next link on the last", () => {
    expect(render("pl", 1, 3)).not.toContain('rel="prev"');
    expect(render("pl", 1, 3)).toContain('rel="next"');
    expect(render("pl", 3, 3)).not.toContain('rel="next"');
    expect(render("pl", 3, 3)).toContain('rel="prev"');
  });

  it("shows a page past the end as the last one, with its previous page", () => {
    const html = render("pl", 9, 3);
    expect(text(html)).toContain("Strona 3 z 3");
    expect(html).toContain('href="/search?q=spawacz&amp;page=2" rel="prev"');
    expect(html).not.toContain('rel="next"');
  });

  it("keeps a page number's digits ungrouped", () => {
    expect(text(render("pl", 1234, 2000))).toContain("Strona 1234 z 2000");
  });

  it.each(routing.locales)("words previous, next and the current page in %s, with the path in that language", (locale) => {
    const html = render(locale, 2, 3);
    const pager = (messages(locale) as { pager: Record<string, string> }).pager;
    expect(text(html)).toContain(pager.previous);
    expect(text(html)).toContain(pager.next);
    // The current page reads as its message with both numbers filled in.
    expect(text(html)).toContain(
      pager
        .current!.replace(/<\/?hidden>/g, "")
        .replace("{page}", "2")
        .replace("{pages}", "3"),
    );
    expect(html).toContain(`href="${locale === routing.defaultLocale ? "" : `/${locale}`}/search?q=spawacz&amp;page=3"`);
  });
});
