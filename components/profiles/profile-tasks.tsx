import { getTranslations } from "next-intl/server";
import type { ProfileTask } from "@/lib/validation/profile";
import { ORIGIN_KINDS, type Origin } from "@/lib/validation/origin";
import type { ProfileOrigins } from "@/lib/validation/provenance";
import { ProvenanceLegend, ProvenanceMark } from "./provenance-mark";

type TaskOrigins = ProfileOrigins["tasks"][number];

/** Anchor id of a task, so competences can link to the tasks they group. */
export function taskAnchor(code: string): string {
  return `task-${code.toLowerCase()}`;
}

/** Tasks Z1…Zn in source order, each with its knowledge and skills side by side (stacked on a phone). */
export async function ProfileTasks({ tasks, contentLang, origins }: { tasks: ProfileTask[]; contentLang: string; origins?: ProfileOrigins["tasks"] }) {
  const t = await getTranslations("profile");
  const first = tasks[0]?.code ?? "";
  const last = tasks.at(-1)?.code ?? "";
  return (
    <section aria-labelledby="profile-tasks" className="space-y-4">
      <h2 id="profile-tasks" className="text-xl font-semibold">
        {t("tasks")}
      </h2>
      <p className="text-slate-700">{t("tasksIntro", { first, last })}</p>
      {origins ? <ProvenanceLegend kinds={usedKinds(origins)} /> : null}
      <ol className="space-y-6">
        {tasks.map((task, i) => (
          <li key={task.code}>
            <TaskCard task={task} contentLang={contentLang} origins={origins?.[i]} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The origin kinds a profile uses, in the legend's fixed order. */
function usedKinds(origins: ProfileOrigins["tasks"]): Origin["kind"][] {
  const used = new Set(origins.flatMap((o) => [o.task.kind, ...o.knowledge.map((k) => k.kind), ...o.skills.map((k) => k.kind)]));
  return ORIGIN_KINDS.filter((k) => used.has(k));
}

async function TaskCard({ task, contentLang, origins }: { task: ProfileTask; contentLang: string; origins?: TaskOrigins }) {
  const t = await getTranslations("profile");
  const headingId = `${taskAnchor(task.code)}-title`;
  return (
    <article id={taskAnchor(task.code)} aria-labelledby={headingId} className="profile-task rounded border border-slate-200 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        <span className="font-mono text-slate-700">{task.code}</span> <span lang={contentLang}>{task.title}</span>
      </h3>
      {/* Outside the heading, so the task's name stays its code and title. */}
      {origins ? (
        <p className="text-sm">
          <ProvenanceMark origin={origins.task} />
        </p>
      ) : null}
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <TaskItems heading={t("knowledge")} items={task.knowledge} origins={origins?.knowledge} empty={t("noItems")} contentLang={contentLang} />
        <TaskItems heading={t("skills")} items={task.skills} origins={origins?.skills} empty={t("noItems")} contentLang={contentLang} />
      </div>
    </article>
  );
}

function TaskItems({
  heading,
  items,
  origins,
  empty,
  contentLang,
}: {
  heading: string;
  items: string[];
  origins?: Origin[];
  empty: string;
  contentLang: string;
}) {
  return (
    <div>
      <h4 className="font-semibold text-slate-800">{heading}</h4>
      {items.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 pl-5" lang={contentLang}>
          {items.map((item, i) => {
            const origin = origins?.[i];
            return (
              <li key={i}>
                {item}
                {origin ? <ProvenanceMark origin={origin} /> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-1 text-slate-700">{empty}</p>
      )}
    </div>
  );
}
