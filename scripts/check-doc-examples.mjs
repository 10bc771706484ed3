#!/usr/bin/env node
// Every export documented with an example: reads the JSON that `npm run docs` writes beside the HTML and fails,
// naming them, if any exported declaration has no @example in its comment (or in one of its signatures').
import { readFileSync } from "node:fs";

const api = JSON.parse(readFileSync("docs/api/api.json", "utf8"));
const hasExample = (c) => (c?.blockTags ?? []).some((t) => t.tag === "@example");
const missing = [];
let checked = 0;
for (const entry of api.children ?? []) {
  for (const r of entry.children ?? []) {
    checked++;
    if (!hasExample(r.comment) && !(r.signatures ?? []).some((s) => hasExample(s.comment)))
      missing.push(`${entry.name}: ${r.name}`);
  }
}
if (missing.length > 0) {
  console.error(`${missing.length} export(s) without an @example:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
console.log(`every one of ${checked} exports has an @example`);
