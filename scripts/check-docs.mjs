#!/usr/bin/env node
// Every export documented with an example, and every function page short: reads the JSON that `npm run docs` writes beside the HTML and fails,
// naming them, if any exported declaration has no @example in its comment (or in one of its signatures').
import { readdirSync, readFileSync } from "node:fs";

const api = JSON.parse(readFileSync("docs/api/api.json", "utf8"));
const hasExample = (c) => (c?.blockTags ?? []).some((t) => t.tag === "@example");
const missing = [];
let checked = 0;
for (const entry of api.children ?? []) {
  for (const r of entry.children ?? []) {
    // A name re-exported from another entry point is a reference to its documented declaration.
    if (r.variant === "reference") continue;
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

// Readable pages: a function's page shows a short signature (named types, not inlined ones), so that its summary
// and example are on the first screen. Counted as lines of text in the page's main column.
const MAX_LINES = 150;
const long = [];
for (const f of readdirSync("docs/api/functions")) {
  const html = readFileSync(`docs/api/functions/${f}`, "utf8");
  const start = html.indexOf('<div class="col-content">');
  const end = html.indexOf('<div class="col-sidebar">');
  const text = html
    .slice(start, end > start ? end : undefined)
    .replace(/<\/(p|li|h\d|div|pre|tr|section|code)>|<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "");
  const lines = text.split("\n").filter((l) => l.trim() !== "").length;
  if (lines > MAX_LINES) long.push(`${f}: ${lines} lines`);
}
if (long.length > 0) {
  console.error(`${long.length} function page(s) longer than ${MAX_LINES} lines:\n  ${long.join("\n  ")}`);
  process.exit(1);
}
console.log(`every function page is at most ${MAX_LINES} lines`);
