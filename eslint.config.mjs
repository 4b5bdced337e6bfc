import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

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
  {
    ignores: ["node_modules/**", ".next/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"],
  },
];

export default config;
