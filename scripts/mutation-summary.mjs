#!/usr/bin/env node
// The mutation score of each module of src/, from the incremental files mutation/<module>.json written by
// `npm run mutation`: killed and timed-out mutants over all tested ones (survived and uncovered count against;
// ignored static mutants and compile errors are not scored). Prints a Markdown table; exits 1 when a module is
// below 85% or the whole below 90%.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const rows = [];
const total = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0 };
const files = existsSync("mutation") ? readdirSync("mutation").filter((f) => f.endsWith(".json")) : [];
for (const f of files.sort()) {
  const report = JSON.parse(readFileSync(`mutation/${f}`, "utf8"));
  const c = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0 };
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) {
      if (m.status === "Killed") c.killed++;
      else if (m.status === "Survived") c.survived++;
      else if (m.status === "NoCoverage") c.noCoverage++;
      else if (m.status === "Timeout") c.timeout++;
      else if (m.status === "Ignored") c.ignored++;
    }
  }
  for (const k of Object.keys(total)) total[k] += c[k];
  rows.push([f.replace(/\.json$/, ""), c]);
}
const score = (c) => {
  const scored = c.killed + c.timeout + c.survived + c.noCoverage;
  return scored === 0 ? 100 : (100 * (c.killed + c.timeout)) / scored;
};
console.log("| module | score | killed | timed out | survived | no coverage | ignored (static) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [name, c] of [...rows, ["**all**", total]]) {
  console.log(
    `| ${name} | ${score(c).toFixed(1)}% | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored} |`,
  );
}
const low = rows.filter(([, c]) => score(c) < 85).map(([n]) => n);
if (low.length > 0 || score(total) < 90) {
  console.log(`\nbelow the bar: ${low.join(", ") || "(overall)"}`);
  process.exitCode = 1;
}
