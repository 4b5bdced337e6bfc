/**
 * A folder of generated source documents for the reliability tests (crash, backup under load):
 * lib/seed/generated-documents.ts, the same documents the import benchmark uses.
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { collectFiles } from "@/lib/files/read-files";
import { generateDocuments, type CodeAndName } from "@/lib/seed/generated-documents";
import { ROOT } from "./test-db";

export function writeGeneratedDocuments(db: Database.Database, dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const seeds = collectFiles([path.join(ROOT, "seeds/documents")]).map((f) => fs.readFileSync(f, "utf8"));
  // Codes without a profile yet, so that each generated profile is a new document (the seeded
  // 351402 would otherwise come back "updated").
  const codes = db
    .prepare(`SELECT code, name FROM Occupation WHERE level = 'occupation' AND code NOT IN (SELECT occupationCode FROM Profile) ORDER BY code`)
    .all() as CodeAndName[];
  for (const doc of generateDocuments(seeds, codes, count)) fs.writeFileSync(path.join(dir, doc.name), doc.text);
  return collectFiles([dir]);
}

/**
 * Node with tsx as a loader, rather than `npx tsx`: npx and the tsx CLI each start another process,
 * so a SIGKILL would hit a wrapper and leave the importer running. This way the importer is the
 * process we kill.
 */
export function tsxCommand(script: string, args: string[]): [string, string[]] {
  return [process.execPath, ["--import", "tsx", path.join(ROOT, script), ...args]];
}
