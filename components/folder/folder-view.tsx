"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  FOLDER_LIMITS,
  folderFileName,
  folderFileText,
  isEmptyFolder,
  parseFolderFile,
  removeComparison,
  removeEntry,
  setNote,
  setSkills,
  type FolderError,
} from "@/lib/folder/folder";
import { matchHref } from "@/components/match/match-href";
import { Link } from "@/lib/i18n/link";
import { clearFolder, currentFolder, updateFolder, useFolder, useFolderPersisted } from "./folder-store";
import { entryHref } from "./entry-href";
import { buttonClass } from "@/components/ui/button";

type Status = { kind: "ok" | "error"; text: string } | null;

const toolClass = buttonClass("toolbar");

/** The client folder page: shortlist with notes, skills, saved comparisons; export, import, clear. */
export function FolderView() {
  const t = useTranslations("folder");
  const folder = useFolder();
  const isPersisted = useFolderPersisted();
  const isHydrated = useHydrated();
  const [status, setStatus] = useState<Status>(null);
  const [isConfirmingClear, setConfirmingClear] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  function errorText(error: FolderError): string {
    switch (error.code) {
      case "newerVersion":
        return t("importErrors.newerVersion", { version: error.version });
      case "invalid":
        return t("importErrors.invalid", { path: error.path || "—" });
      default:
        return t(`importErrors.${error.code}`);
    }
  }

  function exportFile() {
    const now = new Date();
    const blob = new Blob([folderFileText(currentFolder(), now)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = folderFileName(t("filePrefix"), now);
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
    setStatus({ kind: "ok", text: t("exported") });
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    // The size is checked before the file is read; parseFolderFile checks it again for any caller.
    const result = file.size > FOLDER_LIMITS.fileBytes ? ({ ok: false, error: { code: "tooLarge" } } as const) : parseFolderFile(await file.text());
    if (fileInput.current) fileInput.current.value = "";
    if (!result.ok) {
      setStatus({ kind: "error", text: t("importRefused", { name: file.name, reason: errorText(result.error) }) });
      return;
    }
    updateFolder(() => result.value);
    setStatus({ kind: "ok", text: t("imported", { name: file.name, count: result.value.entries.length }) });
  }

  function clear() {
    clearFolder();
    setConfirmingClear(false);
    setStatus({ kind: "ok", text: t("cleared") });
  }

  const isEmpty = isEmptyFolder(folder);

  return (
    <div className="space-y-8">
      {!isPersisted ? (
        <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t("notPersisted")}
        </p>
      ) : null}

      <div className="no-print flex flex-wrap items-center gap-3" aria-label={t("actionsLabel")} role="group">
        <button type="button" onClick={exportFile} disabled={!isHydrated || isEmpty} className={toolClass}>
          {t("export")}
        </button>
        <span>
          <label htmlFor="folder-import" className={`${toolClass} inline-block cursor-pointer focus-within:outline`}>
            {t("import")}
          </label>
          <input
            id="folder-import"
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            disabled={!isHydrated}
            onChange={(e) => void importFile(e.target.files?.[0])}
            className="sr-only"
          />
        </span>
        <Link href="/folder/sheet" className="text-brand-800 underline underline-offset-2">
          {t("sheetLink")}
        </Link>
        {isConfirmingClear ? (
          <span role="group" aria-label={t("clearConfirmLabel")} className="flex flex-wrap items-center gap-2 rounded border border-red-700 p-2">
            <span>{t("clearConfirm")}</span>
            <button type="button" onClick={clear} className="rounded bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800">
              {t("clearYes")}
            </button>
            <button type="button" onClick={() => setConfirmingClear(false)} className={toolClass}>
              {t("clearNo")}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirmingClear(true)} disabled={!isHydrated || isEmpty} className={toolClass}>
            {t("clear")}
          </button>
        )}
      </div>

      <p role="status" aria-live="polite" className={status?.kind === "error" ? "font-medium text-red-800" : "text-emerald-900"}>
        {status?.text ?? ""}
      </p>

      <FolderSection
        id="folder-entries"
        heading={t("entriesHeading", { count: folder.entries.length })}
        empty={folder.entries.length === 0 ? t("entriesEmpty") : null}
      >
        <ol className="space-y-4">
          {folder.entries.map((entry) => {
            const title = entry.title ?? entry.id;
            return (
              <li key={entry.id} className="space-y-2 rounded border border-slate-200 p-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={entryHref(entry.id)} className="font-semibold text-brand-800 underline underline-offset-2" lang={entry.lang ?? "pl"}>
                    {title}
                  </Link>
                  <span className="font-mono text-sm text-slate-700">{entry.id}</span>
                </div>
                <label htmlFor={`note-${entry.id}`} className="block text-sm font-medium">
                  {t("noteLabel")}
                </label>
                <textarea
                  id={`note-${entry.id}`}
                  value={entry.note}
                  maxLength={FOLDER_LIMITS.note}
                  rows={3}
                  onChange={(e) => updateFolder((f) => setNote(f, entry.id, e.target.value))}
                  className="w-full rounded border border-slate-400 p-2"
                />
                <button
                  type="button"
                  onClick={() => updateFolder((f) => removeEntry(f, entry.id))}
                  className={`no-print ${toolClass}`}
                  aria-label={t("removeEntry", { title })}
                >
                  {t("remove")}
                </button>
              </li>
            );
          })}
        </ol>
      </FolderSection>

      <FolderSection
        id="folder-skills"
        heading={t("skillsHeading", { count: folder.skills.length })}
        empty={folder.skills.length === 0 ? t("skillsEmpty") : null}
      >
        <p>
          <Link href={matchHref(folder.skills)} className="text-brand-800 underline underline-offset-2">
            {t("skillsToMatch")}
          </Link>
        </p>
        <ul className="flex flex-wrap gap-2">
          {folder.skills.map((skill, i) => (
            <li key={`${skill.kind}-${skill.id ?? ""}-${skill.label}`} className="flex items-center gap-1 rounded bg-slate-100 px-2 py-1 text-sm">
              <span>{skill.label}</span>
              <span className="text-xs text-slate-700">({t(`skillKind.${skill.kind}`)})</span>
              <button
                type="button"
                onClick={() =>
                  updateFolder((f) =>
                    setSkills(
                      f,
                      f.skills.filter((_, j) => j !== i),
                    ),
                  )
                }
                className="no-print ml-1 rounded px-1 text-slate-800 hover:bg-slate-200"
                aria-label={t("removeSkill", { label: skill.label })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </FolderSection>

      <FolderSection
        id="folder-comparisons"
        heading={t("comparisonsHeading", { count: folder.comparisons.length })}
        empty={folder.comparisons.length === 0 ? t("comparisonsEmpty") : null}
      >
        <ul className="space-y-2">
          {folder.comparisons.map((c, i) => (
            <li key={c.ids.join(",")} className="flex flex-wrap items-center gap-3">
              <Link href={`/compare?codes=${c.ids.join(",")}`} className="text-brand-800 underline underline-offset-2">
                {t("comparisonLink", { ids: c.ids.join(", ") })}
              </Link>
              <button
                type="button"
                onClick={() => updateFolder((f) => removeComparison(f, i))}
                className={`no-print ${toolClass}`}
                aria-label={t("removeComparison", { ids: c.ids.join(", ") })}
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      </FolderSection>
    </div>
  );
}

/** A part of the folder: its heading, then its list or, when it is empty, what to do to fill it. */
function FolderSection({ id, heading, empty, children }: { id: string; heading: string; empty: string | null; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      {empty !== null ? <p className="text-slate-700">{empty}</p> : children}
    </section>
  );
}
