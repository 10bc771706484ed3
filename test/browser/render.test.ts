// The HTML page and the SVG chart in headless Chromium: no console message (no error, no blocked request), to
// PNG and to PDF. .ci/run installs Debian's chromium, so this runs in CI; elsewhere it is skipped when no
// browser is found (install it with `apt-get install chromium`, or point CHROMIUM at one).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumPath, render } from "../../scripts/chromium.mjs";
import {
  annualReportHtml,
  annualReportSvg,
  buildAnnualReport,
  type Unit,
  type UnitTallyInput,
} from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";

const browser = chromiumPath();
if (browser === null)
  console.log(
    "browser test skipped: no chromium found (apt-get install chromium, or set CHROMIUM=/path/to/chromium)",
  );

describe.skipIf(browser === null)("the annual report in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "vnwl-browser-"));
  const units = JSON.parse(readFileSync("data/sample/units.json", "utf8")) as Unit[];
  const tallies = JSON.parse(readFileSync("data/sample/tallies-2025.json", "utf8")) as UnitTallyInput[];
  const report = buildAnnualReport(
    hungYen53,
    { units, tallies, keyLeaders: "heads-and-deputies" },
    { year: 2025, asOf: "2026-01-15" },
  );

  for (const locale of ["vi", "en"] as const) {
    it(`renders the HTML page (${locale}) to PNG and PDF with no console message`, () => {
      const html = join(dir, `report-${locale}.html`);
      writeFileSync(html, annualReportHtml(report, { locale }));
      expect(render(html, join(dir, `report-${locale}.png`))).toEqual([]);
      expect(render(html, join(dir, `report-${locale}.pdf`))).toEqual([]);
      expect(
        readFileSync(join(dir, `report-${locale}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe("PNG");
      const pdf = readFileSync(join(dir, `report-${locale}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      // one page per indicator at least: the print CSS breaks pages
      expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3);
    }, 120_000);
  }

  it("would notice a console message (the check can fail)", () => {
    const bad = join(dir, "bad.html");
    writeFileSync(bad, '<!DOCTYPE html><html><body><script>console.error("boom")</script></body></html>');
    expect(render(bad, join(dir, "bad.png")).join("\n")).toContain("boom");
  }, 60_000);

  it("renders the SVG chart to PNG with no console message", () => {
    const svg = join(dir, "chart.svg");
    writeFileSync(svg, annualReportSvg(report, { locale: "vi" }));
    expect(render(svg, join(dir, "chart.png"), { width: 740, height: 200 })).toEqual([]);
    expect(statSync(join(dir, "chart.png")).size).toBeGreaterThan(1000);
  }, 60_000);
});
