import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// The suite Stryker runs against each mutant (`npm run mutation`): the unit, property and findings tests over
// `src/`, with fewer generated cases. Most test files are loaded through one entry, `test/mutation/suite.ts`
// (the reason is there); the files with snapshots or database engines run on their own. Left out: suites that do
// not run the mutated sources in this process (the CLI tests spawn built binaries, the browser test renders in
// Chromium, the package test bundles with esbuild), the layout and type tests (they read files, not behaviour),
// the guides and benchmark smoke tests, and the hostile-input contract (its 78 × N generated calls assert "no
// crash", which the typed-error tests assert one by one).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "test/mutation/suite.ts",
      "test/i18n.test.ts",
      "test/report/annual.test.ts",
      "test/tally/sql.test.ts",
    ],
    env: { MUTATION: "1", FC_NUM_RUNS: "25", FC_MAX_RUNS: "100" },
    coverage: { enabled: false },
  },
});
