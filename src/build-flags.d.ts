interface ImportMetaEnv {
  /** "yes" in test builds (RECEIPTS_TEST_BUILD=1), "no" in the builds people install. Set by vite.config.ts. */
  readonly VITE_RECEIPTS_TEST_BUILD?: "yes" | "no";
}
