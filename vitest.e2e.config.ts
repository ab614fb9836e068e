// End-to-end tests: real browsers, one file at a time (two cores, and browsers are heavy).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real browsers on a loaded two-core machine: a test that fails is run once more, and the report says so.
    retry: 1,
  },
});
