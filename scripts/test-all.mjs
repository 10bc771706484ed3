#!/usr/bin/env node
// The full gate behind `npm test`: every step runs in order and the first failure stops the run with its exit
// code. Prints how long each step took and, at the end, a plain "N passed, N failed" line for CI.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const steps = [
  ["typecheck", "npm", ["run", "--silent", "typecheck"]],
  ["lint", "npm", ["run", "--silent", "lint"]],
  ["API report", "node", ["scripts/api-report.mjs", "--check"]],
  [
    "unit and property tests",
    "npx",
    [
      "vitest",
      "run",
      "--coverage",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=reports/vitest.json",
    ],
  ],
  ["time-zone independence", "node", ["scripts/tz-matrix.mjs"]],
  ["build", "npm", ["run", "--silent", "build"]],
  ["package checks", "npm", ["run", "--silent", "check:package"]],
  ["docs", "npm", ["run", "--silent", "docs"]],
  ["examples", "node", ["scripts/run-examples.mjs"]],
  ["packed tarball smoke test", "node", ["scripts/smoke-pack.mjs"]],
];

rmSync("reports/vitest.json", { force: true });
const timings = [];
for (const [name, cmd, args] of steps) {
  if (name === "time-zone independence" && !existsSync("scripts/tz-matrix.mjs")) continue;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds}s`);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status ?? r.signal}) after ${seconds}s`);
    printTotals();
    process.exit(r.status ?? 1);
  }
}
console.log(`\n✔ all steps passed\n  ${timings.join("\n  ")}`);
printTotals();

function printTotals() {
  if (!existsSync("reports/vitest.json")) return;
  const r = JSON.parse(readFileSync("reports/vitest.json", "utf8"));
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
