/// <reference types="vite/client" />
// The mutation suite's single entry (see vitest.mutation.config.ts): the test files below, loaded into one vitest
// file. Stryker reruns the tests that cover a mutant; vitest isolates each test file, so a mutant covered by tests
// of twenty files paid twenty fresh imports of the library (about 0.3 s each) before this entry existed. The files
// that use file snapshots or start database engines run as files of their own.
import.meta.glob(
  [
    "../**/*.test.ts",
    "!../hostile/**",
    "!../browser/**",
    "!../cli/**",
    "!../package/**",
    "!../architecture/**",
    "!../types/**",
    "!../docs/guides.test.ts",
    "!../docs/scale.test.ts",
    "!../bench-smoke.test.ts",
    "!../i18n.test.ts",
    "!../report/annual.test.ts",
    "!../tally/sql.test.ts",
  ],
  { eager: true },
);
