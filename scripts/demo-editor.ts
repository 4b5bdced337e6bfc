/**
 * Development only (npm run dev): makes sure the demo editor of the README exists, and says so.
 * Refuses to do anything when NODE_ENV is production: its password is public.
 */
import { createUser } from "../lib/users/create-user";
import { DEMO_EDITOR } from "../lib/users/demo-editor";
import { openPrisma } from "./prisma-script";

async function main() {
  if (process.env.NODE_ENV === "production") {
    console.error("Not creating the demo editor: NODE_ENV is production.");
    return;
  }
  const db = await openPrisma();
  try {
    const result = await createUser(
      db,
      { email: DEMO_EDITOR.email, name: DEMO_EDITOR.name, role: "editor", password: DEMO_EDITOR.password },
      { actorId: null, ip: null, via: "setup" },
    );
    const state = result.ok ? "created" : result.reason === "email-taken" ? "present" : `not created (${result.reason})`;
    console.log(`Development demo editor ${state}: ${DEMO_EDITOR.email} / ${DEMO_EDITOR.password} (refused in production)`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
