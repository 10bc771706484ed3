#!/usr/bin/env node
// Writes the pictures the README and the guides show: the annual report's HTML page (Vietnamese) and its chart,
// rendered from the bundled sample, and the documentation site's home and getting-started pages, by headless
// Chromium. Run after `npm run build` and `npm run docs`: node scripts/screenshots.mjs
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annualReportHtml, annualReportSvg, buildAnnualReport } from "../dist/index.js";
import { hungYen53 } from "../dist/presets.js";
import { render } from "./chromium.mjs";

const units = JSON.parse(readFileSync("data/sample/units.json", "utf8"));
const tallies = JSON.parse(readFileSync("data/sample/tallies-2025.json", "utf8"));
const report = buildAnnualReport(
  hungYen53,
  { units, tallies, keyLeaders: "heads-and-deputies" },
  { year: 2025, asOf: "2026-01-15" },
);
const dir = mkdtempSync(join(tmpdir(), "vnwl-shots-"));
writeFileSync(join(dir, "report.html"), annualReportHtml(report, { locale: "vi" }));
writeFileSync(join(dir, "chart.svg"), annualReportSvg(report, { locale: "vi" }));
for (const [from, to, size] of [
  [join(dir, "report.html"), "docs/images/annual-report-vi.png", { width: 1000, height: 1300 }],
  [join(dir, "chart.svg"), "docs/images/annual-chart-vi.png", { width: 740, height: 170 }],
  ["docs/api/index.html", "docs/images/site-home.png", { width: 1280, height: 900 }],
  [
    "docs/api/documents/guides_getting-started.html",
    "docs/images/site-guide.png",
    { width: 1280, height: 900 },
  ],
]) {
  const messages = render(from, to, size);
  if (messages.length > 0) throw new Error(messages.join("\n"));
  console.log(`wrote ${to}`);
}
