import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { UserRowActions } from "@/components/admin/users/user-row-actions";
import { requireAdmin } from "@/lib/auth";
import { listUsers } from "@/lib/data/users";
import { Table } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("admin.users");
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin("/admin/users");
  const [users, t, format] = await Promise.all([listUsers(), getTranslations("admin.users"), getFormatter()]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Table>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-2">
              {t("email")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("name")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("sessions")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("signIn")}
            </th>
            <th scope="col" className="py-1">
              {t("actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-2">{u.email}</td>
              <td className="py-1 pr-2">{u.name}</td>
              <td className="py-1 pr-2">
                {u.sessions > 0 ? t("sessionCount", { count: u.sessions, lastSeen: u.lastSeen ? format.relativeTime(u.lastSeen) : "—" }) : "—"}
              </td>
              <td className="py-1 pr-2">
                {u.signInWaitSeconds === null ? t("signInOpen") : t("signInThrottled", { minutes: Math.ceil(u.signInWaitSeconds / 60) })}
              </td>
              <td className="py-1">
                <UserRowActions userId={u.id} email={u.email} role={u.role} isSignInThrottled={u.signInWaitSeconds !== null} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <section aria-labelledby="create-user" className="space-y-2">
        <h2 id="create-user" className="text-xl font-semibold">
          {t("createHeading")}
        </h2>
        <CreateUserForm />
      </section>
    </section>
  );
}
