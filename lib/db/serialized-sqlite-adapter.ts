import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";

type Factory = PrismaBetterSqlite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Release = () => void;

/** A FIFO async lock: `acquire` resolves with the function that lets the next caller in. */
export class Gate {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<Release> {
    let open!: () => void;
    const turn = new Promise<void>((resolve) => (open = resolve));
    const ready = this.#tail.then(() => {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open();
      };
    });
    this.#tail = this.#tail.then(() => turn);
    return ready;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * Prisma's better-sqlite3 adapter runs everything on one connection and serialises only
 * transactions among themselves. A query outside a transaction that arrives while another
 * request's interactive transaction is open (between its awaits) runs on the same connection, so
 * inside that transaction: a read sees its uncommitted rows, and a write (a session, an audit entry)
 * is rolled back with it if it fails. This wrapper makes every statement outside a transaction wait
 * until no transaction is open, so each request sees only committed data and nothing it writes can
 * be undone by someone else's rollback (tests/integration/serialized-adapter.test.ts).
 * Consequence: code inside `db.$transaction(async (tx) => …)` must use `tx`, never `db`, or it waits
 * for itself until the transaction times out.
 */
export class SerializedSqliteAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: Factory;

  constructor(inner: Factory) {
    this.#inner = inner;
    this.adapterName = inner.adapterName;
  }

  #connection: Database.Database | null = null;

  async connect(): Promise<Adapter> {
    const inner = await this.#inner.connect();
    // The adapter keeps its better-sqlite3 connection as `client` (not typed). Kept so a job Prisma
    // cannot do (the FTS5 search index) runs on the same connection, inside the open interactive
    // transaction: a publish and its search entries commit together (docs/decisions/0016).
    const client = (inner as unknown as { client?: Database.Database }).client;
    // Duck-typed: a bundler may load a second copy of the better-sqlite3 module.
    if (typeof client?.prepare !== "function" || typeof client.inTransaction !== "boolean")
      throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`");
    this.#connection = client;
    return serialize(inner);
  }

  /**
   * The connection the Prisma client runs on (null before its first query). Use it only inside
   * `db.$transaction(async (tx) => …)`, after a statement of `tx`: the transaction is then open
   * on it and the gate keeps every other statement out until it ends.
   */
  connection(): Database.Database | null {
    return this.#connection;
  }

  async connectToShadowDb(): Promise<Adapter> {
    return serialize(await this.#inner.connectToShadowDb());
  }
}

function serialize(inner: Adapter): Adapter {
  const gate = new Gate();
  const adapter: Adapter = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => gate.run(() => inner.queryRaw(query)),
    executeRaw: (query) => gate.run(() => inner.executeRaw(query)),
    executeScript: (script) => gate.run(() => inner.executeScript(script)),
    dispose: () => gate.run(() => inner.dispose()),
    async startTransaction(isolationLevel) {
      // Held from BEGIN until COMMIT or ROLLBACK; the statements of the transaction itself go
      // through the transaction object, not through the gate.
      const release = await gate.acquire();
      try {
        return holdUntilEnd(await inner.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
  if (inner.getConnectionInfo) adapter.getConnectionInfo = () => inner.getConnectionInfo!();
  return adapter;
}

function holdUntilEnd(tx: Transaction, release: Release): Transaction {
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => tx.queryRaw(query),
    executeRaw: (query) => tx.executeRaw(query),
    createSavepoint: tx.createSavepoint && ((name) => tx.createSavepoint!(name)),
    rollbackToSavepoint: tx.rollbackToSavepoint && ((name) => tx.rollbackToSavepoint!(name)),
    releaseSavepoint: tx.releaseSavepoint && ((name) => tx.releaseSavepoint!(name)),
    async commit() {
      try {
        await tx.commit();
      } finally {
        release();
      }
    },
    async rollback() {
      try {
        await tx.rollback();
      } finally {
        release();
      }
    },
  };
}
