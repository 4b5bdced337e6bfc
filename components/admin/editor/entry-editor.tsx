"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { saveDraftAction, type EditorActionState } from "@/lib/actions/editor";
import type { BaseTokens, EntityType, OccupationSnapshot, PositionSnapshot, ProfileSnapshot, Snapshot } from "@/lib/validation/editor";
import { useHydrated } from "@/components/ui/use-hydrated";
import { DiffView } from "../diff-view";
import { OccupationFields, type OccupationSourceView } from "./occupation-fields";
import { PositionFields, type Suggestion } from "./position-fields";
import { ProfileFields } from "./profile-fields";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";

type Props = {
  entityType: EntityType;
  entityKey: string;
  initial: { tokens: BaseTokens; base: Snapshot; data: Snapshot };
  suggestions?: readonly Suggestion[];
  contentLang: string;
  /** For a classification entry: its level and the source values shown beside the form. */
  occupation?: OccupationSourceView;
};

const IDLE: EditorActionState = { status: "idle" };

/**
 * The editing form of one entry. The snapshot lives in client state and goes to the server as JSON
 * with the compare-and-set tokens it started from; on any error the state (everything typed) stays.
 */
export function EntryEditor({ entityType, entityKey, initial, suggestions = [], contentLang, occupation }: Props) {
  const t = useTranslations("editor.form");
  const [state, formAction, pending] = useActionState(saveDraftAction, IDLE);
  const [data, setData] = useState<Snapshot>(initial.data);
  const [tokens, setTokens] = useState(initial.tokens);
  const [base, setBase] = useState(initial.base);
  const [message, setMessage] = useState("");
  const hydrated = useHydrated();
  // Adopt the new tokens after a successful save (React's "adjust state on change" pattern, no effect).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.status === "ok") {
      setTokens(state.tokens);
      setBase(state.base);
      if (state.published) setMessage("");
    }
  }
  const errors = state.status === "error" ? state.fieldErrors : {};
  const errorCount = Object.values(errors).reduce((n, list) => n + list.length, 0);

  return (
    <form action={formAction} className="space-y-8" aria-describedby="editor-status">
      {/* The snapshot lives in React state: until hydration nothing typed would reach the server. */}
      <fieldset disabled={!hydrated} className="contents">
        <input type="hidden" name="entityType" value={entityType} />
        <input type="hidden" name="entityKey" value={entityKey} />
        <input type="hidden" name="baseVersion" value={tokens.baseVersion} />
        <input type="hidden" name="draftRevision" value={tokens.draftRevision} />
        <input type="hidden" name="data" value={JSON.stringify(data)} />
        <input type="hidden" name="base" value={JSON.stringify(base)} />

        <p className="text-sm text-slate-700">
          {tokens.draftRevision > 0
            ? t("draftState", { version: tokens.baseVersion, revision: tokens.draftRevision })
            : t("liveState", { version: tokens.baseVersion })}
        </p>

        {entityType === "occupation" && occupation ? (
          <OccupationFields value={data as OccupationSnapshot} onChange={setData} errors={errors} context={occupation} />
        ) : entityType === "profile" ? (
          <ProfileFields value={data as ProfileSnapshot} onChange={setData} errors={errors} />
        ) : (
          <PositionFields value={data as PositionSnapshot} onChange={setData} errors={errors} suggestions={suggestions} lang={contentLang} />
        )}

        <div className="sticky bottom-0 space-y-3 border-t border-slate-300 bg-white py-3">
          <div id="editor-status" role="status" aria-live="polite" className={state.status === "error" ? "text-red-700" : "text-green-800"}>
            {state.status === "error"
              ? errorCount > 0
                ? `${state.message} ${t("errorCount", { count: errorCount })}`
                : state.message
              : state.status === "ok"
                ? state.message
                : null}
          </div>
          {state.status === "error" && state.conflict ? (
            <section aria-labelledby="conflict-heading" className="space-y-2 rounded border border-amber-500 bg-amber-50 p-3">
              <h2 id="conflict-heading" className="font-semibold">
                {t("conflictHeading", { by: state.conflict.by ?? t("someone"), at: new Date(state.conflict.at).toLocaleString() })}
              </h2>
              <DiffView diff={state.conflict.changes} lang={contentLang} />
              <p className="text-sm">{t("conflictHelp")}</p>
              <button
                type="submit"
                name="rebase"
                value={`${state.conflict.tokens.baseVersion}:${state.conflict.tokens.draftRevision}`}
                className="rounded border border-amber-700 px-3 py-1"
              >
                {t("keepMine")}
              </button>
            </section>
          ) : null}
          <div className="flex flex-wrap items-end gap-3">
            <button
              type="submit"
              name="intent"
              value="save"
              disabled={pending}
              className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 disabled:opacity-60"
            >
              {t("save")}
            </button>
            <div className="space-y-1">
              <label htmlFor="publish-message" className="block text-sm font-medium">
                {t("message")}
              </label>
              <input
                id="publish-message"
                name="message"
                value={message}
                onChange={(e) => setMessage(e.target.value)}
                maxLength={500}
                className={inputClass("inline")}
              />
            </div>
            <Button variant="primary" type="submit" name="intent" value="publish" disabled={pending}>
              {t("publish")}
            </Button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
