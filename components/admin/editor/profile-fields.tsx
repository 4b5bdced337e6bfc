"use client";

import { useTranslations } from "next-intl";
import { addTask, moveItem, moveTask, removeItem, removeTask, renumberCompetences, replaceItem } from "@/lib/editor/list-ops";
import { KEY_COMPETENCES } from "@/lib/validation/key-competences";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import { describedBy, FieldError } from "./field-error";
import { ItemControls } from "./item-controls";
import { IncompleteFlagField, ProfileDescriptionFields } from "./profile-description-fields";
import { CandidatesField, OriginBadge, originIn, TaskItemExtras } from "./profile-provenance";
import { TextField } from "./text-field";
import { TextListField } from "./text-list-field";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

type Props = { value: ProfileSnapshot; onChange: (next: ProfileSnapshot) => void; errors: Record<string, string[]> };

const LEVELS = [0, 1, 2, 3, 4, 5] as const;

/** Every part of a described occupation profile. Content is Polish (lang="pl"), the UI follows the locale. */
export function ProfileFields({ value, onChange, errors }: Props) {
  const t = useTranslations("editor.profile");
  const set = (patch: Partial<ProfileSnapshot>) => onChange({ ...value, ...patch });
  const setTask = (i: number, patch: Partial<ProfileSnapshot["tasks"][number]>) =>
    set({ tasks: replaceItem(value.tasks, i, { ...value.tasks[i]!, ...patch }) });
  const setCompetence = (i: number, patch: Partial<ProfileSnapshot["competences"][number]>) =>
    set({ competences: replaceItem(value.competences, i, { ...value.competences[i]!, ...patch }) });
  const taskOrder = new Map(value.tasks.map((task, i) => [task.code, i]));

  return (
    <div className="space-y-8">
      <section aria-labelledby="ed-description" className="space-y-3">
        <h2 id="ed-description" className="text-xl font-semibold">
          {t("description")}
        </h2>
        <IncompleteFlagField value={value} onChange={onChange} />
        <TextField label={t("title")} path="data.title" value={value.title} onChange={(title) => set({ title })} errors={errors} lang="pl" />
        <ProfileDescriptionFields value={value} onChange={onChange} errors={errors} />
        <TextField
          label={t("synthesis")}
          path="data.synthesis"
          value={value.synthesis ?? ""}
          onChange={(v) => set({ synthesis: v })}
          errors={errors}
          multiline
          lang="pl"
        />
        <TextField
          label={t("workDescription")}
          path="data.workDescription"
          value={value.workDescription ?? ""}
          onChange={(v) => set({ workDescription: v })}
          errors={errors}
          multiline
          lang="pl"
        />
      </section>

      <section aria-labelledby="ed-tasks" className="space-y-4">
        <h2 id="ed-tasks" className="text-xl font-semibold">
          {t("tasks")}
        </h2>
        <FieldError path="data.tasks" errors={errors} />
        <ol className="space-y-6">
          {value.tasks.map((task, i) => (
            <li key={i} className="space-y-3 rounded border border-slate-300 p-3">
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-semibold">{t("task", { code: task.code })}</h3>
                <ItemControls
                  index={i}
                  count={value.tasks.length}
                  label={t("task", { code: task.code })}
                  onMove={(to) => onChange(moveTask(value, i, to))}
                  onRemove={() => onChange(removeTask(value, i))}
                />
              </div>
              <FieldError path={`data.tasks.${i}.code`} errors={errors} />
              <OriginBadge origin={originIn(value, "tasks", task.title)} />
              <TextField
                label={t("taskTitle", { code: task.code })}
                path={`data.tasks.${i}.title`}
                value={task.title}
                onChange={(title) => setTask(i, { title })}
                errors={errors}
                lang="pl"
              />
              <TextListField
                legend={t("knowledge", { code: task.code })}
                itemLabel={(n) => t("knowledgeItem", { code: task.code, n })}
                path={`data.tasks.${i}.knowledge`}
                items={task.knowledge}
                onChange={(knowledge) => setTask(i, { knowledge })}
                errors={errors}
                lang="pl"
                extra={(j) => (
                  <TaskItemExtras
                    value={value}
                    onChange={onChange}
                    taskIndex={i}
                    kind="knowledge"
                    index={j}
                    label={t("knowledgeItem", { code: task.code, n: j + 1 })}
                  />
                )}
              />
              <TextListField
                legend={t("skills", { code: task.code })}
                itemLabel={(n) => t("skillItem", { code: task.code, n })}
                path={`data.tasks.${i}.skills`}
                items={task.skills}
                onChange={(skills) => setTask(i, { skills })}
                errors={errors}
                lang="pl"
                extra={(j) => (
                  <TaskItemExtras
                    value={value}
                    onChange={onChange}
                    taskIndex={i}
                    kind="skills"
                    index={j}
                    label={t("skillItem", { code: task.code, n: j + 1 })}
                  />
                )}
              />
            </li>
          ))}
        </ol>
        <Button type="button" onClick={() => onChange(addTask(value))}>
          {t("addTask")}
        </Button>
      </section>

      {value.candidates !== undefined ? <CandidatesField value={value} onChange={onChange} /> : null}

      <section aria-labelledby="ed-competences" className="space-y-4">
        <h2 id="ed-competences" className="text-xl font-semibold">
          {t("competences")}
        </h2>
        <ol className="space-y-4">
          {value.competences.map((c, i) => (
            <li key={i} className="space-y-2 rounded border border-slate-300 p-3">
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-semibold">{c.code}</h3>
                <ItemControls
                  index={i}
                  count={value.competences.length}
                  label={c.code}
                  onMove={(to) => set({ competences: renumberCompetences(moveItem(value.competences, i, to)) })}
                  onRemove={() => set({ competences: renumberCompetences(removeItem(value.competences, i)) })}
                />
              </div>
              <FieldError path={`data.competences.${i}.code`} errors={errors} />
              <TextField
                label={t("competenceTitle", { code: c.code })}
                path={`data.competences.${i}.title`}
                value={c.title}
                onChange={(title) => setCompetence(i, { title })}
                errors={errors}
                lang="pl"
              />
              <fieldset>
                <legend className="font-medium">{t("competenceTasks", { code: c.code })}</legend>
                <div className="flex flex-wrap gap-3">
                  {value.tasks.map((task) => (
                    <label key={task.code} className="inline-flex items-center gap-1">
                      <input
                        type="checkbox"
                        checked={c.taskCodes.includes(task.code)}
                        onChange={(e) => {
                          const codes = e.target.checked ? [...c.taskCodes, task.code] : c.taskCodes.filter((code) => code !== task.code);
                          setCompetence(i, { taskCodes: codes.sort((a, b) => (taskOrder.get(a) ?? 0) - (taskOrder.get(b) ?? 0)) });
                        }}
                      />
                      {task.code}
                    </label>
                  ))}
                </div>
                {c.taskCodes.map((_, j) => (
                  <FieldError key={j} path={`data.competences.${i}.taskCodes.${j}`} errors={errors} />
                ))}
              </fieldset>
            </li>
          ))}
        </ol>
        <Button type="button" onClick={() => set({ competences: renumberCompetences([...value.competences, { code: "", title: "", taskCodes: [] }]) })}>
          {t("addCompetence")}
        </Button>
      </section>

      <section aria-labelledby="ed-social" className="space-y-2">
        <h2 id="ed-social" className="text-xl font-semibold">
          {t("socialCompetences")}
        </h2>
        <TextListField
          legend={t("socialCompetences")}
          itemLabel={(n) => t("socialItem", { n })}
          path="data.socialCompetences"
          items={value.socialCompetences}
          onChange={(socialCompetences) => set({ socialCompetences })}
          errors={errors}
          lang="pl"
        />
      </section>

      <section aria-labelledby="ed-key" className="space-y-2">
        <h2 id="ed-key" className="text-xl font-semibold">
          {t("keyCompetences")}
        </h2>
        <p className="text-sm text-slate-700">{t("keyHelp")}</p>
        {value.keyCompetences.length === 0 ? (
          <Button type="button" onClick={() => set({ keyCompetences: KEY_COMPETENCES.map((name) => ({ name, level: null })) })}>
            {t("addKeyCompetences")}
          </Button>
        ) : (
          <table className="text-left">
            <tbody>
              {value.keyCompetences.map((k, i) => {
                const path = `data.keyCompetences.${i}.level`;
                const aria = describedBy(path, errors);
                return (
                  <tr key={k.name}>
                    <th scope="row" className="pr-4 font-normal" lang="pl">
                      <label htmlFor={aria.id}>{k.name}</label>
                    </th>
                    <td>
                      <Select
                        {...aria}
                        value={k.level === null ? "" : String(k.level)}
                        onChange={(e) =>
                          set({ keyCompetences: replaceItem(value.keyCompetences, i, { ...k, level: e.target.value === "" ? null : Number(e.target.value) }) })
                        }
                      >
                        <option value="">{t("levelUnknown")}</option>
                        {LEVELS.map((level) => (
                          <option key={level} value={level}>
                            {level}
                          </option>
                        ))}
                      </Select>
                      <FieldError path={path} errors={errors} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="ed-alt" className="space-y-2">
        <h2 id="ed-alt" className="text-xl font-semibold">
          {t("altTitles")}
        </h2>
        <p className="text-sm text-slate-700">{t("altTitlesHelp")}</p>
        <TextListField
          legend={t("altTitles")}
          itemLabel={(n) => t("altTitle", { n })}
          path="data.altTitles"
          items={value.altTitles}
          onChange={(altTitles) => set({ altTitles })}
          errors={errors}
          lang="pl"
          extra={(j) => <OriginBadge origin={originIn(value, "altTitles", value.altTitles[j] ?? "")} />}
        />
      </section>
    </div>
  );
}
