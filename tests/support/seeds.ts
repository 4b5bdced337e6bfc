import { readFileSync } from "node:fs";
import path from "node:path";

/** Test-only access to the four seed documents and their hand-checked golden files. */

const ROOT = path.resolve(import.meta.dirname, "../..");

export const SEED_FILES = {
  mailAdministrator: "000_138547b32dfb30b7.txt",
  krobiaJobDescription: "001_69948f187486f512.txt",
  kazakhRequirements: "002_6a10aa2587fe6428.txt",
  mediaSpecialist: "003_6dbabf946e4f36b9.txt",
} as const;

export type SeedName = keyof typeof SEED_FILES;

export function readSeed(name: SeedName): string {
  return readFileSync(path.join(ROOT, "seeds/documents", SEED_FILES[name]), "utf8");
}

export function readGolden<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures/golden", file), "utf8")) as T;
}

/** A seed's bytes, as an upload or the CLI would read them. */
export function readSeedBytes(name: SeedName): Uint8Array {
  return new Uint8Array(readFileSync(path.join(ROOT, "seeds/documents", SEED_FILES[name])));
}
