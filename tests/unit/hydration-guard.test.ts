import fs from "node:fs";
import path from "node:path";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EntryEditor } from "@/components/admin/editor/entry-editor";
import { ImportForm } from "@/components/admin/import-form";
import { SignInForm } from "@/components/admin/sign-in-form";
import type { ProfileSnapshot } from "@/lib/validation/editor";

/**
 * Forms whose state lives in React are inert in the server HTML. Before this, text typed into the
 * editor before hydration was dropped and "Opublikuj" published the old text with a success
 * message (a flaky e2e run showed it); the sign-in form could submit natively as a GET.
 */

function serverHtml(element: ReactElement): string {
  // The time zone as the app's server-side provider passes it (next-intl's default: the server's own).
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // No JSX in .test.ts files; the provider's props type requires children as a prop.
  // eslint-disable-next-line react/no-children-prop
  return renderToString(createElement(NextIntlClientProvider, { locale: "pl", timeZone, messages: allMessages() as never, children: element }));
}

function allMessages(): Record<string, unknown> {
  const dir = path.resolve("lib/i18n/messages/pl");
  return Object.assign({}, ...fs.readdirSync(dir).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as object));
}

describe("forms before hydration", () => {
  it("the editor's controls are disabled in the server HTML", () => {
    const snapshot: ProfileSnapshot = {
      title: "Specjalista",
      synthesis: null,
      workDescription: null,
      tasks: [],
      competences: [],
      socialCompetences: [],
      keyCompetences: [],
      altTitles: [],
    };
    const html = serverHtml(
      createElement(EntryEditor, {
        entityType: "profile",
        entityKey: "243108",
        initial: { tokens: { baseVersion: 1, draftRevision: 0 }, base: snapshot, data: snapshot },
        contentLang: "pl",
      }),
    );
    expect(html).toMatch(/<fieldset[^>]*disabled/);
    expect(html).toContain("Opublikuj");
  });

  it("the sign-in button is disabled and the form posts, never GETs", () => {
    const html = serverHtml(createElement(SignInForm, { next: "/admin" }));
    expect(html).toMatch(/<form[^>]*method="post"/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*disabled/);
  });

  it("the import buttons are disabled in the server HTML", () => {
    const html = serverHtml(createElement(ImportForm));
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    expect(buttons.length).toBe(2);
    for (const b of buttons) expect(b).toContain("disabled");
  });
});
