/**
 * Issue 17: hostile documents, made here (ZIP bombs by ratio, by lying sizes, by element nesting
 * and by archive nesting; PDFs nested deep, with a page count that lies, with too much to read in
 * time; a file of 5 MB + 1 byte), are refused with the limit named within 5 s through both real
 * import paths — the upload form's server actions (as Next calls them, with an editor's session)
 * and the import CLI (spawned) — while public requests made at the same time are answered.
 * Nothing is written; after the hostile files a real document still imports.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openSqlite } from "@/lib/db/sqlite";
import { MAX_IMPORT_BYTES } from "@/lib/import/errors";
import { IMPORT_LIMITS, WORKER_LIMITS, type ImportLimitName } from "@/lib/import/limits";
import {
  docxArchiveNesting,
  docxLyingSizes,
  docxNestingBomb,
  docxRatioBomb,
  oneByteOver,
  pdfDeepNesting,
  pdfLyingPageCount,
  pdfManyPages,
  pdfSlowText,
} from "@/lib/import/testing/hostile-files";
import { EDITOR, createEditorDbFile, seedEditorDb } from "../setup/editor-db";
import { tsxCommand } from "../setup/generated-documents";
import { ROOT, TMP_DIR, createReferenceDb } from "../setup/test-db";

const request = vi.hoisted(() => {
  // The public requests below all come from one client; the API's rate limit is not what is tested.
  process.env.API_RATE_LIMIT = "1000000";
  return { headers: new Headers() };
});
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, getAll: () => [] }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => false }),
  getLocale: async () => "pl",
}));
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));

// A real document the seeded editor database does not hold yet (seedEditorDb imports 000 and 001).
const SEED = fs.readFileSync(path.join(ROOT, "seeds/documents/002_6a10aa2587fe6428.txt"));

type Hostile = { name: string; make: () => Uint8Array; code: string; limit: ImportLimitName | null; reason: RegExp };

/** Each hostile file, the error it gets and the words its message must hold. */
const HOSTILE: Hostile[] = [
  {
    name: "bomba-62kb-20mb.docx",
    make: () => docxRatioBomb(20),
    code: "over-limit",
    limit: "xmlPartBytes",
    reason: /8 MB inflated per XML part: word\/document\.xml declares 20\.\d MB/u,
  },
  { name: "bomba-600kb-200mb.docx", make: () => docxRatioBomb(200), code: "over-limit", limit: "xmlPartBytes", reason: /declares 200\.0 MB inflated/u },
  {
    name: "bomba-ratio.docx",
    make: () => docxRatioBomb(5),
    code: "over-limit",
    limit: "zipRatio",
    reason: /compression ratio of 100:1: word\/document\.xml inflates \d+:1/u,
  },
  {
    name: "klamliwe-rozmiary.docx",
    make: () => docxLyingSizes(200),
    code: "corrupt",
    limit: null,
    reason: /inflates to more than the 10240 bytes its header declares/u,
  },
  { name: "zagniezdzony.docx", make: () => docxNestingBomb(50_000), code: "over-limit", limit: "xmlDepth", reason: /XML elements nested 128 deep/u },
  { name: "archiwum-w-archiwum.docx", make: () => docxArchiveNesting(3), code: "over-limit", limit: "archiveNesting", reason: /archive inside an archive/u },
  { name: "gleboki.pdf", make: () => pdfDeepNesting(300_000), code: "over-limit", limit: "pdfDepth", reason: /PDF objects nested 64 deep/u },
  {
    name: "klamliwa-liczba-stron.pdf",
    make: () => pdfLyingPageCount(),
    code: "over-limit",
    limit: "pdfPages",
    reason: /1,000 PDF pages: its page tree declares 2,000,000,000 pages/u,
  },
  { name: "100000-stron.pdf", make: () => pdfManyPages(), code: "over-limit", limit: "pdfPages", reason: /declares 100,000 pages/u },
  { name: "wolny.pdf", make: () => pdfSlowText(1000, 2000), code: "over-limit", limit: "time", reason: /3 s of parsing time: parsing it took longer/u },
];
const OVERSIZED = { name: "5mb-plus-1.txt", bytes: oneByteOver(MAX_IMPORT_BYTES) };

const files = HOSTILE.map((h) => ({ ...h, bytes: h.make() }));

it("the hostile files are small, and the oversized one is 5 MB + 1 byte", () => {
  for (const f of files) expect(f.bytes.byteLength, f.name).toBeLessThan(1024 * 1024);
  expect(OVERSIZED.bytes.byteLength).toBe(5 * 1024 * 1024 + 1);
});

describe("through the upload form", () => {
  const { cleanup } = createEditorDbFile("hostile-uploads");
  let seeded: Awaited<ReturnType<typeof seedEditorDb>>;
  let occupationRoute: typeof import("@/app/api/v1/occupations/[code]/route");
  const counts = async () => ({
    documents: await seeded.db.sourceDocument.count(),
    positions: await seeded.db.position.count(),
    profiles: await seeded.db.profile.count(),
  });

  beforeAll(async () => {
    seeded = await seedEditorDb();
    occupationRoute = await import("@/app/api/v1/occupations/[code]/route");
    const { auth } = await import("@/lib/auth/better-auth");
    const result = await auth.api.signInEmail({ body: { email: EDITOR.email, password: EDITOR.password }, returnHeaders: true });
    const cookie = result.headers.get("set-cookie")!.split(";")[0]!;
    request.headers = new Headers({ host: "localhost:3000", "sec-fetch-site": "same-origin", origin: "http://localhost:3000", cookie });
    // A worker ready before the clock starts, as in a running server.
    const { defaultParsePool } = await import("@/lib/import/parse-pool");
    await defaultParsePool().run(new Uint8Array(SEED), "rozgrzewka.txt");
  });
  afterAll(async () => {
    await seeded?.db.$disconnect();
    cleanup();
  });

  type UploadResult = {
    status: string;
    code?: string;
    fieldErrors?: Record<string, string[]>;
    result?: { status: string; error: { code: string; message: string; limit?: { name: string; value: number } | null } | null };
  };

  /** A public API request, in-process, as the server answers it: status and when it finished. */
  async function publicRequest(): Promise<{ status: number; at: number }> {
    const response = await occupationRoute.GET(new Request("http://localhost/api/v1/occupations/351402"), { params: Promise.resolve({ code: "351402" }) });
    await response.arrayBuffer();
    return { status: response.status, at: performance.now() };
  }

  /** Runs the upload and, until it answers, public requests one after another. */
  async function uploadWithTraffic(action: (prev: { status: "idle" }, form: FormData) => Promise<unknown>, name: string, bytes: Uint8Array) {
    const form = new FormData();
    form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
    const started = performance.now();
    let done = false;
    const upload = action({ status: "idle" }, form).then((state) => {
      done = true;
      return { state: state as UploadResult, ms: performance.now() - started };
    });
    const answered: { status: number; at: number }[] = [];
    const traffic = (async () => {
      while (!done) {
        answered.push(await publicRequest());
        // A request the database answers synchronously resolves in microtasks only: yield to the
        // event loop, as a server between two requests does, or the worker's reply is never read.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await upload;
    await traffic;
    return { ...result, answeredDuring: answered.filter((a) => a.at < started + result.ms) };
  }

  it.each(files.map((f) => [f.name, f] as const))("%s: preview and confirm refuse it, naming the limit", async (_, file) => {
    const { previewImportAction, confirmImportAction } = await import("@/lib/actions/imports");
    const before = await counts();
    for (const action of [previewImportAction, confirmImportAction]) {
      const { state, answeredDuring } = await uploadWithTraffic(action, file.name, file.bytes);
      expect(state.status).toBe("ok");
      expect(state.result?.status).toBe("failed");
      expect(state.result?.error?.code).toBe(file.code);
      expect(state.result?.error?.message).toContain(`"${file.name}"`);
      expect(state.result?.error?.message).toMatch(file.reason);
      if (file.limit)
        expect(state.result?.error?.limit).toEqual({
          name: file.limit,
          value: file.limit === "time" ? WORKER_LIMITS.timeMs : IMPORT_LIMITS[file.limit as keyof typeof IMPORT_LIMITS],
        });
      // Every public request made while the hostile file was parsed was answered, with its data.
      for (const a of answeredDuring) expect(a.status).toBe(200);
      // The slow one keeps a worker busy for the whole wall time: the server answered other requests
      // meanwhile (a count, not a rate: how many depends on the machine's load, that they were
      // answered does not; the refusal times are figures of `npm run bench:hostile`).
      if (file.limit === "time") expect(answeredDuring.length).toBeGreaterThan(2);
    }
    expect(await counts()).toEqual(before);
  });

  it("a file of 5 MB + 1 byte is refused by the form's schema, naming the 5 MB limit", async () => {
    const { previewImportAction, confirmImportAction } = await import("@/lib/actions/imports");
    for (const action of [previewImportAction, confirmImportAction]) {
      const { state } = await uploadWithTraffic(action, OVERSIZED.name, OVERSIZED.bytes);
      expect(state).toMatchObject({ status: "error", code: "invalid", fieldErrors: { file: ["fileTooLarge"] } });
    }
  });

  it("after all of them a real document is parsed and imported (the workers that died were replaced)", async () => {
    const { previewImportAction, confirmImportAction } = await import("@/lib/actions/imports");
    const { defaultParsePool } = await import("@/lib/import/parse-pool");
    const before = await counts();
    for (const action of [previewImportAction, confirmImportAction]) {
      const form = new FormData();
      form.set("file", new File([SEED], "opis.txt"));
      const state = (await action({ status: "idle" }, form)) as UploadResult;
      expect(state.result?.error).toBeNull();
    }
    expect((await counts()).documents).toBe(before.documents + 1);
    // The time-limit refusals (preview and confirm) terminated two workers; each was replaced.
    const pool = defaultParsePool();
    expect(pool.started).toBe(1 + 2 * pool.size);
    expect(pool.workers).toBe(pool.size);
  });
});

describe("through the import CLI", () => {
  const dir = path.join(TMP_DIR, `hostile-${process.pid}`);
  const dbFile = path.join(dir, "cli.db");

  beforeAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, "files"), { recursive: true });
    createReferenceDb(dbFile).db.close();
    for (const f of files) fs.writeFileSync(path.join(dir, "files", f.name), f.bytes);
    fs.writeFileSync(path.join(dir, "files", OVERSIZED.name), OVERSIZED.bytes);
    fs.writeFileSync(path.join(dir, "files", "zz-opis.txt"), SEED);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses each, naming the limit, each within 5 s, imports the real document after them and exits 1", async () => {
    const [command, argv] = tsxCommand("scripts/import.ts", ["--json", path.join(dir, "files")]);
    const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${dbFile}` } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(status, stderr).toBe(1);
    type Row = {
      file: string;
      status: string;
      milliseconds: number;
      error: { code: string; message: string; limit?: { name: string; value: number } | null } | null;
    };
    const rows = JSON.parse(stdout) as Row[];
    for (const f of files) {
      const row = rows.find((r) => r.file === f.name);
      expect(row, f.name).toMatchObject({ status: "failed", error: { code: f.code } });
      expect(row!.error!.message).toContain(`"${f.name}"`);
      expect(row!.error!.message).toMatch(f.reason);
      if (f.limit) expect(row!.error!.limit?.name).toBe(f.limit);
    }
    const oversized = rows.find((r) => r.file === OVERSIZED.name)!;
    expect(oversized).toMatchObject({ status: "failed", error: { code: "too-large" } });
    expect(oversized.error!.message).toMatch(/the file is 5\.0 MB, more than the limit of 5\.0 MB/u);
    expect(rows.find((r) => r.file === "zz-opis.txt")).toMatchObject({ status: "imported", error: null });
    const db = openSqlite(dbFile, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM SourceDocument").get()).toEqual({ n: 1 });
    db.close();
  });
});
