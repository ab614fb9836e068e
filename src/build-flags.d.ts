/** True in test builds (RECEIPTS_TEST_BUILD=1), false in the builds people install. Set by vite.config.ts. */
declare const __RECEIPTS_TEST_BUILD__: boolean;
