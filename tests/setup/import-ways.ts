/**
 * The two ways a document comes in, for tests that compare them: the import CLI spawned as a
 * process (`npm run import -- --dry-run --json <dir>`), and the upload form's server actions
 * (preview, then confirm) as Next calls them with the signed-in editor's session
 * (tests/setup/action-context.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { UploadSummary } from "@/lib/editor/upload-import";
import { signInForActions } from "./action-context";
import { EDITOR, createEditorDbFile } from "./editor-db";
import { tsxCommand } from "./generated-documents";
import { ROOT, TMP_DIR } from "./test-db";

type InputFile = { name: string; bytes: Uint8Array };

/**
 * For a describe block comparing both ways in: an editor database of its own, the files written to a
 * folder and run through the CLI before the tests (rows()), an editor signed in for the actions,
 * all removed afterwards. Call mockActionContext() at the top of the test file first.
 */
export function bothWaysIn<Row>(name: string, filesOf: () => InputFile[] | Promise<InputFile[]>, env: Record<string, string>) {
  const dir = path.join(TMP_DIR, `${name}-${process.pid}`);
  const { file: dbFile, cleanup } = createEditorDbFile(name);
  let rows: Row[] = [];
  let files: InputFile[] = [];

  beforeAll(async () => {
    files = await filesOf();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.bytes);
    rows = importDryRunByCli<Row>(dir, dbFile, env, files.length);

    const { db } = await import("@/lib/db");
    const { createUser } = await import("@/lib/users/create-user");
    const created = await createUser(db, { ...EDITOR, role: "editor" });
    if (!created.ok) throw new Error(created.reason);
    await signInForActions(EDITOR);
  }, 180_000);

  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
    cleanup();
  });

  return {
    dbFile,
    rows: () => rows,
    upload: (action: "preview" | "confirm", fileName: string) =>
      uploadByAction(
        action,
        files.find((f) => f.name === fileName)!,
      ),
  };
}

/** The CLI's JSON rows for the files of `dir`, parsed but not written; throws with its output when it fails. */
function importDryRunByCli<Row>(dir: string, dbFile: string, env: Record<string, string>, expectedRows: number): Row[] {
  const [command, argv] = tsxCommand("scripts/import.ts", ["--dry-run", "--json", dir]);
  const run = spawnSync(command, argv, { cwd: ROOT, env: { ...process.env, ...env, DATABASE_URL: `file:${dbFile}` }, encoding: "utf8" });
  let rows: Row[] = [];
  try {
    rows = JSON.parse(run.stdout) as Row[];
  } catch {
    // reported below with the CLI's own output
  }
  if (rows.length !== expectedRows) throw new Error(`the CLI failed (${run.status}): ${run.stderr}\n${run.stdout.slice(0, 2000)}`);
  return rows;
}

/** One file through the upload's preview or confirm action; the action itself must answer "ok". */
async function uploadByAction(action: "preview" | "confirm", file: { name: string; bytes: Uint8Array }): Promise<UploadSummary> {
  const { previewImportAction, confirmImportAction } = await import("@/lib/actions/imports");
  const form = new FormData();
  form.set("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
  const state = (await (action === "preview" ? previewImportAction : confirmImportAction)({ status: "idle" }, form)) as {
    status: string;
    result?: UploadSummary;
  };
  if (state.status !== "ok" || !state.result) throw new Error(`the ${action} action answered ${JSON.stringify(state)}`);
  return state.result;
}

/** What each way in adds to the parsed document (file name, status, timing, code suggestions). */
const ADDED_BY_ENTRY_POINT = new Set(["file", "status", "error", "loss", "milliseconds", "suggestedCodes"]);

/** The parsed document alone, as the store keeps it. */
export function parsedOnly(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !ADDED_BY_ENTRY_POINT.has(key)));
}
