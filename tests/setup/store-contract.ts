/**
 * The store contract (lib/store/types.ts): one suite run against both adapters, SQLite in the unit
 * run (tests/integration/store-contract.test.ts) and PostgreSQL in `npm run test:pg`
 * (tests/integration/store-contract.pg.test.ts). Each case goes through the interface only; the
 * runner supplies a fresh migrated database with the reference data and a way to run raw SQL.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDocument } from "@/lib/import/prepare";
import { META_KEYS } from "@/lib/store/app-meta";
import type { WriteInput } from "@/lib/import/prepare";
import { lexiconEntityKey, type LexiconChangeRequest, type PairTerm } from "@/lib/lexicon/edit";
import { seedPairOf } from "@/lib/seed/lexicon-set";
import type { Store } from "@/lib/store/types";
import { searchQuerySchema } from "@/lib/validation/search";
import { LATER_SECTIONS, PROFILE_LATER_SECTIONS_PAGE, PROFILE_SECTION_2_PAGE } from "../support/fixtures";
import { ROOT } from "./test-db";

export type ContractDatabase = {
  store: Store;
  /** Rows of a SELECT written with "?" placeholders. */
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Makes every insert into search_entry fail (a broken index step), or undoes that. */
  breakSearchIndex(broken: boolean): Promise<void>;
  close(): Promise<void>;
};

const SEEDS = path.join(ROOT, "seeds/documents");
const seedFile = (prefix: string) => {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return { name, bytes: fs.readFileSync(path.join(SEEDS, name)) };
};
/** A seed document, parsed (lib/import, pure), as the store receives it. */
async function seedInput(prefix: string, edit?: (text: string) => string): Promise<WriteInput> {
  const file = seedFile(prefix);
  const bytes = edit ? new TextEncoder().encode(edit(new TextDecoder().decode(file.bytes))) : file.bytes;
  return (await prepareDocument({ name: file.name, bytes })).write;
}

/** A document written in the test, parsed as the store receives it. */
async function textInput(name: string, text: string): Promise<WriteInput> {
  return (await prepareDocument({ name, bytes: new TextEncoder().encode(text) })).write;
}

export function describeStoreContract(dialect: string, open: () => Promise<ContractDatabase>) {
  describe(`the store contract on ${dialect}`, () => {
    let database: ContractDatabase;
    let store: Store;
    const count = async (table: string) => (await database.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`))[0]!.n;
    const dataVersion = () => store.meta.read(META_KEYS.dataVersion);
    const search = (q: string) => store.search.query(searchQuerySchema.parse({ q }));

    beforeAll(async () => {
      database = await open();
      store = database.store;
    }, 60_000);
    afterAll(async () => database?.close());

    it("app metadata: absent is null, a write is read back, a second write replaces it", async () => {
      expect(await store.meta.read("contract-key")).toBeNull();
      await store.meta.write("contract-key", "pierwsza ż");
      expect(await store.meta.read("contract-key")).toBe("pierwsza ż");
      await store.meta.write("contract-key", "druga");
      expect(await store.meta.read("contract-key")).toBe("druga");
    });

    it("reference store: a second load of the same data is skipped and changes nothing", async () => {
      const before = await dataVersion();
      const result = await store.reference.load(path.join(ROOT, "seeds/data"));
      expect(result.skipped).toBe(true);
      expect(result.counts.Occupation).toBeGreaterThan(2000);
      expect(await dataVersion()).toBe(before);
    });

    it("search store: an empty index is built once, even by two starts at the same time; a later call finds it current", async () => {
      const both = await Promise.all([store.search.buildIfStale(), store.search.buildIfStale()]);
      expect(both.filter((b) => b !== null)).toHaveLength(1);
      expect(both.find((b) => b !== null)?.entries).toBeGreaterThan(2000);
      expect(await store.search.buildIfStale()).toBeNull();
      const found = await search("administrator poczty");
      expect(found.total).toBeGreaterThan(0);
    });

    it("document store: imported, then unchanged, then updated with the previous version kept", async () => {
      const versionBefore = await dataVersion();
      const first = await store.documents.write(await seedInput("000"));
      expect(first).toMatchObject({ status: "imported", occupationCodes: [expect.stringMatching(/^\d{6}$/)] });
      const afterImport = await dataVersion();
      expect(afterImport).not.toBe(versionBefore);

      const again = await store.documents.write(await seedInput("000"));
      expect(again).toMatchObject({ status: "unchanged", documentId: first.documentId });
      expect(await dataVersion()).toBe(afterImport);
      expect(await count("DocumentRevision")).toBe(0);

      const changed = await store.documents.write(await seedInput("000", (t) => `${t}\nDopisek redakcji.\n`));
      expect(changed).toMatchObject({ status: "updated", documentId: first.documentId });
      expect(await count("DocumentRevision")).toBe(1);
      expect(await dataVersion()).not.toBe(afterImport);
    });

    it("document store: a position's search entry commits with it, and an editor's code survives a re-import", async () => {
      const input = await seedInput("001");
      const written = await store.documents.write(input);
      expect(written.status).toBe("imported");
      const positionId = written.positionIds[0]!;
      expect((await search(input.parsed.title)).items.some((i) => i.positionId === positionId)).toBe(true);

      // Each section of the form in its field, with the form's number.
      expect(await database.rows(`SELECT number, field FROM "PositionSection" WHERE "positionId" = ? AND field = 'irregularDuties'`, [positionId])).toEqual([
        { number: "4.2", field: "irregularDuties" },
      ]);
      await database.rows(`UPDATE "Position" SET "occupationCode" = '351402' WHERE id = ? RETURNING id`, [positionId]);
      const again = await store.documents.write(await seedInput("001", (t) => `${t}\nNowy akapit.\n`));
      expect(again.status).toBe("updated");
      expect(await database.rows(`SELECT "occupationCode" FROM "Position" WHERE id = ?`, [positionId])).toEqual([{ occupationCode: "351402" }]);
    });

    it("document store: a profile whose code is not in KZiS is refused and nothing is written", async () => {
      const input = await seedInput("000");
      const unknown: WriteInput = { ...input, parsed: { ...input.parsed, code: "999999" } };
      const documents = await count("SourceDocument");
      await expect(store.documents.write(unknown)).rejects.toThrow(/999999 is not in the KZiS/);
      expect(await count("SourceDocument")).toBe(documents);
    });

    it("document store: when the index step fails, neither the document nor its search entry is written", async () => {
      const input = await seedInput("002");
      const [documents, entries, version] = [await count("SourceDocument"), await count("search_entry"), await dataVersion()];
      await database.breakSearchIndex(true);
      try {
        await expect(store.documents.write(input)).rejects.toThrow();
      } finally {
        await database.breakSearchIndex(false);
      }
      expect([await count("SourceDocument"), await count("search_entry"), await dataVersion()]).toEqual([documents, entries, version]);
      // The next try writes both.
      expect((await store.documents.write(input)).status).toBe("imported");
      expect(await count("search_entry")).toBe(entries + 1);
    });

    it("search store: a publish that changes no suggestion keeps the suggesters; a renamed or a new entry is suggested at once", async () => {
      const suggestVersion = () => store.meta.read(META_KEYS.suggestVersion);
      const indexVersion = () => store.meta.read(META_KEYS.indexVersion);
      const suggest = (q: string) => store.search.suggest(q, 10);
      const shown = (items: { positionId: number | null }[], positionId: number) => items.some((i) => i.positionId === positionId);
      const clerk = await seedInput("001");
      const positionId = (await store.documents.write(clerk)).positionIds[0]!;
      const before = await suggest("stanowisko ds obsł");
      expect(shown(before.items, positionId)).toBe(true);
      const kept = await suggestVersion();

      // A new paragraph of the description: a new index version, the same suggestion rows.
      const index = await indexVersion();
      expect((await store.documents.write(await seedInput("001", (t) => `${t}\nAkapit o sugestiach.\n`))).status).toBe("updated");
      expect(await indexVersion()).not.toBe(index);
      expect(await suggestVersion()).toBe(kept);
      // The same answer (the suggesters' cache of recent inputs): nothing was rebuilt.
      expect((await suggest("stanowisko ds obsł")).items).toBe(before.items);

      // An occupation renamed (a classification edit), then its profile published: the new name
      // is suggested at once.
      const [first] = await database.rows<{ code: string; name: string }>(
        `SELECT code, name FROM "Occupation" WHERE level = 'occupation' ORDER BY code LIMIT 1`,
      );
      const code = first!.code;
      await database.rows(`UPDATE "Occupation" SET name = ? WHERE code = ? RETURNING code`, ["Żołnierz źdźbłowy", code]);
      expect((await store.documents.write(await seedInput("000", (t) => t.replaceAll("351402", code)))).status).toBe("imported");
      expect(await suggestVersion()).not.toBe(kept);
      expect((await suggest("żołnierz źdźbł")).items.find((i) => i.code === code && i.positionId === null)?.name).toBe("Żołnierz źdźbłowy");
      // Its titles still lead to it, under its new name.
      expect((await suggest(first!.name)).items.find((i) => i.code === code && i.positionId === null)?.name).toBe("Żołnierz źdźbłowy");

      // A new entry (a position with a new title): suggested at once.
      const renamedVersion = await suggestVersion();
      const added = await store.documents.write(
        await seedInput("001", (t) => t.replace("1 Stanowisko ds. obsługi klienta", "1 Stanowisko ds. obsługi pszczół")),
      );
      expect(added.status).toBe("imported");
      expect(await suggestVersion()).not.toBe(renamedVersion);
      expect(shown((await suggest("stanowisko ds obsługi pszcz")).items, added.positionIds[0]!)).toBe(true);
    });

    it("document store: a section-2 and a section-3 document of one code merge into one profile in either order; re-importing one part leaves the other untouched", async () => {
      // Two codes, one per order; a word found only in a subsection ("Kętrzyszewie") shows section 2 is indexed.
      const section2 = (code: string, edit = (t: string) => t) =>
        textInput(
          "opis-zawodu.txt",
          edit(PROFILE_SECTION_2_PAGE.replaceAll("351402", code).replace("w systemie dyżurów.", "w systemie dyżurów w Kętrzyszewie.")),
        );
      const section3 = (code: string, edit = (t: string) => t) => seedInput("000", (t) => edit(t.replaceAll("351402", code)));
      const profileOf = async (code: string) => {
        const [profile] = await database.rows<{ id: number; summary: string | null }>(`SELECT id, summary FROM "Profile" WHERE "occupationCode" = ?`, [code]);
        const subsections = await database.rows<{ section: number; level: number; heading: string; text: string }>(
          `SELECT section, level, heading, text FROM "ProfileSubsection" WHERE "profileId" = ? ORDER BY section, position`,
          [profile!.id],
        );
        const tasks = await database.rows<{ code: string; title: string }>(`SELECT code, title FROM "ProfileTask" WHERE "profileId" = ? ORDER BY position`, [
          profile!.id,
        ]);
        const [items] = await database.rows<{ n: number }>(
          `SELECT COUNT(*) AS n FROM "TaskItem" i JOIN "ProfileTask" t ON t.id = i."taskId" WHERE t."profileId" = ?`,
          [profile!.id],
        );
        return {
          summary: profile!.summary,
          subsections: subsections.map((s) => ({ ...s, section: Number(s.section), level: Number(s.level) })),
          tasks,
          items: Number(items!.n),
        };
      };

      const description = (await section2("351401")).parsed;
      const tasks = (await section3("351401")).parsed;
      for (const [code, order] of [
        ["351401", [section2, section3]],
        ["351403", [section3, section2]],
      ] as const) {
        for (const write of order) expect((await store.documents.write(await write(code))).status).toBe("imported");
        const merged = await profileOf(code);
        expect(merged.summary).toBe(description.summary);
        expect(merged.subsections).toEqual(description.subsections);
        expect(merged.tasks.map((t) => t.code)).toEqual(tasks.tasks.map((t) => t.code));
        expect(merged.items).toBe(tasks.tasks.reduce((n, t) => n + t.knowledge.length + t.skills.length, 0));
        expect((await search("Kętrzyszewie")).items.some((i) => i.code === code)).toBe(true);
      }
      expect(await profileOf("351403")).toEqual(await profileOf("351401"));

      // A new version of section 3 (a section-3-only document: not refused as poorer) leaves section 2 as it was …
      const before = await profileOf("351401");
      expect((await store.documents.write(await section3("351401", (t) => `${t}\nDopisek redakcji.\n`))).status).toBe("updated");
      expect(await profileOf("351401")).toEqual(before);
      // … and a new version of section 2 leaves the tasks as they were.
      const rewritten = await section2("351401", (t) => t.replace("Wykształcenie wyższe informatyczne", "Wykształcenie wyższe informatyczne lub pokrewne"));
      expect((await store.documents.write(rewritten)).status).toBe("updated");
      const after = await profileOf("351401");
      expect(after.subsections).toEqual(rewritten.parsed.subsections);
      expect(after.subsections).not.toEqual(before.subsections);
      expect({ tasks: after.tasks, items: after.items }).toEqual({ tasks: before.tasks, items: before.items });

      // A third part, a page of only sections 4–7, merges in whatever order the three come, after
      // section 2's subsections; a new version of it leaves sections 2 and 3 as they were, and theirs leave it.
      const later = (code: string, edit = (t: string) => t) =>
        textInput("rynek-pracy.txt", edit(PROFILE_LATER_SECTIONS_PAGE.replaceAll("351402", code).replace("Bolesławcu", "Bolesławcu i Żarkach")));
      const laterParsed = (await later("351404")).parsed;
      expect(laterParsed.part).toBe("sections");
      for (const [code, order] of [
        ["351404", [later, section2, section3]],
        ["351405", [section3, later, section2]],
        ["351406", [section2, section3, later]],
      ] as const) {
        for (const write of order) expect((await store.documents.write(await write(code))).status).toBe("imported");
        const merged = await profileOf(code);
        expect(merged.subsections).toEqual([...description.subsections, ...laterParsed.subsections]);
        expect(merged.tasks.map((t) => t.code)).toEqual(tasks.tasks.map((t) => t.code));
        // A word only section 4 holds finds the profile.
        expect((await search("Żarkach")).items.some((i) => i.code === code)).toBe(true);
      }
      const three = await profileOf("351404");
      const laterAgain = await later("351404", (t) => t.replace("certyfikaty producentów", "certyfikaty producentów sprzętu"));
      expect((await store.documents.write(laterAgain)).status).toBe("updated");
      const afterLater = await profileOf("351404");
      expect(afterLater.subsections.filter((s) => s.section !== 2)).toEqual(laterAgain.parsed.subsections);
      expect({ ...afterLater, subsections: afterLater.subsections.filter((s) => s.section === 2) }).toEqual({
        ...three,
        subsections: three.subsections.filter((s) => s.section === 2),
      });
      expect(
        (await store.documents.write(await section2("351404", (t) => t.replace("odporność na stres", "odporność na stres i pracę zmianową")))).status,
      ).toBe("updated");
      expect((await profileOf("351404")).subsections.filter((s) => s.section !== 2)).toEqual(laterAgain.parsed.subsections);
    });

    it("document store: sections 4–7 carried by the section-3 page count for its contentLoss; forced without them, they go and section 2 stays", async () => {
      const withLater = await seedInput("000", (t) => t.replaceAll("351402", "351490").replace(/\nPartnerzy\n/u, `\n${LATER_SECTIONS}\nPartnerzy\n`));
      expect(withLater.parsed.part).toBe("tasks");
      expect(withLater.parsed.subsections.map((s) => s.section)).toContain(7);
      const description = await textInput("opis-zawodu.txt", PROFILE_SECTION_2_PAGE.replaceAll("351402", "351490"));
      for (const input of [withLater, description]) expect((await store.documents.write(input)).status).toBe("imported");
      const sectionsOf = async () => {
        const [profile] = await database.rows<{ id: number }>(`SELECT id FROM "Profile" WHERE "occupationCode" = '351490'`);
        const rows = await database.rows<{ section: number }>(`SELECT section FROM "ProfileSubsection" WHERE "profileId" = ? ORDER BY section, position`, [
          profile!.id,
        ]);
        return [...new Set(rows.map((r) => Number(r.section)))];
      };
      expect(await sectionsOf()).toEqual([2, 4, 5, 6, 7]);
      // The same section-3 page without sections 4–7 holds less: refused, and written only when forced.
      const without = await seedInput("000", (t) => `${t.replaceAll("351402", "351490")}\n`);
      await expect(store.documents.write(without)).rejects.toThrow(/subsections/);
      expect(await sectionsOf()).toEqual([2, 4, 5, 6, 7]);
      expect((await store.documents.write(without, { replace: true })).status).toBe("updated");
      expect(await sectionsOf()).toEqual([2]);
    });

    it("document store: a section-2 version with fewer subsections is refused as poorer, and written when forced", async () => {
      const page = PROFILE_SECTION_2_PAGE.replaceAll("351402", "351401");
      const cut = await textInput("opis-zawodu.txt", page.replace(/\nZawody pokrewne\n[\s\S]*?(?=\nPartnerzy)/u, "\n"));
      expect(cut.parsed.subsections.length).toBeLessThan((await textInput("a.txt", page)).parsed.subsections.length);
      await expect(store.documents.write(cut)).rejects.toThrow(/subsections/);
      expect((await store.documents.write(cut, { replace: true })).status).toBe("updated");
      const [profile] = await database.rows<{ id: number }>(`SELECT id FROM "Profile" WHERE "occupationCode" = '351401'`);
      const headings = await database.rows<{ heading: string }>(`SELECT heading FROM "ProfileSubsection" WHERE "profileId" = ? ORDER BY position`, [
        profile!.id,
      ]);
      expect(headings.map((h) => h.heading)).toEqual(cut.parsed.subsections.map((s) => s.heading));
    });

    it("search store: a rebuild keeps what the incremental writes indexed", async () => {
      const entries = await count("search_entry");
      const rebuilt = await store.search.rebuild();
      expect(rebuilt.entries).toBe(entries);
    });

    it("document store: the code suggester's corpus holds every occupation", async () => {
      const corpus = await store.documents.suggestionCorpus();
      const occupations = (await database.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "Occupation" WHERE level = 'occupation'`))[0]!.n;
      expect(corpus).toHaveLength(Number(occupations));
      expect(corpus.every((c) => /^\d{6}$/.test(c.code) && c.text.length > 0)).toBe(true);
    });

    it("reference store: the lexicon loads once, search reads it at once, and a reload keeps what an editor changed", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-lexicon-"));
      const header = "concept,lang,term,origin,codes\n";
      const writeSeed = (terms: string) => {
        fs.writeFileSync(path.join(dir, "groups.csv"), header + "25,kk,Ақпараттық-коммуникациялық технологиялар саласындағы мамандар,editorial,\n");
        fs.writeFileSync(path.join(dir, "terms.csv"), header + terms);
      };
      const terms = () =>
        database.rows<{ concept: string; lang: string; term: string; source: string }>(
          `SELECT concept, lang, term, source FROM "LexiconTerm" ORDER BY concept, lang, position`,
        );
      const first = async (q: string) => (await search(q)).items[0]?.code;
      try {
        writeSeed("coder,en,codesmith,editorial,251401 2514\nnurse,en,nightingale,editorial,222101\n");
        const loaded = await store.reference.loadLexicon(dir);
        expect(loaded).toMatchObject({ skipped: false, counts: { terms: 3, editedPairs: 0 } });
        expect(await store.reference.loadLexicon(dir)).toMatchObject({ skipped: true, checksum: loaded.checksum });
        expect(await first("codesmiths")).toBe("251401");
        expect(await first("nightingale")).toBe("222101");

        // An editor's change of (nurse, en), as the editorial workflow writes it: the seed's rows of the pair give way to the editor's.
        await database.rows(`UPDATE "LexiconTerm" SET source = 'editor', term = 'lamplady' WHERE concept = 'nurse' AND lang = 'en' RETURNING id`);
        writeSeed("coder,en,keyboarder,editorial,251401 2514\nnurse,en,nightingale,editorial,222101\nnurse,kk,мейірбике,editorial,222101\n");
        expect(await store.reference.loadLexicon(dir)).toMatchObject({ skipped: false, counts: { terms: 4, editedPairs: 1 } });
        expect(await terms()).toEqual([
          { concept: "25", lang: "kk", term: "Ақпараттық-коммуникациялық технологиялар саласындағы мамандар", source: "seed" },
          { concept: "coder", lang: "en", term: "keyboarder", source: "seed" },
          { concept: "nurse", lang: "en", term: "lamplady", source: "editor" },
          { concept: "nurse", lang: "kk", term: "мейірбике", source: "seed" },
        ]);
        expect(await first("keyboarder")).toBe("251401");
        expect(await first("lamplady")).toBe("222101");
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
        await store.reference.loadLexicon(path.join(ROOT, "seeds/lexicon"));
      }
    });

    it("lexicon store: an editor's change of a pair is checked, replaces the seed's rows, survives a reload, is recorded, and search reads it at once", async () => {
      const seedDir = path.join(ROOT, "seeds/lexicon");
      await database.rows(
        `INSERT INTO "User" (id, name, email, "updatedAt") VALUES ('contract-editor', 'Redaktorka Ż', 'ed@example.test', '2026-12-07T00:00:00.000Z') RETURNING id`,
      );
      const change = (request: Omit<LexiconChangeRequest, "actorId" | "ip" | "concept" | "lang"> & { concept?: string }) =>
        store.lexicon.change({ concept: "nurse", lang: "kk", actorId: "contract-editor", ip: "203.0.113.9", ...request }, seedDir);
      const pairRows = () =>
        database.rows<{ term: string; origin: string; codes: string; source: string }>(
          `SELECT term, origin, codes, source FROM "LexiconTerm" WHERE concept = 'nurse' AND lang = 'kk' ORDER BY position`,
        );
      const revisions = () =>
        database.rows<{ version: number; data: unknown }>(
          `SELECT version, data FROM "Revision" WHERE "entityType" = 'lexicon' AND "entityKey" = ? ORDER BY version`,
          [lexiconEntityKey("nurse", "kk")],
        );
      const first = async (q: string) => (await search(q)).items[0]?.code;
      const seed: PairTerm[] = seedPairOf(seedDir, "nurse", "kk").map((e) => ({ term: e.term, origin: e.origin }));
      const codes = ["222101", "2221", "2222"];
      const variant = "ауруханашы";
      expect(seed.length).toBeGreaterThan(2);
      expect(await first(variant)).not.toBe("222101");

      // A term an editor writes cannot be marked official; nothing is written.
      const version = await store.meta.read(META_KEYS.indexVersion);
      expect(await change({ kind: "save", baseVersion: 0, codes, terms: [...seed, { term: variant, origin: "kzis-2023" }] })).toEqual({
        ok: false,
        reason: "invalid",
        fieldErrors: { [`terms.${seed.length}.origin`]: ["lexiconOfficialOrigin"] },
      });
      expect(await revisions()).toEqual([]);

      const saved = await change({ kind: "save", baseVersion: 0, codes, terms: [...seed, { term: variant, origin: "editorial" }] });
      expect(saved).toEqual({ ok: true, version: 1, changed: true });
      expect((await pairRows()).map((r) => [r.term, r.source, r.codes])).toEqual([...seed, { term: variant }].map((t) => [t.term, "editor", codes.join(" ")]));
      expect(await store.meta.read(META_KEYS.indexVersion)).not.toBe(version);
      expect(await first(variant)).toBe("222101");

      // A second editor still on version 0 is refused, told who changed it; the pair is as the first left it.
      const stale = await change({ kind: "save", baseVersion: 0, codes, terms: [{ term: "мейірбике", origin: "editorial" }] });
      expect(stale).toMatchObject({ ok: false, reason: "conflict", version: 1, by: "Redaktorka Ż", current: { source: "editor" } });
      expect(await pairRows()).toHaveLength(seed.length + 1);
      // Saving what is there already records nothing.
      expect(await change({ kind: "save", baseVersion: 1, codes, terms: [...seed, { term: variant, origin: "editorial" }] })).toEqual({
        ok: true,
        version: 1,
        changed: false,
      });

      // A forced reload of the seed leaves the editor's pair whole.
      expect((await store.reference.loadLexicon(seedDir, { force: true })).skipped).toBe(false);
      expect((await pairRows()).map((r) => r.term)).toContain(variant);
      expect((await pairRows()).every((r) => r.source === "editor")).toBe(true);

      const reverted = await change({ kind: "revert", baseVersion: 1 });
      expect(reverted).toEqual({ ok: true, version: 2, changed: true });
      expect((await pairRows()).map((r) => ({ term: r.term, origin: r.origin, source: r.source }))).toEqual(seed.map((t) => ({ ...t, source: "seed" })));
      expect(await first(variant)).not.toBe("222101");
      expect(await change({ kind: "revert", baseVersion: 2 })).toEqual({ ok: false, reason: "not-found" });

      // History: who, before and after of each change; the audit log names both.
      const history = (await revisions()).map((r) => ({ version: Number(r.version), data: typeof r.data === "string" ? JSON.parse(r.data) : r.data }));
      expect(history.map((h) => [h.version, h.data.action, h.data.before.source, h.data.after.source])).toEqual([
        [1, "save", "seed", "editor"],
        [2, "revert", "editor", "seed"],
      ]);
      expect(history[0]!.data.after.terms.at(-1)).toEqual({ term: variant, origin: "editorial" });
      expect(history[1]!.data.before.terms).toEqual(history[0]!.data.after.terms);
      expect(await database.rows(`SELECT action, entity, "userId", ip FROM "AuditLog" WHERE action LIKE 'lexicon-%' ORDER BY id`)).toEqual([
        { action: "lexicon-save", entity: "lexicon:nurse:kk", userId: "contract-editor", ip: "203.0.113.9" },
        { action: "lexicon-revert", entity: "lexicon:nurse:kk", userId: "contract-editor", ip: "203.0.113.9" },
      ]);

      // A new word concept: refused under a taken name, written under a new one, and gone again on revert (no seed rows).
      const newWord = { kind: "create" as const, baseVersion: 0, codes: ["222101"], terms: [{ term: "шамшырақшы", origin: "editorial" as const }] };
      expect(await change({ ...newWord, concept: "nurse" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { concept: ["lexiconConceptTaken"] } });
      expect(await change({ ...newWord, concept: "lamplighter" })).toEqual({ ok: true, version: 1, changed: true });
      expect(await first("шамшырақшы")).toBe("222101");
      expect(await change({ kind: "revert", concept: "lamplighter", baseVersion: 1 })).toEqual({ ok: true, version: 2, changed: true });
      expect(await database.rows(`SELECT COUNT(*) AS n FROM "LexiconTerm" WHERE concept = 'lamplighter'`)).toEqual([{ n: 0 }]);
    });
  });
}
