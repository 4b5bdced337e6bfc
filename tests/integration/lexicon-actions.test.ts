/**
 * The lexicon's admin actions (lib/actions/lexicon.ts), called as Next calls them with mocked
 * request headers, on the run's database (SQLite here, PostgreSQL in npm run test:pg): the editor
 * role is checked on the server, the form's errors come back per field, and a save, a stale save,
 * a revert and the history go through to the store, the pages and search.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAnonymously, mockActionContext, revalidatePathMock, signInForActions } from "../setup/action-context";
import { EDITOR, createEditorDb, seedEditorDb } from "../setup/editor-db";
import { ROOT } from "../setup/test-db";

mockActionContext();
const { cleanup } = await createEditorDb("lexicon-actions");
let seeded: Awaited<ReturnType<typeof seedEditorDb>>;

const NURSE_KK = ["мейірбике", "медбике", "медициналық мейірбике", "мейіргер", "мейiрбике", "медициналық мейiрбике", "мейiргер"];
const NURSE_CODES = "222101 2221 2222";

/** The pair form as the page posts it: term i and origin i, the codes, the revision it is based on. */
function pairForm(fields: { concept?: string; lang?: string; codes?: string; baseVersion?: number; intent?: string; terms: [string, string][] }): FormData {
  const fd = new FormData();
  fd.set("intent", fields.intent ?? "save");
  fd.set("concept", fields.concept ?? "nurse");
  fd.set("lang", fields.lang ?? "kk");
  fd.set("codes", fields.codes ?? NURSE_CODES);
  fd.set("baseVersion", String(fields.baseVersion ?? 0));
  fields.terms.forEach(([term, origin], i) => {
    fd.set(`terms.${i}.term`, term);
    fd.set(`terms.${i}.origin`, origin);
  });
  return fd;
}
const editorial = (terms: string[]): [string, string][] => terms.map((t) => [t, "editorial"]);

beforeAll(async () => {
  seeded = await seedEditorDb();
  const { store } = await import("@/lib/db");
  await store.reference.loadLexicon(path.join(ROOT, "seeds/lexicon"));
  await store.search.buildIfStale();
}, 120_000);
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

const editorRows = () => seeded.db.lexiconTerm.count({ where: { source: "editor" } });

describe("the lexicon actions", () => {
  it("refuse an anonymous caller and write nothing", async () => {
    const { saveLexiconPairAction, revertLexiconPairAction } = await import("@/lib/actions/lexicon");
    actAnonymously();
    expect(await saveLexiconPairAction({ status: "idle" }, pairForm({ terms: editorial([...NURSE_KK, "ауруханашы"]) }))).toMatchObject({
      status: "error",
      code: "unauthenticated",
    });
    const revert = new FormData();
    for (const [k, v] of Object.entries({ concept: "nurse", lang: "kk", baseVersion: "0" })) revert.set(k, v);
    expect(await revertLexiconPairAction({ status: "idle" }, revert)).toMatchObject({ status: "error", code: "unauthenticated" });
    expect(await editorRows()).toBe(0);
  });

  it("return every field error of the form, keeping what was typed", async () => {
    const { saveLexiconPairAction } = await import("@/lib/actions/lexicon");
    await signInForActions(EDITOR);
    const save = (fd: FormData) => saveLexiconPairAction({ status: "idle" }, fd);
    // A 5-digit code, a term twice, an unknown origin.
    const bad = await save(
      pairForm({
        codes: "222101 22210",
        terms: [
          ["мейірбике", "editorial"],
          ["мейірбике", "editorial"],
          ["медбике", "official"],
        ],
      }),
    );
    expect(bad).toMatchObject({
      status: "error",
      code: "invalid",
      fieldErrors: { codes: ["lexiconCodes"], "terms.1.term": ["lexiconDuplicateTerm"], "terms.2.origin": ["choice"] },
      input: { "terms.0.term": "мейірбике", codes: "222101 22210" },
    });
    // A group's codes stay empty; a pair needs a term; a new concept is a word, not a group.
    expect(await save(pairForm({ concept: "22", codes: "2221", terms: editorial(["Мамандар"]) }))).toMatchObject({
      fieldErrors: { codes: ["lexiconGroupCodes"] },
    });
    expect(await save(pairForm({ terms: [["", "editorial"]] }))).toMatchObject({ fieldErrors: { "terms.0.term": ["lexiconNoTerm"] } });
    expect(await save(pairForm({ intent: "create", concept: "99", codes: "", terms: editorial(["жаңа топ"]) }))).toMatchObject({
      fieldErrors: { concept: ["lexiconNewGroup"] },
    });
    // The editor's own word marked as an official source's: refused (checked against the stored pair and the seed).
    expect(await save(pairForm({ terms: [...editorial(NURSE_KK), ["ауруханашы", "okz-2014"]] }))).toMatchObject({
      status: "error",
      fieldErrors: { [`terms.${NURSE_KK.length}.origin`]: ["lexiconOfficialOrigin"] },
    });
    expect(await editorRows()).toBe(0);
  });

  it("save a new Kazakh variant that search finds at once, refuse a stale save, return to the seed's version, and keep the history", async () => {
    const { saveLexiconPairAction, revertLexiconPairAction } = await import("@/lib/actions/lexicon");
    const { getLexiconHistory, getLexiconPair } = await import("@/lib/data/lexicon");
    const { store } = await import("@/lib/db");
    const { searchQuerySchema } = await import("@/lib/validation/search");
    const first = async (q: string) => (await store.search.query(searchQuerySchema.parse({ q }))).items[0]?.code;
    await signInForActions(EDITOR);
    expect(await first("ауруханашы")).not.toBe("222101");
    revalidatePathMock.mockClear();

    const saved = await saveLexiconPairAction({ status: "idle" }, pairForm({ terms: editorial([...NURSE_KK, "ауруханашы"]) }));
    expect(saved).toMatchObject({ status: "ok", version: 1, editPath: "/admin/lexicon/nurse/kk" });
    expect(await first("ауруханашы")).toBe("222101");
    // A word only steers search: the search page is revalidated, not the classification pages.
    expect(revalidatePathMock.mock.calls.map((c) => c[0])).toEqual(["/[locale]/search"]);
    const pair = await getLexiconPair("nurse", "kk");
    expect(pair).toMatchObject({ version: 1, snapshot: { source: "editor", codes: NURSE_CODES.split(" ") } });
    expect(pair.snapshot.terms.map((t) => t.term)).toEqual([...NURSE_KK, "ауруханашы"]);

    // Another tab still on revision 0 is refused; the pair keeps the first save.
    const stale = await saveLexiconPairAction({ status: "idle" }, pairForm({ terms: editorial(["мейірбике"]) }));
    expect(stale).toMatchObject({ status: "error", code: "conflict", message: "conflict", input: { "terms.0.term": "мейірбике" } });
    expect((await getLexiconPair("nurse", "kk")).snapshot.terms).toHaveLength(NURSE_KK.length + 1);

    // A group's name: the pages that show group names are revalidated too.
    revalidatePathMock.mockClear();
    const group = await getLexiconPair("25", "kk");
    const renamed = await saveLexiconPairAction(
      { status: "idle" },
      pairForm({ concept: "25", codes: "", terms: [["АКТ мамандары", "editorial"], ...group.snapshot.terms.map((t): [string, string] => [t.term, t.origin])] }),
    );
    expect(renamed).toMatchObject({ status: "ok", version: 1 });
    expect(revalidatePathMock.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(["/[locale]", "/[locale]/occupations/[code]"]));
    const { getGroupNames } = await import("@/lib/data/lexicon");
    expect((await getGroupNames("kk")).get("25")?.text).toBe("АКТ мамандары");

    const revert = new FormData();
    for (const [k, v] of Object.entries({ concept: "nurse", lang: "kk", baseVersion: "1" })) revert.set(k, v);
    expect(await revertLexiconPairAction({ status: "idle" }, revert)).toMatchObject({ status: "ok", version: 2 });
    expect((await getLexiconPair("nurse", "kk")).snapshot).toMatchObject({ source: "seed" });
    expect(await first("ауруханашы")).not.toBe("222101");

    const history = await getLexiconHistory("nurse", "kk");
    expect(history.map((h) => ({ version: h.version, action: h.action, author: h.author, added: h.added, removed: h.removed }))).toEqual([
      { version: 2, action: "revert", author: EDITOR.name, added: [], removed: ["ауруханашы"] },
      { version: 1, action: "save", author: EDITOR.name, added: ["ауруханашы"], removed: [] },
    ]);
  });
});
