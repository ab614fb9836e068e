// One linter. Besides the usual checks it keeps the boundaries between contexts:
// the domain stays pure, content scripts never touch storage, only storage opens the database.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const restrict = (patterns) => ["error", { patterns, paths: [] }];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "public/**", "demo-output/**", ".demo-profile/**", "artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": ["error", { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Captured content is always rendered as text." }],
    },
  },
  {
    files: ["src/domain/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        { group: ["webextension-polyfill", "dexie", "preact", "preact/*"], message: "src/domain is pure: no browser or UI library." },
        { group: ["**/storage/**", "**/background/**", "**/content/**", "**/ui/**", "**/popup/**", "**/dashboard/**", "**/messaging/**"], message: "src/domain depends on nothing else in src." },
      ]),
      "no-restricted-globals": ["error", "window", "document", "chrome", "browser", "localStorage", "indexedDB"],
    },
  },
  {
    files: ["src/content/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["dexie", "**/storage/**"], message: "Content scripts never open IndexedDB: theirs belongs to the page." },
            { group: ["**/background/**", "**/ui/**", "**/popup/**", "**/dashboard/**"], message: "Content scripts stand alone." },
            { group: ["zod", "preact", "preact/*", "webextension-polyfill"], message: "Keep the always-loaded content script small: the background validates; use ./extension-api.", allowTypeImports: true },
            { group: ["**/messaging/messages"], message: "Import message types only: the schemas belong to the background.", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**"],
    ignores: ["src/storage/**", "src/ui/use-live-query.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "dexie", message: "Only src/storage opens the database." }] }],
    },
  },
  {
    files: ["src/background/**"],
    rules: {
      "no-restricted-globals": ["error", { name: "window", message: "The background is a service worker in Chrome: no window." }, { name: "document", message: "No document in a service worker." }, "localStorage"],
    },
  },
);
