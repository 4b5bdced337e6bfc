/**
 * npm run user:create -- --email ada@example.org [--role editor|admin] [--name "Ada Nowak"]
 * The password is asked for twice on a terminal, or read from ATLAS_USER_PASSWORD (for scripts);
 * weak passwords are refused (lib/auth/password-policy.ts). Exit code 0 when the user was created.
 */
import { passwordPolicyMessage } from "../lib/auth/password-policy";
import { roleSchema } from "../lib/auth/roles";
import { createUser } from "../lib/users/create-user";
import { runCli } from "./cli";
import { databaseLabel } from "./db";
import { openPrisma } from "./prisma-script";
import { promptPassword } from "./prompt-password";

const USAGE = 'Usage: npm run user:create -- --email ada@example.org [--role editor|admin] [--name "Ada Nowak"]';

function parseArgs(argv: string[]) {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = argv[i + 1];
    if (key === "--help" || key === "-h") exit(0, USAGE);
    if (!key?.startsWith("--") || value === undefined || value.startsWith("--")) exit(2, `Unexpected argument ${key ?? ""}. ${USAGE}`);
    args[key.slice(2)] = value;
    i++;
  }
  return args;
}

function exit(code: number, message: string): never {
  (code === 0 ? console.log : console.error)(message);
  process.exit(code);
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ATLAS_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) exit(2, "No terminal to ask for the password: set ATLAS_USER_PASSWORD.");
  const first = await promptPassword("Password: ");
  const second = await promptPassword("Password again: ");
  if (first !== second) exit(1, "The passwords differ.");
  return first;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const unknown = Object.keys(args).filter((k) => !["email", "role", "name"].includes(k));
  if (unknown.length) exit(2, `Unknown option --${unknown[0]}. ${USAGE}`);
  if (!args.email) exit(2, `--email is required. ${USAGE}`);
  const role = roleSchema.safeParse(args.role ?? "editor");
  if (!role.success) exit(2, "--role must be editor or admin.");
  const password = await readPassword();
  const db = await openPrisma();
  try {
    const result = await createUser(db, { email: args.email, name: args.name ?? args.email.split("@")[0] ?? args.email, role: role.data, password });
    if (!result.ok && result.reason === "weak-password") exit(1, passwordPolicyMessage(result.problems));
    if (!result.ok) exit(1, `A user with the e-mail ${args.email} already exists.`);
    console.log(`Created ${result.user.role} ${result.user.email} in ${databaseLabel()}`);
  } finally {
    await db.$disconnect();
  }
}

runCli(main);
