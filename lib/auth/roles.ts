import { z } from "zod";

/**
 * Who may do what. `admin` manages users and everything an editor does; `editor` edits entries and
 * imports documents. Anyone without a session only reads the public pages.
 */
const ROLES = ["editor", "admin"] as const;
export const roleSchema = z.enum(ROLES, { error: "Role must be editor or admin" });
export type Role = z.infer<typeof roleSchema>;

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

/** Whether a stored role (any string: the column is free text) grants `needed`. Unknown roles grant nothing. */
export function hasRole(actual: string | null | undefined, needed: Role): boolean {
  const parsed = roleSchema.safeParse(actual);
  return parsed.success && RANK[parsed.data] >= RANK[needed];
}
