import { getTranslations } from "next-intl/server";
import type { ProfileTask } from "@/lib/validation/profile";

/** Anchor id of a task, so competences can link to the tasks they group. */
export function taskAnchor(code: string): string {
  return `task-${code.toLowerCase()}`;
}

/** Tasks Z1…Zn in source order, each with its knowledge and skills side by side (stacked on a phone). */
export async function ProfileTasks({ tasks, contentLang }: { tasks: ProfileTask[]; contentLang: string }) {
  const t = await getTranslations("profile");
  const first = tasks[0]?.code ?? "";
  const last = tasks.at(-1)?.code ?? "";
  return (
    <section aria-labelledby="profile-tasks" className="space-y-4">
      <h2 id="profile-tasks" className="text-xl font-semibold">
        {t("tasks")}
      </h2>
      <p className="text-slate-700">{t("tasksIntro", { first, last })}</p>
      <ol className="space-y-6">
        {tasks.map((task) => (
          <li key={task.code}>
            <TaskCard task={task} contentLang={contentLang} />
          </li>
        ))}
      </ol>
    </section>
  );
}

async function TaskCard({ task, contentLang }: { task: ProfileTask; contentLang: string }) {
  const t = await getTranslations("profile");
  const headingId = `${taskAnchor(task.code)}-title`;
  return (
    <article id={taskAnchor(task.code)} aria-labelledby={headingId} className="profile-task rounded border border-slate-200 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        <span className="font-mono text-slate-700">{task.code}</span>{" "}
        <span lang={contentLang}>{task.title}</span>
      </h3>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <TaskItems heading={t("knowledge")} items={task.knowledge} empty={t("noItems")} contentLang={contentLang} />
        <TaskItems heading={t("skills")} items={task.skills} empty={t("noItems")} contentLang={contentLang} />
      </div>
    </article>
  );
}

function TaskItems({ heading, items, empty, contentLang }: { heading: string; items: string[]; empty: string; contentLang: string }) {
  return (
    <div>
      <h4 className="font-semibold text-slate-800">{heading}</h4>
      {items.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 pl-5" lang={contentLang}>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-slate-700">{empty}</p>
      )}
    </div>
  );
}
