"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { moveItemToTask, placeCandidate, switchItemKind, unplaceItem, type ItemKind } from "@/lib/editor/profile-item-ops";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import { originOf, type Origin, type ProvenanceSection } from "@/lib/validation/origin";
import { Select } from "@/components/ui/select";

const button = "rounded border border-slate-300 px-2 py-0.5 text-sm disabled:opacity-40";

/** Where a text of the draft comes from: KZiS, ESCO, GUS, a document or the editor. */
export function OriginBadge({ origin }: { origin: Origin }) {
  const t = useTranslations("editor.provenance");
  return (
    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800" title={origin.ref ?? undefined}>
      {t("label")}: {t(`kind.${origin.kind}`)}
    </span>
  );
}

export function originIn(profile: ProfileSnapshot, section: ProvenanceSection, key: string): Origin {
  return originOf(profile.provenance, section, key);
}

/** For an item of a task: its origin, move to another task, knowledge ↔ skill, back to the candidates. */
export function TaskItemExtras({
  value,
  onChange,
  taskIndex,
  kind,
  index,
  label,
}: {
  value: ProfileSnapshot;
  onChange: (next: ProfileSnapshot) => void;
  taskIndex: number;
  kind: ItemKind;
  index: number;
  label: string;
}) {
  const t = useTranslations("editor.provenance");
  const id = useId();
  const text = value.tasks[taskIndex]?.[kind][index] ?? "";
  const others = value.tasks.map((task, i) => ({ code: task.code, i })).filter((o) => o.i !== taskIndex);
  const [target, setTarget] = useState(others[0]?.i ?? -1);
  const chosen = others.some((o) => o.i === target) ? target : (others[0]?.i ?? -1);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <OriginBadge origin={originIn(value, "items", text)} />
      <button
        type="button"
        className={button}
        onClick={() => onChange(switchItemKind(value, taskIndex, kind, index))}
        aria-label={t(kind === "knowledge" ? "toSkillLabel" : "toKnowledgeLabel", { item: label })}
      >
        {t(kind === "knowledge" ? "toSkill" : "toKnowledge")}
      </button>
      {others.length > 0 ? (
        <>
          <label htmlFor={`${id}-to`} className="sr-only">
            {t("moveTarget", { item: label })}
          </label>
          <select
            id={`${id}-to`}
            value={chosen}
            onChange={(e) => setTarget(Number(e.target.value))}
            className="rounded border border-slate-300 px-1 py-0.5 text-sm"
          >
            {others.map((o) => (
              <option key={o.i} value={o.i}>
                {o.code}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={button}
            onClick={() => onChange(moveItemToTask(value, taskIndex, kind, index, chosen))}
            aria-label={t("moveLabel", { item: label })}
          >
            {t("move")}
          </button>
        </>
      ) : null}
      {value.candidates !== undefined ? (
        <button
          type="button"
          className={button}
          onClick={() => onChange(unplaceItem(value, taskIndex, kind, index))}
          aria-label={t("unplaceLabel", { item: label })}
        >
          {t("unplace")}
        </button>
      ) : null}
    </div>
  );
}

/** The prefilled items not placed in a task yet: each can go into any task as knowledge or as a skill. */
export function CandidatesField({ value, onChange }: { value: ProfileSnapshot; onChange: (next: ProfileSnapshot) => void }) {
  const t = useTranslations("editor.provenance");
  const id = useId();
  const candidates = value.candidates ?? [];
  const [target, setTarget] = useState(0);
  const chosen = Math.min(target, Math.max(0, value.tasks.length - 1));
  const task = value.tasks[chosen];
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-3 rounded border border-sky-300 bg-sky-50 p-3">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        {t("candidates", { count: candidates.length })}
      </h2>
      <p className="text-sm text-slate-700">{t("candidatesHelp")}</p>
      {value.tasks.length > 0 ? (
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-task`} className="font-medium">
            {t("targetTask")}
          </label>
          <Select id={`${id}-task`} value={chosen} onChange={(e) => setTarget(Number(e.target.value))}>
            {value.tasks.map((task, i) => (
              <option key={i} value={i}>
                {task.code}: {task.title.slice(0, 60)}
              </option>
            ))}
          </Select>
        </div>
      ) : (
        <p className="text-sm">{t("noTasks")}</p>
      )}
      <ol className="max-h-[32rem] space-y-1 overflow-y-auto">
        {candidates.map((text, i) => (
          <li key={`${i}-${text}`} className="flex flex-wrap items-center gap-2 border-b border-sky-100 py-1">
            <span lang="pl" className="min-w-0 flex-1">
              {text}
            </span>
            <OriginBadge origin={originIn(value, "items", text)} />
            {task ? (
              <>
                <button
                  type="button"
                  className={button}
                  onClick={() => onChange(placeCandidate(value, i, chosen, "knowledge"))}
                  aria-label={t("placeKnowledgeLabel", { item: text, task: task.code })}
                >
                  {t("placeKnowledge", { task: task.code })}
                </button>
                <button
                  type="button"
                  className={button}
                  onClick={() => onChange(placeCandidate(value, i, chosen, "skills"))}
                  aria-label={t("placeSkillLabel", { item: text, task: task.code })}
                >
                  {t("placeSkill", { task: task.code })}
                </button>
              </>
            ) : null}
            <button
              type="button"
              className={button}
              onClick={() => onChange({ ...value, candidates: candidates.filter((_, j) => j !== i) })}
              aria-label={t("dropLabel", { item: text })}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
