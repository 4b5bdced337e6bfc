"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { startProfile } from "@/lib/data/start-profile";
import { redirect } from "@/lib/i18n/navigation";
import { occupationCode6Schema } from "@/lib/validation/document";
import { adminAction, failure, type ActionState } from "./safe-action";

export type StartProfileState = ActionState<{ message: string }>;

/**
 * Starts a profile for an occupation without one from the prefilled draft (role-checked by
 * adminAction), then opens its editor. An existing draft (another editor started it) is opened too.
 */
export const startProfileAction = adminAction(
  z.object({ code: occupationCode6Schema }),
  "editor",
  async (input, { actor, ip }, formData): Promise<StartProfileState> => {
    const outcome = await startProfile(input.code, actor, ip);
    if (!outcome.ok) {
      const t = await getTranslations("admin.queue");
      return failure(outcome.reason === "exists" ? "conflict" : "not-found", formData, {}, outcome.reason === "exists" ? t("profileExists") : undefined);
    }
    // Outside any try/catch: redirect works by throwing.
    return redirect({ href: `/admin/entries/profile/${input.code}`, locale: await getLocale() });
  },
);
