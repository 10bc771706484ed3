import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// The suite Stryker runs against each mutant (`npm run mutation`): the unit, property and findings tests over
// `src/`, with fewer generated cases. Each module's run narrows it further to the module's own test files
// (scripts/mutation.mjs). Left out: suites that do not run the mutated sources in this process (the CLI test
// spawns it; the data-in tests call it in this process and stay), the browser test (Chromium), the package test
// (esbuild), the layout and type tests (they read files, not behaviour), the guides and benchmark smoke tests, and
// the hostile-input contract (its 78 × N generated calls assert "no crash", which the typed-error tests assert one
// by one).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/hostile/**",
      "test/browser/**",
      "test/cli/cli.test.ts",
      "test/package/**",
      "test/architecture/**",
      "test/types/**",
      "test/docs/guides.test.ts",
      "test/docs/scale.test.ts",
      "test/bench-smoke.test.ts",
      "**/node_modules/**",
    ],
    env: { MUTATION: "1", FC_NUM_RUNS: "25", FC_MAX_RUNS: "100" },
    coverage: { enabled: false },
  },
});
