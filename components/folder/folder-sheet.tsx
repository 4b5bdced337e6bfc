"use client";

import { useFormatter, useTranslations } from "next-intl";
import { cutText } from "@/lib/sheet/profile-sheet";
import { useFolder } from "./folder-store";

/** Budgets that keep the folder sheet on one A4 page whatever the folder holds (the rest is counted). */
export const FOLDER_SHEET_BUDGET = { entries: 8, noteChars: 420, skills: 24 } as const;

/** The client folder on one printed page: shortlist with notes, the client's skills. Read from this browser only. */
export function FolderSheet() {
  const t = useTranslations("folder");
  const format = useFormatter();
  const folder = useFolder();
  const entries = folder.entries.slice(0, FOLDER_SHEET_BUDGET.entries);
  const skills = folder.skills.slice(0, FOLDER_SHEET_BUDGET.skills);

  if (folder.entries.length === 0 && folder.skills.length === 0) return <p role="status">{t("sheetEmpty")}</p>;

  return (
    <article className="sheet mx-auto max-w-[210mm] space-y-3 border border-slate-300 bg-white p-6 text-black shadow-sm">
      <header className="space-y-1 border-b-2 border-black pb-2">
        <p className="flex flex-wrap justify-between gap-2 text-xs uppercase tracking-wide">
          <span>{t("sheetKicker")}</span>
          <span>{format.dateTime(new Date(), { dateStyle: "long" })}</span>
        </p>
        <h1 className="text-2xl font-bold">{t("sheetTitle")}</h1>
      </header>

      {entries.length > 0 ? (
        <section>
          <h2 className="border-b border-black text-sm font-bold uppercase tracking-wide">{t("entriesHeading", { count: folder.entries.length })}</h2>
          <ol className="mt-1 space-y-1.5">
            {entries.map((entry, i) => {
              const note = entry.note.trim() ? cutText(entry.note, FOLDER_SHEET_BUDGET.noteChars).text : null;
              return (
                <li key={entry.id} className="break-inside-avoid">
                  <p>
                    <span className="font-semibold">{i + 1}. </span>
                    <span className="font-semibold" lang={entry.lang ?? "pl"}>
                      {entry.title ?? entry.id}
                    </span>{" "}
                    <span className="font-mono text-sm">({entry.id})</span>
                  </p>
                  <p className="pl-4 text-sm">{note ?? <span className="italic">{t("sheetNoNote")}</span>}</p>
                </li>
              );
            })}
          </ol>
          {folder.entries.length > entries.length ? <p className="text-xs italic">{t("sheetMoreEntries", { count: folder.entries.length - entries.length })}</p> : null}
        </section>
      ) : null}

      {skills.length > 0 ? (
        <section className="break-inside-avoid">
          <h2 className="border-b border-black text-sm font-bold uppercase tracking-wide">{t("sheetSkills")}</h2>
          <p className="mt-1 text-sm">{skills.map((s) => s.label).join(" · ")}</p>
        </section>
      ) : null}

      <footer className="border-t border-black pt-2 text-xs">{t("sheetPrivacy")}</footer>
    </article>
  );
}
