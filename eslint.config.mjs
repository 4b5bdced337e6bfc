import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

/**
 * The layers (docs/architecture.md, docs/decisions/0017-errors-and-availability.md), enforced:
 * pages, route handlers and actions reach the database only through lib/data; components receive
 * data and never fetch it (types from lib/data are fine); lib/data does not call back up into
 * actions, nor into the importer; the importer is pure (no files, no database).
 */
const DATABASE = { group: ["@/lib/db", "@/lib/db/*", "@/lib/generated/*"], message: "Reach the database through lib/data (one data-access layer)." };
const layering = [
  {
    files: ["app/**/*.{ts,tsx}", "lib/actions/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [DATABASE] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            DATABASE,
            {
              group: ["@/lib/data/*"],
              allowTypeImports: true,
              message: "Components receive data from their page (a value, or a promise inside <Suspense>); they do not fetch it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/data/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/actions/*", "../actions/*"], message: "lib/data sits below the actions: move what both need to lib/validation or lib/data." },
            {
              group: ["@/lib/import/*", "../import/*"],
              message: "lib/data does not reach into the importer: share pure code from a module of its own (e.g. lib/similarity).",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/import is pure: text in, a parsed document out. Files come from the caller; writing is the store's (ADR 0016).
    files: ["lib/import/**/*.{ts,mjs}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["node:fs", "fs", "node:fs/promises", "fs/promises", "better-sqlite3", "pg"].map((name) => ({
            name,
            message: "lib/import is pure: it reads no files and opens no database (tests take their files from tests/support).",
          })),
          patterns: [
            {
              group: ["@/lib/db", "@/lib/db/*", "@/lib/store", "@/lib/store/*", "@/lib/generated/*", "../db", "../db/*", "../store", "../store/*"],
              message: "lib/import is pure: writing a parsed document is the store's job (lib/store).",
            },
          ],
        },
      ],
    },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  // Regular expressions are checked like code: the recommended rules, and the two that catch a
  // pattern whose time grows faster than its input (an import once took 196 s on a 880 KB page).
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  ...layering,
  {
    ignores: ["node_modules/**", ".next/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"],
  },
];

export default config;
