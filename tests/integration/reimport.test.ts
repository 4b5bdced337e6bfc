/**
 * Nothing is lost on re-import (issue 16.1, 16.7), through every way in and on both databases
 * (this file also runs in vitest.pg.config.ts): a copy of the seed page cut off mid-list, imported
 * over the whole profile, is refused as "poorer" by the CLI (exit 1) and by the upload's
 * confirmation; the dry run and the preview say what it would remove; forced (`--replace`, the
 * upload's "replace") it is saved as a new revision and the profile says where its source ends.
 * Two untitled documents stay two documents.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UploadSummary } from "@/lib/editor/upload-import";
import { readSeed } from "@/tests/support/seeds";
import type { ContentLoss } from "@/lib/store/document-plan";
import { EDITOR, createEditorDb } from "../setup/editor-db";
import { mockActionContext, signInForActions } from "../setup/action-context";
import { tsxCommand } from "../setup/generated-documents";
import { ROOT, TMP_DIR } from "../setup/test-db";

mockActionContext();
const TIME_LIMIT = { IMPORT_TIME_LIMIT_MS: "60000" };
Object.assign(process.env, TIME_LIMIT);

const WHOLE = readSeed("mailAdministrator");
/** The seed saved as a page that ends mid-list, in the middle of a word (Z4's skills; Z5 never came). */
const CUT_AT = WHOLE.indexOf(" • Ustawiać bezpieczne hasło");
const CUT = WHOLE.slice(0, CUT_AT) + " • Ustawiać bezpie";
const UNTITLED_A = "Opis stanowiska pracy\n1. Zakres obowiązków\n- prowadzenie korespondencji\n";
const UNTITLED_B = "Opis stanowiska pracy\n1. Zakres obowiązków\n- obsługa klientów\n";

type CliRow = { file: string; status: string; error: { code: string } | null; loss: ContentLoss | null; incomplete: { at: string } | null };

const dir = path.join(TMP_DIR, `reimport-${process.pid}`);
let cleanup: () => Promise<void>;

beforeAll(async () => {
  if (CUT_AT < 0) throw new Error("the seed's Z4 skills moved; update the cut");
  ({ cleanup } = await createEditorDb("reimport"));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const { db } = await import("@/lib/db");
  const { createUser } = await import("@/lib/users/create-user");
  const created = await createUser(db, { ...EDITOR, role: "editor" });
  if (!created.ok) throw new Error(created.reason);
  await signInForActions(EDITOR);
}, 120_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await cleanup();
});

/** `npm run import -- …` as a process, on the test database (the URL createEditorDb set). */
function cli(files: Record<string, string>, flags: string[]): { status: number | null; rows: CliRow[]; stderr: string } {
  const paths = Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
  const [command, argv] = tsxCommand("scripts/import.ts", [...flags, "--json", ...paths]);
  const run = spawnSync(command, argv, { cwd: ROOT, env: { ...process.env, ...TIME_LIMIT }, encoding: "utf8" });
  return { status: run.status, rows: JSON.parse(run.stdout || "[]") as CliRow[], stderr: run.stderr };
}

async function upload(action: "preview" | "confirm", name: string, text: string, replace = false): Promise<UploadSummary> {
  const { previewImportAction, confirmImportAction } = await import("@/lib/actions/imports");
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode(text)], name));
  if (replace) form.set("replace", "replace");
  const state = (await (action === "preview" ? previewImportAction : confirmImportAction)({ status: "idle" }, form)) as {
    status: string;
    result?: UploadSummary;
  };
  expect(state.status, JSON.stringify(state)).toBe("ok");
  return state.result!;
}

/** What the store holds of profile 351402: tasks, items, social competences, revisions, where the source ends. */
async function stored() {
  const { db } = await import("@/lib/db");
  const profile = await db.profile.findUniqueOrThrow({ where: { occupationCode: "351402" }, select: { id: true, incompleteAt: true } });
  const [tasks, items, social, revisions] = await Promise.all([
    db.profileTask.count({ where: { profileId: profile.id } }),
    db.taskItem.count({ where: { task: { profileId: profile.id } } }),
    db.socialCompetence.count({ where: { profileId: profile.id } }),
    db.documentRevision.count({ where: { document: { documentKey: "occupation-profile:351402:tasks" } } }),
  ]);
  return { tasks, items, social, revisions, incompleteAt: profile.incompleteAt };
}

describe("a cut-off copy over a whole profile", () => {
  let whole: Awaited<ReturnType<typeof stored>>;

  it("the CLI imports the whole page", async () => {
    const run = cli({ "whole.txt": WHOLE }, []);
    expect(run.status, run.stderr).toBe(0);
    whole = await stored();
    expect(whole).toMatchObject({ tasks: 5, incompleteAt: null });
    expect(whole.items).toBeGreaterThan(20);
    expect(whole.social).toBeGreaterThan(0);
  });

  it("the CLI's dry run says what the cut-off copy would remove and where it ends", () => {
    const run = cli({ "cut.txt": CUT }, ["--dry-run"]);
    expect(run.status, run.stderr).toBe(0);
    const [row] = run.rows;
    expect(row?.status).toBe("parsed");
    expect(row?.incomplete?.at).toMatch(/^Z4: “/u);
    expect(row?.loss?.removed.map((r) => r.what)).toEqual(expect.arrayContaining(["items", "socialCompetences", "keyCompetences"]));
    expect(row?.loss?.incomplete).toEqual(row?.incomplete);
  });

  it("the CLI refuses it (exit 1, code 'poorer') and the store is untouched", async () => {
    const run = cli({ "cut.txt": CUT }, []);
    expect(run.status).toBe(1);
    expect(run.rows[0]).toMatchObject({ status: "failed", error: { code: "poorer" } });
    expect(run.rows[0]?.loss?.removed.length).toBeGreaterThan(0);
    expect(await stored()).toEqual(whole);
  });

  it("the upload's preview says what would be removed; its confirmation refuses it without 'replace'", async () => {
    const preview = await upload("preview", "cut.txt", CUT);
    expect(preview.status).toBe("parsed");
    expect(preview.document?.incomplete?.at).toMatch(/^Z4/u);
    expect(preview.loss?.removed.find((r) => r.what === "items")?.count).toBeGreaterThan(0);
    const refused = await upload("confirm", "cut.txt", CUT);
    expect(refused).toMatchObject({ status: "failed", error: { code: "poorer" }, documentId: null });
    expect(refused.loss).toEqual(preview.loss);
    expect(await stored()).toEqual(whole);
  });

  it("the upload with 'replace' saves it as a new revision and flags the profile incomplete", async () => {
    const replaced = await upload("confirm", "cut.txt", CUT, true);
    expect(replaced.status).toBe("updated");
    const now = await stored();
    expect(now.revisions).toBe(whole.revisions + 1);
    expect(now.items).toBeLessThan(whole.items);
    expect(now.social).toBe(0);
    expect(now.incompleteAt).toBe(replaced.document?.incomplete?.at);
    const { getProfileByCode } = await import("@/lib/data/profiles");
    expect((await getProfileByCode("351402"))?.incompleteAt).toMatch(/^Z4: “/u);
  });

  it("the whole page again is richer: imported without asking, the flag cleared", async () => {
    const back = await upload("confirm", "whole.txt", WHOLE);
    expect(back).toMatchObject({ status: "updated", loss: null, error: null });
    expect(await stored()).toMatchObject({ tasks: whole.tasks, items: whole.items, social: whole.social, incompleteAt: null });
  });

  it("the CLI with --replace forces the cut-off copy too, as a revision", async () => {
    const before = await stored();
    const run = cli({ "cut.txt": CUT }, ["--replace"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.rows[0]?.status).toBe("updated");
    expect(run.rows[0]?.loss?.removed.length).toBeGreaterThan(0);
    const now = await stored();
    expect(now.revisions).toBe(before.revisions + 1);
    expect(now.incompleteAt).toMatch(/^Z4/u);
  });

  it("importing the other part (section 2 only) is not poorer: it merges, the tasks stay", async () => {
    const before = await stored();
    const description =
      "Administrator systemów poczty elektronicznej\nKod: 351402\n2. Opis zawodu\nSynteza\nAdministrator systemów poczty elektronicznej dba o pocztę.\nOpis pracy\nPracuje w serwerowni.\n";
    const run = cli({ "opis.txt": description }, []);
    expect(run.status, run.stderr).toBe(0);
    expect(run.rows[0]).toMatchObject({ status: "imported", error: null, loss: null });
    expect(await stored()).toMatchObject({ tasks: before.tasks, items: before.items });
  });
});

describe("untitled documents", () => {
  it("two untitled job descriptions are two documents, each found again by its text", async () => {
    const { db } = await import("@/lib/db");
    const before = await db.sourceDocument.count();
    const first = cli({ "a.txt": UNTITLED_A, "b.txt": UNTITLED_B }, []);
    expect(first.status, first.stderr).toBe(0);
    expect(first.rows.map((r) => r.status)).toEqual(["imported", "imported"]);
    expect(await db.sourceDocument.count()).toBe(before + 2);
    const again = await upload("confirm", "b.txt", UNTITLED_B);
    expect(again.status).toBe("unchanged");
  });
});
