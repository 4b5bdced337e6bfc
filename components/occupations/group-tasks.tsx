import { getTranslations } from "next-intl/server";

/** A group's own typical tasks (KZiS gives them for groups only). */
export async function GroupTasks({ tasks }: { tasks: string[] }) {
  const t = await getTranslations("occupation");
  return (
    <section aria-labelledby="group-tasks" className="space-y-2">
      <h2 id="group-tasks" className="text-xl font-semibold">
        {t("groupTasks")}
      </h2>
      <TaskList tasks={tasks} />
    </section>
  );
}

/** For a 6-digit occupation: its 4-digit unit group's tasks, labelled as the group's, not the occupation's. */
export async function UnitGroupTasks({ group }: { group: { code: string; name: string; tasks: string[] } }) {
  const t = await getTranslations("profile");
  return (
    <section aria-labelledby="group-tasks" className="space-y-2">
      <h2 id="group-tasks" className="text-xl font-semibold">
        {t.rich("unitGroupTasks", {
          code: group.code,
          groupName: group.name,
          name: (chunks) => <span lang="pl">{chunks}</span>,
        })}
      </h2>
      <p className="text-sm text-slate-700">{t("unitGroupTasksNote")}</p>
      <TaskList tasks={group.tasks} />
    </section>
  );
}

function TaskList({ tasks }: { tasks: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-6" lang="pl">
      {tasks.map((task, i) => (
        <li key={i}>{task}</li>
      ))}
    </ul>
  );
}
