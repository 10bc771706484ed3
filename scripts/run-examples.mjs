#!/usr/bin/env node
// examples/tsconfig.json has no path mapping, so "vn-women-leadership" resolves to the built package.
// Runs every file in examples/ (they import the package by name, so they run against the built dist/).
// Fails on the first example that exits non-zero.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync("examples")
  .filter((f) => /\.(ts|mts|mjs|cjs|js)$/.test(f))
  .sort();
if (files.length === 0) {
  console.error("no examples found in examples/");
  process.exit(1);
}
for (const file of files) {
  console.log(`\n--- examples/${file}`);
  const r = spawnSync("npx", ["tsx", "--tsconfig", "examples/tsconfig.json", `examples/${file}`], {
    stdio: "inherit",
  });
  if (r.status !== 0) {
    console.error(`example ${file} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\n${files.length} examples ran`);
