"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { encodeSelectedSkill } from "@/lib/match/selected-skill";
import { cutText } from "@/lib/sheet/profile-sheet";
import type { CoveredOccupation, MatchResult } from "@/lib/validation/match";
import { useFolder } from "./folder-store";

/** Budgets that keep the folder sheet on one A4 page whatever the folder holds (the rest is counted). */
const FOLDER_SHEET_BUDGET = { entries: 8, noteChars: 360, skills: 24, gaps: 4, gapChars: 90 } as const;

type Gaps = { state: "none" } | { state: "loading" } | { state: "error" } | { state: "ok"; byCode: Map<string, CoveredOccupation> };

/**
 * The gaps of the shortlisted occupations against the client's skills, from GET /api/v1/match.
 * Only the skills and the codes are sent, never the notes: the folder's personal part stays here.
 */
function useGaps(skillValues: string[], codes: string[]): Gaps {
  const key = `${skillValues.join("\u0001")}\u0002${codes.join(",")}`;
  const [gaps, setGaps] = useState<{ key: string; value: Gaps } | null>(null);
  const isNeeded = skillValues.length > 0 && codes.length > 0;
  useEffect(() => {
    if (!isNeeded) return;
    const params = new URLSearchParams();
    for (const s of skillValues) params.append("s", s);
    for (const c of codes) params.append("code", c);
    const controller = new AbortController();
    fetch(`/api/v1/match?${params}`, { signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<MatchResult>) : Promise.reject(new Error(String(res.status)))))
      .then((result) => setGaps({ key, value: { state: "ok", byCode: new Map(result.occupations.map((o) => [o.code, o])) } }))
      .catch((error: Error) => {
        if (error.name !== "AbortError") setGaps({ key, value: { state: "error" } });
      });
    return () => controller.abort();
    // `key` stands for skillValues and codes, which are new arrays on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, isNeeded]);
  if (!isNeeded) return { state: "none" };
  return gaps?.key === key ? gaps.value : { state: "loading" };
}

/** The client folder on one printed page: shortlist with notes and gaps, the client's skills. Read from this browser only. */
export function FolderSheet() {
  const t = useTranslations("folder");
  const format = useFormatter();
  const folder = useFolder();
  const entries = folder.entries.slice(0, FOLDER_SHEET_BUDGET.entries);
  const skills = folder.skills.slice(0, FOLDER_SHEET_BUDGET.skills);
  const gaps = useGaps(
    folder.skills.map(encodeSelectedSkill),
    entries.filter((e) => /^\d{6}$/.test(e.id)).map((e) => e.id),
  );

  if (folder.entries.length === 0 && folder.skills.length === 0) return <p role="status">{t("sheetEmpty")}</p>;

  return (
    <article className="sheet mx-auto max-w-[210mm] space-y-3 border border-slate-300 bg-white p-6 text-black shadow-sm" data-gaps={gaps.state}>
      <header className="space-y-1 border-b-2 border-black pb-2">
        <p className="flex flex-wrap justify-between gap-2 text-xs uppercase tracking-wide">
          <span>{t("sheetKicker")}</span>
          <span>{format.dateTime(new Date(), { dateStyle: "long" })}</span>
        </p>
        <h1 className="text-2xl font-bold">{t("sheetTitle")}</h1>
      </header>

      {skills.length > 0 ? (
        <section className="break-inside-avoid">
          <h2 className="border-b border-black text-sm font-bold uppercase tracking-wide">{t("sheetSkills")}</h2>
          <p className="mt-1 text-sm">{skills.map((s) => s.label).join(" · ")}</p>
        </section>
      ) : null}

      {entries.length > 0 ? (
        <section>
          <h2 className="border-b border-black text-sm font-bold uppercase tracking-wide">{t("entriesHeading", { count: folder.entries.length })}</h2>
          <ol className="mt-1 space-y-1.5">
            {entries.map((entry, i) => {
              const note = entry.note.trim() ? cutText(entry.note, FOLDER_SHEET_BUDGET.noteChars).text : null;
              const match = gaps.state === "ok" ? gaps.byCode.get(entry.id) : undefined;
              const missing = match ? match.groups.flatMap((g) => g.missing) : [];
              return (
                <li key={entry.id} className="break-inside-avoid">
                  <p>
                    <span className="font-semibold">{i + 1}. </span>
                    <span className="font-semibold" lang={entry.lang ?? "pl"}>
                      {entry.title ?? entry.id}
                    </span>{" "}
                    <span className="font-mono text-sm">({entry.id})</span>
                    {match ? <span className="text-sm"> – {t("sheetCoverage", { covered: match.covered, total: match.total })}</span> : null}
                  </p>
                  <p className="pl-4 text-sm">{note ?? <span className="italic">{t("sheetNoNote")}</span>}</p>
                  {gaps.state === "ok" && /^\d{6}$/.test(entry.id) ? (
                    <p className="pl-4 text-sm">
                      <span className="font-semibold">{t("sheetGaps")}: </span>
                      {!match ? (
                        <span className="italic">{t("sheetGapsNoData")}</span>
                      ) : missing.length === 0 ? (
                        <span className="italic">{t("sheetGapsNone")}</span>
                      ) : (
                        <>
                          {missing
                            .slice(0, FOLDER_SHEET_BUDGET.gaps)
                            .map((m) => cutText(m.text, FOLDER_SHEET_BUDGET.gapChars).text)
                            .join("; ")}
                          {missing.length > FOLDER_SHEET_BUDGET.gaps ? ` ${t("sheetGapsMore", { count: missing.length - FOLDER_SHEET_BUDGET.gaps })}` : null}
                        </>
                      )}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {folder.entries.length > entries.length ? (
            <p className="text-xs italic">{t("sheetMoreEntries", { count: folder.entries.length - entries.length })}</p>
          ) : null}
          {gaps.state === "loading" ? (
            <p className="no-print text-sm" role="status">
              {t("sheetGapsLoading")}
            </p>
          ) : null}
          {gaps.state === "error" ? (
            <p className="text-sm italic" role="alert">
              {t("sheetGapsError")}
            </p>
          ) : null}
        </section>
      ) : null}

      <footer className="border-t border-black pt-2 text-xs">{t("sheetPrivacy")}</footer>
    </article>
  );
}
