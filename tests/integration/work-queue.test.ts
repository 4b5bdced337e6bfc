/**
 * Issue 11, item 3: the editors' work queue (lib/data/work-queue.ts) on SQLite and PostgreSQL:
 * every filter, sorting and pagination over the real classification.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workQueueQuerySchema } from "@/lib/validation/work-queue";
import { createEditorDb, seedEditorDb } from "../setup/editor-db";

type Seeded = Awaited<ReturnType<typeof seedEditorDb>>;

const { cleanup } = await createEditorDb("work-queue");
let seeded: Seeded;
let queue: typeof import("@/lib/data/work-queue");

const q = (params: Record<string, string>) => workQueueQuerySchema.parse(params);

beforeAll(async () => {
  seeded = await seedEditorDb();
  queue = await import("@/lib/data/work-queue");
  const { startProfile } = await import("@/lib/data/start-profile");
  expect(await startProfile("252201", { id: seeded.userIds.editor }, null)).toEqual({ ok: true, created: true });
});
afterAll(async () => {
  await seeded?.db.$disconnect();
  await cleanup();
});

describe("the work queue", () => {
  it("lists all 3,543 entries of the five levels, 50 a page, by code", async () => {
    const first = await queue.listWorkQueue(q({}));
    expect(first.total).toBe(3543);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]!.code).toBe("0");
    const last = await queue.listWorkQueue(q({ page: String(Math.ceil(3543 / 50)) }));
    expect(last.rows).toHaveLength(3543 % 50);
    const desc = await queue.listWorkQueue(q({ dir: "desc" }));
    expect(desc.rows[0]!.code > desc.rows[1]!.code).toBe(true);
  });

  it("filters by level and group prefix", async () => {
    expect((await queue.listWorkQueue(q({ level: "unit" }))).total).toBe(445);
    const group = await queue.listWorkQueue(q({ prefix: "2522", level: "occupation" }));
    expect(group.total).toBeGreaterThan(0);
    expect(group.rows.every((r) => r.code.startsWith("2522") && r.code.length === 6)).toBe(true);
  });

  it("searches names (diacritics folded, every word) and codes", async () => {
    const byName = await queue.listWorkQueue(q({ q: "pielegniarka anestezjologicznego" }));
    expect(byName.rows.map((r) => r.code)).toContain("222202");
    expect(byName.rows.every((r) => /Pielęgniarka/i.test(r.name))).toBe(true);
    const byCode = await queue.listWorkQueue(q({ q: "25220" }));
    expect(byCode.rows.map((r) => r.code)).toEqual(expect.arrayContaining(["252201"]));
    expect(byCode.rows.every((r) => r.code.startsWith("25220"))).toBe(true);
  });

  it("filters by profile and by draft", async () => {
    const withProfile = await queue.listWorkQueue(q({ profile: "yes" }));
    expect(withProfile.rows.map((r) => r.code)).toEqual(["351402"]);
    expect(withProfile.rows[0]!.profile?.version).toBe(1);
    expect((await queue.listWorkQueue(q({ profile: "no" }))).total).toBe(3542);
    const withDraft = await queue.listWorkQueue(q({ draft: "yes" }));
    expect(withDraft.rows.map((r) => r.code)).toEqual(["252201"]);
    expect(withDraft.rows[0]!.drafts).toEqual([expect.objectContaining({ entityType: "profile", isNewProfile: true })]);
    expect((await queue.listWorkQueue(q({ draft: "no" }))).total).toBe(3542);
  });

  it("filters occupations without a description and repaired names", async () => {
    const missing = await queue.listWorkQueue(q({ missing: "1" }));
    const expected = await seeded.db.occupation.count({ where: { level: "occupation", description: null } });
    expect(missing.total).toBe(expected);
    // The 504 "Opis w opracowaniu", 10 empty, 289 that only repeat the name.
    expect(missing.total).toBe(803);
    expect(missing.rows.every((r) => r.level === "occupation" && !r.hasDescription)).toBe(true);
    const repaired = await queue.listWorkQueue(q({ repaired: "1" }));
    expect(repaired.total).toBe(55);
    expect(repaired.rows.every((r) => r.isNameRepaired)).toBe(true);
  });

  it("filters entries edited since a day, and sorts by name", async () => {
    expect((await queue.listWorkQueue(q({ since: "2000-01-01" }))).total).toBe(0);
    const { saveDraft, getEditorState, startingPoint } = await import("@/lib/data/drafts");
    const ref = { entityType: "profile", entityKey: "351402" } as const;
    const { tokens, base, data } = startingPoint((await getEditorState(ref))!);
    expect((await saveDraft({ ref, tokens, data, clientBase: base, publish: true, message: "", actor: { id: seeded.userIds.editor }, ip: null })).ok).toBe(
      true,
    );
    const today = new Date().toISOString().slice(0, 10);
    const edited = await queue.listWorkQueue(q({ since: today }));
    expect(edited.rows.map((r) => r.code)).toEqual(["351402"]);
    expect(edited.rows[0]!.lastEdit).toBeInstanceOf(Date);
    expect((await queue.listWorkQueue(q({ since: "2999-01-01" }))).total).toBe(0);

    const byName = await queue.listWorkQueue(q({ sort: "name", level: "major" }));
    const names = byName.rows.map((r) => r.name);
    expect(names).toHaveLength(10);
    // By folded name: "Operatorzy i monterzy maszyn…" (8) first, "Technicy…" (3) last; by code "0" would be first.
    expect(byName.rows[0]!.code).toBe("8");
    expect(byName.rows.at(-1)!.code).toBe("3");
  });
});
