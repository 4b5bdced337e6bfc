/**
 * The app has one `db` type: the SQLite client's. On PostgreSQL lib/db.ts hands out the
 * PostgreSQL client under that type. This file checks, at compile time (npx tsc), that the cast
 * is sound: every query the app writes against the SQLite types is a valid query of the
 * PostgreSQL client, and it returns the same row types.
 *
 * What the generated clients differ in (checked by diffing lib/generated/prisma*): PostgreSQL's
 * inputs are supersets (`mode: "insensitive"`, JSON path filters, field references in `in`,
 * `skipDuplicates`), the outputs are the same. So:
 *  1. each model's row type is identical both ways;
 *  2. each PostgreSQL delegate is assignable to the SQLite one (it accepts at least the SQLite
 *     inputs and returns the same), except `aggregate`, `groupBy` and `fields`, whose deferred
 *     conditional types TypeScript cannot relate across two declarations even when identical;
 *  3. for those three, the SQLite argument types are assignable to the PostgreSQL ones.
 * If a schema change ever made the clients differ, tsc fails here, naming the model.
 */
import type * as Pg from "@/lib/generated/prisma-pg/client";
import type * as Sqlite from "@/lib/generated/prisma/client";

type ModelKey = Exclude<keyof Sqlite.PrismaClient, `$${string}` | symbol>;
type Fits<A, B> = [A] extends [B] ? true : false;
type Same<A, B> = Fits<A, B> extends true ? Fits<B, A> : false;

type Delegate<C, K extends ModelKey> = K extends keyof C ? C[K] : never;
type ArgsOf<C, K extends ModelKey, M extends string> = M extends keyof Delegate<C, K>
  ? Delegate<C, K>[M] extends (args: infer A) => unknown
    ? A
    : never
  : never;
type RowOf<C, K extends ModelKey> = Delegate<C, K> extends { findFirstOrThrow(...args: never[]): Promise<infer R> } ? R : never;

type Failing<T extends Record<ModelKey, boolean>> = { [K in ModelKey]: T[K] extends true ? never : K }[ModelKey];

type RowsMatch = { [K in ModelKey]: Same<RowOf<Sqlite.PrismaClient, K>, RowOf<Pg.PrismaClient, K>> };
/** The query methods of a delegate but the deferred ones (Omit<> would erase the methods' generics). */
type Method =
  | "findUnique"
  | "findUniqueOrThrow"
  | "findFirst"
  | "findFirstOrThrow"
  | "findMany"
  | "count"
  | "create"
  | "createMany"
  | "createManyAndReturn"
  | "update"
  | "updateMany"
  | "updateManyAndReturn"
  | "upsert"
  | "delete"
  | "deleteMany";
type MethodsFit<K extends ModelKey> = {
  [M in Method]: M extends keyof Delegate<Pg.PrismaClient, K>
    ? M extends keyof Delegate<Sqlite.PrismaClient, K>
      ? Fits<Delegate<Pg.PrismaClient, K>[M], Delegate<Sqlite.PrismaClient, K>[M]>
      : false
    : false;
}[Method];
type DelegatesFit = { [K in ModelKey]: Fits<MethodsFit<K>, true> };
type DeferredArgsFit = {
  [K in ModelKey]: Fits<ArgsOf<Sqlite.PrismaClient, K, "aggregate">, ArgsOf<Pg.PrismaClient, K, "aggregate">> extends true
    ? Fits<ArgsOf<Sqlite.PrismaClient, K, "groupBy">, ArgsOf<Pg.PrismaClient, K, "groupBy">>
    : false;
};

/** Each is `true` only when no model fails; otherwise tsc names the failing models. */
export const ROWS_MATCH: [Failing<RowsMatch>] extends [never] ? true : Failing<RowsMatch> = true;
export const DELEGATES_FIT: [Failing<DelegatesFit>] extends [never] ? true : Failing<DelegatesFit> = true;
export const DEFERRED_ARGS_FIT: [Failing<DeferredArgsFit>] extends [never] ? true : Failing<DeferredArgsFit> = true;
export const SAME_MODELS: Same<ModelKey, Exclude<keyof Pg.PrismaClient, `$${string}` | symbol>> = true;
