/**
 * The layering rules of eslint.config.mjs (npm run lint) refuse what they are meant to refuse:
 * each case is linted as if it were a file in that folder.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("layering (eslint.config.mjs)", () => {
  it("keeps pages, route handlers and actions off the database client", async () => {
    const db = 'import { db } from "@/lib/db";\nexport const n = db;\n';
    expect(await layeringErrors("app/[locale]/admin/entries/[type]/[key]/page.tsx", db)).toEqual([expect.stringContaining("through lib/data")]);
    expect(await layeringErrors("app/api/auth/[...all]/route.ts", db)).toHaveLength(1);
    expect(await layeringErrors("lib/actions/users.ts", db)).toHaveLength(1);
    expect(await layeringErrors("lib/actions/users.ts", 'import { pgPool } from "@/lib/db";\nexport const p = pgPool;\n')).toHaveLength(1);
    expect(await layeringErrors("lib/actions/users.ts", 'import { listUsers } from "@/lib/data/users";\nexport const l = listUsers;\n')).toEqual([]);
  });

  it("lets components import types from lib/data but not fetch through it", async () => {
    const fetches = 'import { getRelatedEntries } from "@/lib/data/related";\nexport const f = getRelatedEntries;\n';
    expect(await layeringErrors("components/related/related-entries.tsx", fetches)).toEqual([expect.stringContaining("receive data")]);
    const types = 'import type { Transitions } from "@/lib/data/skills";\nexport type T = Transitions;\n';
    expect(await layeringErrors("components/match/career-transitions.tsx", types)).toEqual([]);
  });

  it("keeps lib/data below the actions and out of the importer", async () => {
    expect(
      await layeringErrors("lib/data/drafts.ts", 'import type { FieldErrors } from "@/lib/actions/field-errors";\nexport type F = FieldErrors;\n'),
    ).toHaveLength(1);
    expect(
      await layeringErrors(
        "lib/data/related.ts",
        'import { buildCodeSuggestionIndex } from "@/lib/import/suggest";\nexport const b = buildCodeSuggestionIndex;\n',
      ),
    ).toHaveLength(1);
    expect(
      await layeringErrors(
        "lib/data/related.ts",
        'import { buildCodeSuggestionIndex } from "@/lib/similarity/code-suggestion";\nexport const b = buildCodeSuggestionIndex;\n',
      ),
    ).toEqual([]);
  });
  it("keeps lib/import pure: no file system, no driver, no store", async () => {
    expect(await layeringErrors("lib/import/parse-profile.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n')).toEqual([
      expect.stringContaining("lib/import is pure"),
    ]);
    expect(await layeringErrors("lib/import/detect.test.ts", 'import pg from "pg";\nexport const p = pg;\n')).toHaveLength(1);
    expect(await layeringErrors("lib/import/prepare.ts", 'import { store } from "@/lib/db";\nexport const s = store;\n')).toHaveLength(1);
    expect(await layeringErrors("lib/import/prepare.ts", 'import { importFile } from "@/lib/store/import";\nexport const i = importFile;\n')).toHaveLength(1);
    expect(await layeringErrors("lib/import/prepare.ts", 'import { readSeed } from "@/tests/support/seeds";\nexport const r = readSeed;\n')).toEqual([]);
  });
});
