/**
 * A PostgreSQL server of the project's own, for development and tests (docs/decisions/0010).
 *   npm run pg:start [-- --dir data/pg --port 5433]   initdb (once), start, create the database; prints DATABASE_URL
 *   npm run pg:url                                     prints DATABASE_URL of a started cluster
 *   npm run pg:stop                                    stops it (the data stays)
 *   … start -- --database atlas_e2e --fresh             drops and re-creates that database first
 * Idempotent: a cluster that exists is not re-created, one that runs is not restarted.
 *
 * It listens on 127.0.0.1 only, with its socket inside the cluster folder; the role `atlas` has a
 * random password (kept in <dir>/password, mode 600) and only loopback connections are accepted.
 * NOTE: initdb and postgres refuse to run as root. As root (CI), the server runs as the
 * unprivileged `postgres` user that Debian's package creates, and the folder is handed to it.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const ROOT = path.resolve(import.meta.dirname, "..");
const ROLE = "atlas";
const DEFAULT_DATABASE = "atlas";

export type ClusterOptions = {
  dir?: string;
  port?: number;
  database?: string;
  /** Drop and re-create the database (the e2e run wants an empty one). */ fresh?: boolean;
};
export type Cluster = { dir: string; port: number; database: string; url: string };

function resolveOptions(options: ClusterOptions) {
  const dir = path.resolve(ROOT, options.dir ?? process.env.ATLAS_PG_DIR ?? "data/pg");
  const port = options.port ?? Number(process.env.ATLAS_PG_PORT ?? 5433);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`Port must be 1024–65535, not ${port}`);
  const database = options.database ?? DEFAULT_DATABASE;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`Database name must be lower-case letters, digits and _: ${database}`);
  return { dir, port, database, data: path.join(dir, "cluster"), socket: path.join(dir, "socket"), passwordFile: path.join(dir, "password") };
}

/** initdb, pg_ctl: on PATH, else where Debian puts them (not on PATH). */
function binary(name: "initdb" | "pg_ctl"): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) {
      const candidate = path.join(debian, version, "bin", name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  throw new Error(`${name} not found: install PostgreSQL (Debian: apt-get install -y postgresql postgresql-contrib)`);
}

/** The unprivileged account the server runs as when we are root; null when we are not root. */
function serverUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const name = process.env.ATLAS_PG_USER ?? "postgres";
  const id = (flag: string) => spawnSync("id", [flag, name], { encoding: "utf8" });
  const uid = id("-u");
  if (uid.status !== 0)
    throw new Error(
      `Running as root: PostgreSQL must run as an unprivileged user, and "${name}" does not exist (install Debian's postgresql package, or set ATLAS_PG_USER)`,
    );
  return { name, uid: Number(uid.stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

function run(command: string, args: string[], user: ReturnType<typeof serverUser>, options: SpawnSyncOptions = {}) {
  const [cmd, argv] = user ? ["runuser", ["-u", user.name, "--", command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8", cwd: os.tmpdir(), ...options });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

function chownTree(p: string, user: NonNullable<ReturnType<typeof serverUser>>) {
  fs.chownSync(p, user.uid, user.gid);
  if (fs.statSync(p).isDirectory()) for (const name of fs.readdirSync(p)) chownTree(path.join(p, name), user);
}

function connectionUrl(o: ReturnType<typeof resolveOptions>, database: string): string {
  const password = fs.readFileSync(o.passwordFile, "utf8").trim();
  return `postgresql://${ROLE}:${encodeURIComponent(password)}@127.0.0.1:${o.port}/${database}`;
}

function isRunning(o: ReturnType<typeof resolveOptions>, user: ReturnType<typeof serverUser>): boolean {
  if (!fs.existsSync(path.join(o.data, "PG_VERSION"))) return false;
  return run(binary("pg_ctl"), ["status", "-D", o.data], user).status === 0;
}

/** Creates (once) and starts the cluster, creates the database; returns its URL. */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const o = resolveOptions(options);
  const user = serverUser();
  // Only the cluster's own folder is private: its parents must stay traversable by the server user.
  fs.mkdirSync(path.dirname(o.dir), { recursive: true });
  fs.mkdirSync(o.dir, { recursive: true, mode: 0o700 });

  if (!fs.existsSync(path.join(o.data, "PG_VERSION"))) {
    const password = crypto.randomBytes(24).toString("base64url");
    fs.writeFileSync(o.passwordFile, password + "\n", { mode: 0o600 });
    fs.mkdirSync(o.socket, { recursive: true, mode: 0o700 });
    // initdb reads the password from a file; it sits in the cluster's own folder, never in /tmp.
    const pwfile = path.join(o.dir, "initdb-password");
    fs.writeFileSync(pwfile, password + "\n", { mode: 0o600 });
    if (user) chownTree(o.dir, user);
    const init = run(
      binary("initdb"),
      [
        "-D",
        o.data,
        "-U",
        ROLE,
        `--pwfile=${pwfile}`,
        "--auth-local=scram-sha-256",
        "--auth-host=scram-sha-256",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-instructions",
      ],
      user,
    );
    fs.rmSync(pwfile, { force: true });
    if (init.status !== 0) {
      // A half-made cluster would make every later start fail with "directory not empty".
      fs.rmSync(o.data, { recursive: true, force: true });
      throw new Error(`initdb failed:\n${init.output}`);
    }
  }
  if (user) chownTree(o.dir, user);

  if (!isRunning(o, user)) {
    // listen_addresses: loopback only, whatever postgresql.conf says; the socket stays in the folder.
    const serverOptions = `-c listen_addresses=127.0.0.1 -p ${o.port} -k ${o.socket} -c fsync=${process.env.ATLAS_PG_FSYNC ?? "on"}`;
    const start = run(binary("pg_ctl"), ["-D", o.data, "-l", path.join(o.dir, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"], user);
    if (start.status !== 0) {
      const log = fs.existsSync(path.join(o.dir, "server.log"))
        ? fs.readFileSync(path.join(o.dir, "server.log"), "utf8").split("\n").slice(-15).join("\n")
        : "";
      throw new Error(`PostgreSQL did not start on 127.0.0.1:${o.port}:\n${start.output}\n${log}`);
    }
  }

  const admin = new pg.Client({ connectionString: connectionUrl(o, "postgres") });
  await admin.connect();
  try {
    if (options.fresh) {
      if (o.database === "postgres") throw new Error("--fresh would drop the postgres database");
      await admin.query(`DROP DATABASE IF EXISTS "${o.database}" WITH (FORCE)`);
    }
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [o.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${o.database}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  return { dir: o.dir, port: o.port, database: o.database, url: connectionUrl(o, o.database) };
}

/** The URL of a cluster made by startCluster (it need not be running). */
export function clusterUrl(options: ClusterOptions = {}): string {
  const o = resolveOptions(options);
  if (!fs.existsSync(o.passwordFile)) throw new Error(`No cluster in ${o.dir}: run npm run pg:start first`);
  return connectionUrl(o, o.database);
}

/** Stops the server (fast shutdown: open sessions are ended); a stopped cluster is left alone. */
export function stopCluster(options: ClusterOptions = {}): boolean {
  const o = resolveOptions(options);
  const user = serverUser();
  if (!isRunning(o, user)) return false;
  const stop = run(binary("pg_ctl"), ["-D", o.data, "-m", "fast", "-w", "stop"], user);
  if (stop.status !== 0) throw new Error(`pg_ctl stop failed:\n${stop.output}`);
  return true;
}

/** Creates a further database on a running cluster (tests: one per worker), empty, dropping an old one. */
export async function recreateDatabase(adminUrl: string, database: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`Bad database name ${database}`);
  const url = new URL(adminUrl);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${database}`;
  return url.toString();
}

function parseArgs(argv: string[]): ClusterOptions {
  const options: ClusterOptions = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--fresh") {
      options.fresh = true;
      continue;
    }
    const value = argv[i + 1];
    if (argv[i] === "--dir" && value) options.dir = value;
    else if (argv[i] === "--port" && value) options.port = Number(value);
    else if (argv[i] === "--database" && value) options.database = value;
    else throw new Error(`Unknown argument ${argv[i]} (use --dir, --port, --database, --fresh)`);
    i++;
  }
  return options;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const options = parseArgs(rest);
  if (command === "start") {
    const cluster = await startCluster(options);
    console.error(`PostgreSQL runs on 127.0.0.1:${cluster.port} (data in ${path.relative(ROOT, cluster.dir) || "."}). Use:`);
    console.log(`DATABASE_URL=${cluster.url}`);
  } else if (command === "stop") {
    console.log(stopCluster(options) ? "PostgreSQL stopped." : "PostgreSQL was not running.");
  } else if (command === "url") {
    console.log(`DATABASE_URL=${clusterUrl(options)}`);
  } else {
    throw new Error("Usage: tsx scripts/pg.ts start|stop|url [--dir data/pg] [--port 5433] [--database atlas]");
  }
}

const isCommand = process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename;
if (isCommand) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
