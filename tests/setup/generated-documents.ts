/**
 * A folder of generated source documents for the reliability tests (crash, backup under load):
 * the four seed documents varied the way scripts/bench-import.ts varies them, so every file is a
 * distinct document (profiles under distinct real KZiS codes, positions with distinct titles).
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { collectFiles } from "@/lib/import/import-files";
import { ROOT } from "./test-db";

export function writeGeneratedDocuments(db: Database.Database, dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const seeds = collectFiles([path.join(ROOT, "seeds/documents")]).map((f) => fs.readFileSync(f, "utf8"));
  const codes = db.prepare(`SELECT code, name FROM Occupation WHERE level = 'occupation' ORDER BY code`).all() as { code: string; name: string }[];
  for (let i = 0; i < count; i++) {
    const source = seeds[i % seeds.length] ?? "";
    // A prime stride: distinct codes for the first few thousand documents.
    const occupation = codes[(i * 7919) % codes.length]!;
    const text = source.includes("Kod: ")
      ? source.replace(/Kod: \d{6}/, `Kod: ${occupation.code}`).replace(/^(Administrator systemów poczty elektronicznej|Specjalista do spraw mediów interaktywnych)$/m, occupation.name)
      : source.replace("Stanowisko ds. obsługi klienta", `Stanowisko ds. ${occupation.name.toLowerCase()} (${i})`).replace(/\n/, ` (wariant ${i}: ${occupation.name})\n`);
    fs.writeFileSync(path.join(dir, `${String(i).padStart(5, "0")}.txt`), text);
  }
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
