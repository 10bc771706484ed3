#!/usr/bin/env node
// No broken links: every relative link of the README and the Markdown under docs/ points at a file that exists,
// and every internal link of the generated site (docs/api, after `typedoc`) resolves. External links are not
// fetched (these machines reach only the npm registry); they are counted. Exit 1, naming each broken link.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

const broken = [];
let checked = 0;
let external = 0;

function walk(dir, ext) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory())
      return p.startsWith(join("docs", "api")) && ext === ".md" ? [] : walk(p, ext);
    return p.endsWith(ext) ? [p] : [];
  });
}

function check(file, target) {
  if (/^[a-z]+:/i.test(target) || target.startsWith("//")) {
    external++;
    return;
  }
  const path = decodeURIComponent(target.split("#")[0].split("?")[0]);
  if (path === "") return; // an anchor in the same page
  checked++;
  const resolved = normalize(join(dirname(file), path));
  if (!existsSync(resolved)) broken.push(`${file}: ${target}`);
}

for (const file of ["README.md", ...walk("docs", ".md")]) {
  const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) check(file, m[1]);
}
if (existsSync(join("docs", "api"))) {
  for (const file of walk(join("docs", "api"), ".html")) {
    const html = readFileSync(file, "utf8");
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) check(file, m[1]);
  }
}
if (broken.length > 0) {
  console.error(`${broken.length} broken link(s):\n  ${broken.slice(0, 50).join("\n  ")}`);
  process.exit(1);
}
console.log(`no broken links: ${checked} internal checked, ${external} external not fetched`);
