import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_CLIENT_NAMESPACES, PUBLIC_CLIENT_PICK } from "@/lib/i18n/client-messages";
import { selectMessages } from "@/lib/i18n/select-messages";

/**
 * The public pages give their client components only some keys of "compare" and "search"
 * (PUBLIC_CLIENT_PICK). A key missing there shows as "compare.tray.label" in the browser, not as an
 * error at build time: so every key the public client components translate must be picked.
 */
function translated(file: string, namespace: string): string[] {
  const source = fs.readFileSync(path.resolve(file), "utf8");
  // const t = useTranslations("compare.tray") → the variable and its (sub-)namespace.
  const bindings = [...source.matchAll(/const (\w+) = useTranslations\("([\w.]+)"\)/g)].filter((m) => m[2]!.split(".")[0] === namespace);
  return bindings.flatMap(([, name, ns]) => {
    const below = ns!.split(".").slice(1);
    const calls = [...source.matchAll(new RegExp(`\\b${name}(?:\\.rich)?\\("([\\w.]+)"`, "g"))].map((m) => m[1]!);
    return calls.map((key) => [...below, ...key.split(".")][0]!);
  });
}

const CLIENT_COMPONENTS = ["components/compare/compare-tray.tsx", "components/compare/add-to-compare-button.tsx", "components/search/search-box.tsx"];

describe("the public client components' messages", () => {
  it.each(Object.entries(PUBLIC_CLIENT_PICK))("every %s key they translate is picked", (namespace, keys) => {
    const used = CLIENT_COMPONENTS.flatMap((file) => translated(file, namespace));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((k) => !(keys as readonly string[]).includes(k))).toEqual([]);
  });

  it("no other client component outside the admin area translates a picked namespace", () => {
    const files = fs
      .readdirSync("components", { recursive: true, encoding: "utf8" })
      .map((f) => path.join("components", f))
      .filter((f) => /\.tsx?$/.test(f) && !f.includes("admin") && fs.readFileSync(f, "utf8").includes('"use client"'));
    const others = files.filter((f) => !CLIENT_COMPONENTS.includes(f) && Object.keys(PUBLIC_CLIENT_PICK).some((ns) => translated(f, ns).length > 0));
    expect(others).toEqual([]);
  });

  it("every picked key is a message of its namespace, in every locale", () => {
    for (const locale of fs.readdirSync("lib/i18n/messages")) {
      for (const [namespace, keys] of Object.entries(PUBLIC_CLIENT_PICK)) {
        const messages = JSON.parse(fs.readFileSync(`lib/i18n/messages/${locale}/${namespace}.json`, "utf8")) as Record<string, Record<string, unknown>>;
        expect(
          keys.filter((k) => !(k in messages[namespace]!)),
          `${locale}/${namespace}`,
        ).toEqual([]);
      }
    }
  });
});

describe("selectMessages", () => {
  const all = { error: { title: "E" }, compare: { tray: { label: "T" }, heading: "H" }, search: { label: "L", heading: "R" }, match: { add: "A", x: "X" } };

  it("gives the namespaces whole, or only the picked keys", () => {
    expect(selectMessages(all, ["error", "compare", "missing"], { compare: ["tray"] })).toEqual({ error: { title: "E" }, compare: { tray: { label: "T" } } });
  });

  it("answers the same arguments with the same object, and shares a picked part between lists", () => {
    const layout = selectMessages(all, PUBLIC_CLIENT_NAMESPACES, PUBLIC_CLIENT_PICK);
    expect(selectMessages(all, PUBLIC_CLIENT_NAMESPACES, PUBLIC_CLIENT_PICK)).toBe(layout);
    const page = selectMessages(all, PUBLIC_CLIENT_NAMESPACES, { ...PUBLIC_CLIENT_PICK, match: ["add"] });
    expect(page).not.toBe(layout);
    expect(page.match).toEqual({ add: "A" });
    // The RSC payload writes an object it has sent before as a reference: the layout's and the page's providers share these.
    expect(page.compare).toBe(layout.compare);
    expect(page.error).toBe(all.error);
  });
});
