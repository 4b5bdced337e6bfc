"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createUserAction, type UsersActionState } from "@/lib/actions/users";
import { describedBy, FieldError } from "../editor/field-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

const IDLE: UsersActionState = { status: "idle" };

/** Creates an account; on an error every field keeps what was typed (except the password). */
export function CreateUserForm() {
  const t = useTranslations("admin.users");
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const typed = state.status === "error" ? state.input : {};
  // A new key after each result re-applies defaultValue (React resets the form after an action).
  const key = state.status === "idle" ? "idle" : JSON.stringify(state);
  return (
    <form key={key} action={action} className="max-w-md space-y-3" aria-describedby="create-user-status">
      {(["email", "name"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <label htmlFor={describedBy(name, errors).id} className="block font-medium">
            {t(name)}
          </label>
          <Input {...describedBy(name, errors)} name={name} type={name === "email" ? "email" : "text"} defaultValue={typed[name] ?? ""} required />
          <FieldError path={name} errors={errors} />
        </div>
      ))}
      <div className="space-y-1">
        <label htmlFor={describedBy("role", errors).id} className="block font-medium">
          {t("role")}
        </label>
        <Select {...describedBy("role", errors)} name="role" defaultValue={typed.role ?? "editor"}>
          <option value="editor">{t("roleEditor")}</option>
          <option value="admin">{t("roleAdmin")}</option>
        </Select>
        <FieldError path="role" errors={errors} />
      </div>
      <div className="space-y-1">
        <label htmlFor={describedBy("password", errors).id} className="block font-medium">
          {t("password")}
        </label>
        <Input {...describedBy("password", errors)} name="password" type="password" autoComplete="new-password" required />
        <p className="text-sm text-slate-700">{t("passwordHelp")}</p>
        <FieldError path="password" errors={errors} />
      </div>
      <p id="create-user-status" role="status" aria-live="polite" className={state.status === "error" ? "text-red-700" : "text-green-800"}>
        {state.status === "idle" ? null : state.message}
      </p>
      <Button variant="primary" type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
