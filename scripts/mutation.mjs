#!/usr/bin/env node
// Mutation testing, one module of src/ at a time: `npm run mutation [-- module ...]` (no argument: every module but
// the CLI). Each module keeps its own incremental file, mutation/<module>.json (to commit once its run is trusted), so a later run
// tests only the mutants whose code or covering tests changed; `--force` tests every mutant again. The base
// settings are in stryker.config.json; `node scripts/mutation-summary.mjs` prints the scores from the files.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const force = args.includes("--force");
const named = args.filter((a) => !a.startsWith("--"));
const all = readdirSync("src").filter((d) => d !== "cli" && statSync(join("src", d)).isDirectory());
const modules = named.length > 0 ? named : all;
for (const m of modules) {
  if (!all.includes(m)) {
    console.error(`mutation: no module src/${m} (modules: ${all.join(", ")})`);
    process.exit(2);
  }
}

// The tests that must kill a module's mutants: its own test directory, and the files that test it from outside
// (the findings of the reviews, the reports' snapshots). Running only these per mutant keeps a run to seconds; a
// mutant only some other module's tests would notice counts as surviving here.
const TESTS = {
  errors: ["test/errors/**", "test/findings/hostile-input.test.ts", "test/i18n.test.ts"],
  i18n: ["test/i18n.test.ts", "test/i18n/**/*.test.ts", "test/findings/**"],
  internal: ["test/internal/**", "test/findings/hostile-input.test.ts", "test/plan/define.test.ts"],
  primitives: ["test/primitives/**", "test/plan/**", "test/organisation/**", "test/findings/**"],
  intake: ["test/intake/**/*.test.ts", "test/cli/data-in.test.ts", "test/findings/**"],
  node: ["test/node/**/*.test.ts", "test/cli/data-in.test.ts", "test/findings/**"],
  presets: ["test/plan/**", "test/findings/legal-audit.test.ts", "test/docs/legal-fidelity.test.ts"],
};
function testsOf(m) {
  return TESTS[m] ?? [`test/${m}/**/*.test.ts`, "test/findings/**"];
}

const base = JSON.parse(readFileSync("stryker.config.json", "utf8"));
mkdirSync("reports/mutation", { recursive: true });
let failed = false;
for (const m of modules) {
  const config = {
    ...base,
    $schema: undefined,
    mutate: [`src/${m}/**/*.ts`],
    testFiles: testsOf(m),
    incrementalFile: `mutation/${m}.json`,
    jsonReporter: { fileName: `reports/mutation/${m}.json` },
    htmlReporter: { fileName: `reports/mutation/${m}.html` },
  };
  const file = `reports/mutation/stryker.${m}.json`;
  writeFileSync(file, JSON.stringify(config, null, 2));
  const started = Date.now();
  console.log(`\n== mutation: src/${m} ==`);
  const r = spawnSync("npx", ["stryker", "run", file, ...(force ? ["--force"] : [])], { stdio: "inherit" });
  console.log(`== src/${m}: exit ${r.status}, ${Math.round((Date.now() - started) / 1000)} s ==`);
  if (r.status !== 0) failed = true;
}
spawnSync("node", ["scripts/mutation-summary.mjs"], { stdio: "inherit" });
process.exit(failed ? 1 : 0);
