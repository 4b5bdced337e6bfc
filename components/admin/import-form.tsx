"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { confirmImportAction, previewImportAction, type UploadActionState } from "@/lib/actions/imports";
import type { UploadSummary } from "@/lib/editor/upload-import";
import type { ImportWarning } from "@/lib/validation/document";
import { Button } from "@/components/ui/button";

/** `replace`: the editor chose to save this file over a richer stored version (the preview showed what it removes). */
type Row = { file: File; preview: UploadActionState | null; result: UploadActionState | null; replace: boolean };

const MAX_BYTES = 5 * 1024 * 1024;

/** A limit's value in the unit its message states: bytes as MB, time as seconds. */
function limitValue(name: string, value: number): number {
  if (name.endsWith("Bytes")) return Math.round(value / (1024 * 1024));
  if (name === "time") return value / 1000;
  return value;
}

/**
 * Upload → preview (dry run, nothing written) → confirm. Files go to the server one at a time, so
 * progress is visible and one bad file never stops the others; each confirmed file is imported
 * atomically by the server.
 */
export function ImportForm() {
  const t = useTranslations("admin.imports");
  const input = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [phase, setPhase] = useState<"idle" | "previewing" | "previewed" | "importing" | "done">("idle");
  const [done, setDone] = useState(0);
  // The buttons work through React handlers only; before hydration a click would do nothing.
  const hydrated = useHydrated();

  async function run(kind: "preview" | "import", files: Row[]) {
    setPhase(kind === "preview" ? "previewing" : "importing");
    setDone(0);
    for (const [i, row] of files.entries()) {
      // Only what previewed cleanly is imported; the rest keeps its preview error.
      if (kind === "import" && !(row.preview?.status === "ok" && row.preview.result.status === "parsed")) {
        setDone(i + 1);
        continue;
      }
      const form = new FormData();
      form.set("file", row.file);
      if (kind === "import" && row.replace) form.set("replace", "replace");
      let state: UploadActionState;
      try {
        state = await (kind === "preview" ? previewImportAction : confirmImportAction)({ status: "idle" }, form);
      } catch {
        state = { status: "error", code: "unavailable", message: t("networkError"), fieldErrors: {}, input: {} };
      }
      setRows((current) => current.map((r, j) => (j === i ? { ...r, [kind === "preview" ? "preview" : "result"]: state } : r)));
      setDone(i + 1);
    }
    setPhase(kind === "preview" ? "previewed" : "done");
  }

  function onPreview() {
    const files = [...(input.current?.files ?? [])];
    const next = files.map((file) => ({ file, preview: null, result: null, replace: false }));
    setRows(next);
    if (next.length) void run("preview", next);
  }

  const importable = rows.filter((r) => r.preview?.status === "ok" && r.preview.result.status === "parsed");
  const total = rows.length;

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="import-files" className="block font-medium">
          {t("files")}
        </label>
        <input id="import-files" ref={input} type="file" multiple accept=".txt,.html,.htm,.pdf,.docx" aria-describedby="import-help" />
        <p id="import-help" className="text-sm text-slate-700">
          {t("help", { mb: MAX_BYTES / 1024 / 1024 })}
        </p>
      </div>
      <div className="flex gap-3">
        <button
          type="button"
          onClick={onPreview}
          disabled={!hydrated || phase === "previewing" || phase === "importing"}
          className="rounded border border-brand-800 px-4 py-2 text-brand-800"
        >
          {t("preview")}
        </button>
        <Button
          variant="primary"
          type="button"
          onClick={() => void run("import", rows)}
          disabled={!hydrated || phase !== "previewed" || importable.length === 0}
        >
          {t("confirm", { count: importable.length })}
        </Button>
      </div>
      {rows.length > 0 ? (
        <div role="status" aria-live="polite">
          <progress max={total} value={done} className="w-64" aria-label={t("progressLabel")} /> {t(`phase.${phase}`, { done, total })}
        </div>
      ) : null}
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={i} className="space-y-1 rounded border border-slate-300 p-3">
            <h2 className="font-semibold">{row.file.name}</h2>
            <Outcome label={t("previewResult")} state={row.preview} />
            {row.preview?.status === "ok" && row.preview.result.loss ? (
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="replace"
                  value="replace"
                  checked={row.replace}
                  disabled={phase === "importing"}
                  onChange={(e) => setRows((current) => current.map((r, j) => (j === i ? { ...r, replace: e.target.checked } : r)))}
                />
                {t("replace")}
              </label>
            ) : null}
            {row.result ? <Outcome label={t("importResult")} state={row.result} /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Outcome({ label, state }: { label: string; state: UploadActionState | null }) {
  const t = useTranslations("admin.imports");
  if (!state || state.status === "idle") return <p className="text-sm text-slate-600">{t("waiting")}</p>;
  if (state.status === "error") {
    const messages = Object.values(state.fieldErrors).flat();
    return (
      <p className="text-red-700">
        {label}: {state.message} {messages.join(" ")}
      </p>
    );
  }
  return <Summary label={label} result={state.result} />;
}

function Summary({ label, result }: { label: string; result: UploadSummary }) {
  const t = useTranslations("admin.imports");
  const failure = useTranslations("admin.failure");
  if (result.error) {
    // The reason in the user's language (its code's message; a parsing limit named with its value),
    // the importer's own English sentence (file name, details) below it.
    const { code, limit, message } = result.error;
    const reason = limit ? t("overLimit", { limit: t(`limit.${limit.name}`, { value: limitValue(limit.name, limit.value) }) }) : failureMessage(failure, code);
    return (
      <div className="text-red-700">
        <p>
          {label}: {t(`status.${result.status}`)} — {reason}
        </p>
        {result.error.details && result.error.details.length > 0 ? (
          <ul className="list-disc pl-6">
            {result.error.details.map((w, i) => (
              <ImportWarningItem key={i} warning={w} />
            ))}
          </ul>
        ) : null}
        <details className="text-sm">
          <summary>{t("details")}</summary>
          <span lang="en">{message}</span>
        </details>
      </div>
    );
  }
  const d = result.document;
  return (
    <div className="space-y-1 text-sm">
      <p>
        <strong>{label}:</strong> {t(`status.${result.status}`)}
      </p>
      {result.loss ? <LossNote loss={result.loss} /> : null}
      {d?.incomplete ? <p className="text-amber-800">{t("incomplete", { at: d.incomplete.at })}</p> : null}
      {d ? (
        <>
          <p>
            {t("kind", { kind: d.kind, language: d.language })} · {t("code", { code: d.code ?? "—" })} · <span lang={d.language}>{d.title}</span>
          </p>
          <p>
            {Object.entries(d.counts)
              .filter(([, n]) => n > 0)
              .map(([k, n]) => `${t(`count.${k}`)}: ${n}`)
              .join(" · ")}
          </p>
          {d.tasks.length > 0 ? (
            <ul className="list-disc pl-6" lang={d.language}>
              {d.tasks.map((task) => (
                <li key={task.code}>
                  {task.code} {task.title}
                </li>
              ))}
            </ul>
          ) : null}
          {d.suggestedCodes.length > 0 ? <p>{t("suggested", { codes: d.suggestedCodes.map((s) => s.code).join(", ") })}</p> : null}
          {d.warnings.length > 0 ? (
            <div className="rounded bg-amber-50 p-2">
              <p className="font-medium">{t("warnings", { count: d.warnings.length })}</p>
              <ul className="list-disc pl-6">
                {d.warnings.map((w, i) => (
                  <ImportWarningItem key={i} warning={w} />
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/**
 * A parser warning in the reader's language, by its code (admin.importWarning.<code>). A code this
 * build has no message for (a document parsed by a newer importer) shows the English sentence, marked so.
 */
function ImportWarningItem({ warning }: { warning: ImportWarning }) {
  const t = useTranslations("admin.importWarning");
  if (!t.has(warning.code)) return <li lang="en">{warning.message}</li>;
  return <li>{t(warning.code, warning.params)}</li>;
}

/** What saving this file removes from the stored version (the preview, a refusal, a forced replacement). */
function LossNote({ loss }: { loss: NonNullable<UploadSummary["loss"]> }) {
  const t = useTranslations("admin.imports");
  const removed = loss.removed.map((r) => `${t(`removed.${r.what}`)}: ${r.count}`).join(" · ");
  return (
    <div className="rounded bg-amber-50 p-2 text-amber-900" role="note">
      <p className="font-medium">{t("poorer")}</p>
      {removed ? <p>{t("wouldRemove", { removed })}</p> : null}
      {loss.incomplete ? <p>{t("cutOff", { at: loss.incomplete.at })}</p> : null}
    </div>
  );
}

/** An import error code's message (admin.failure.<code>); a code without one (a file the CLI could not read) as the generic failure. */
function failureMessage(failure: { (key: string): string; has(key: string): boolean }, code: string): string {
  return failure.has(code) ? failure(code) : failure("internal");
}
