/** Pure parsers for the ESCO v1.2.1 and ISCO-08 reference files (seeds/data). */
import { squash } from "@/lib/text";
import { readCsv } from "./kzis";

export type EscoRow = {
  code: string;
  iscoGroup: string;
  label: string;
  altLabels: string[];
  description: string | null;
  conceptUri: string | null;
};

export function parseEscoOccupations(csvText: string): EscoRow[] {
  return readCsv(csvText).map((r) => ({
    code: (r.code ?? "").trim(),
    iscoGroup: (r.iscoGroup ?? "").trim(),
    label: squash(r.preferredLabel ?? ""),
    // altLabels are newline-separated inside the field.
    altLabels: (r.altLabels ?? "").split(/\r?\n/).map(squash).filter(Boolean),
    description: squash(r.description ?? "") || null,
    conceptUri: (r.conceptUri ?? "").trim() || null,
  }));
}

export type CrosswalkRow = {
  escoCode: string;
  kzisCode: string;
  /** The KZiS name as the crosswalk spells it (sometimes whole where kzis-2023.csv cut it). */ kzisName: string;
};

export function parseCrosswalk(csvText: string): CrosswalkRow[] {
  return readCsv(csvText, ";").map((r) => ({
    escoCode: (r["esco code"] ?? "").trim(),
    kzisCode: (r["kzis code"] ?? "").trim(),
    kzisName: squash(r["kzis name"] ?? ""),
  }));
}

export type EscoByKzis = { code: string; alternativeNames: string[]; skills: string[] };

/** esco-by-kzis-pl.csv: long format, one row per (code, var); names and skills are "; "-separated. */
export function parseEscoByKzis(csvText: string): EscoByKzis[] {
  const byCode = new Map<string, EscoByKzis>();
  for (const r of readCsv(csvText)) {
    const code = (r.code ?? "").trim();
    const entry = byCode.get(code) ?? { code, alternativeNames: [], skills: [] };
    const values = (r.desc ?? "").split(";").map(squash).filter(Boolean);
    if (r.var === "occupation_alternative_names") entry.alternativeNames.push(...values);
    if (r.var === "skills") entry.skills.push(...values);
    byCode.set(code, entry);
  }
  return [...byCode.values()];
}

export type IscoRow = { code: string; label: string; description: string | null };

export function parseIsco(csvText: string): IscoRow[] {
  return readCsv(csvText).map((r) => ({
    code: (r.code ?? "").trim(),
    label: squash(r.preferredLabel ?? ""),
    description: (r.description ?? "").trim() || null,
  }));
}
