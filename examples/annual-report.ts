// Build the annual report of a small province against Plan 53 for 2025, with last year's report and the units'
// submissions, and render it in every format: Markdown, a printable HTML page, the SVG chart, CSV, Open SDG CSV.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  annualReportCsv,
  annualReportHtml,
  annualReportMarkdown,
  annualReportOpenSdgCsv,
  annualReportSvg,
  buildAnnualReport,
  type Unit,
  type UnitTallyInput,
} from "vn-women-leadership";
import { hungYen53 } from "vn-women-leadership/presets";

const units: Unit[] = [
  {
    id: "tinh",
    kind: "local-government",
    tier: "province",
    name: { vi: "Chính quyền tỉnh", en: "Provincial government" },
  },
  {
    id: "so-y-te",
    kind: "state-agency",
    tier: "province",
    sector: "health",
    parent: "tinh",
    name: { vi: "Sở Y tế", en: "Department of Health" },
  },
  {
    id: "so-xay-dung",
    kind: "state-agency",
    tier: "province",
    sector: "construction",
    parent: "tinh",
    name: "Sở Xây dựng",
  },
  { id: "xa-an-thi", kind: "local-government", tier: "commune", parent: "tinh", name: "Xã Ân Thi" },
];
const tally = (unitId: string, women: number, pool: number, trained: number): UnitTallyInput => ({
  unitId,
  keyLeaders: { women, total: 4 },
  planningPool: { women: pool, total: 20, womenTrained: trained },
});
const input = (year: number) => ({
  units,
  keyLeaders: "heads-and-deputies" as const,
  tallies:
    year === 2024
      ? [
          tally("tinh", 1, 7, 5),
          tally("so-y-te", 1, 8, 6),
          tally("so-xay-dung", 0, 4, 2),
          tally("xa-an-thi", 0, 6, 4),
        ]
      : [
          tally("tinh", 1, 8, 6),
          tally("so-y-te", 2, 9, 7),
          tally("so-xay-dung", 0, 5, 3),
          tally("xa-an-thi", 1, 8, 6),
        ],
});

const previous = buildAnnualReport(hungYen53, input(2024), { year: 2024, asOf: "2025-01-10" });
const report = buildAnnualReport(hungYen53, input(2025), {
  year: 2025,
  asOf: "2026-01-15",
  previous,
  submissions: [
    { dutyId: "provincial-units-annual-report", year: 2025, by: "so-y-te", submittedAt: "2025-11-12" },
    { dutyId: "provincial-units-annual-report", year: 2025, by: "so-xay-dung", submittedAt: "2025-11-17" },
  ],
});

const dir = mkdtempSync(join(tmpdir(), "annual-report-"));
const files: [string, string][] = [
  ["report-2025.vi.md", annualReportMarkdown(report, { locale: "vi" })],
  ["report-2025.en.md", annualReportMarkdown(report, { locale: "en" })],
  ["report-2025.vi.html", annualReportHtml(report, { locale: "vi" })],
  ["chart-2025.svg", annualReportSvg(report, { locale: "vi" })],
  ["units-2025.csv", annualReportCsv(report, { locale: "vi" })],
  ["open-sdg-2025.csv", annualReportOpenSdgCsv(report)],
  ["report-2025.json", JSON.stringify(report, null, 2)],
];
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`wrote ${files.length} files to ${dir}`);
console.log(annualReportMarkdown(report, { locale: "en" }).split("\n").slice(0, 14).join("\n"));

// The numbers this example must show, so that it fails when a rule changes.
const first = report.indicators[0];
if (first?.overall.status === "not-computable" || first?.overall.value.numerator !== 3)
  throw new Error("3 of 4 units expected");
if (first.change?.percentagePoints !== "+25.00")
  throw new Error(`+25.00 points expected, got ${first.change?.percentagePoints}`);
