/**
 * The demo editor that `npm run dev` creates on a development database, so a developer can sign in
 * at once. Its password is public (README), so the app refuses its sign-in in production
 * (lib/auth/better-auth.ts), and the script that creates it refuses to run there.
 */
export const DEMO_EDITOR = {
  email: "demo.editor@atlas.invalid",
  name: "Demo Editor",
  password: "zielona-lampa-kreda-42",
} as const;
