/**
 * The annual report as one standalone HTML page: inline CSS and SVG, no external request, readable on screen and
 * printable on A4 (print CSS, page breaks, table headers repeated on each page).
 *
 * @module
 */
import type { Locale } from "../../i18n/locale.js";
import { localeOption } from "../guards.js";
import { type Block, reportBlocks } from "./blocks.js";
import { requireReport } from "./guard.js";
import { WORDS } from "./labels.js";
import { indicatorSvg, xmlText } from "./svg.js";
import type { AnnualReport, ReportIndicator } from "./types.js";

const CSS = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 14px; line-height: 1.45; color: #111;
  max-width: 980px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #333; padding-bottom: 2px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 8px 0 12px; }
svg { max-width: 100%; height: auto; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  section.indicator { break-before: page; }
  section.indicator:first-of-type { break-before: auto; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
}
`;

function block(b: Block, report: AnnualReport, locale: Locale): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}>${xmlText(b.text)}</h${b.level}>`;
    case "paragraph":
      return `<p>${xmlText(b.text)}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${xmlText(i)}</li>`).join("")}</ul>`;
    case "table": {
      const cell = (c: string, i: number) =>
        `<td${b.numeric[i] === true ? ' class="n"' : ""}>${xmlText(c)}</td>`;
      return [
        "<table>",
        `<thead><tr>${b.head.map((h) => `<th scope="col">${xmlText(h)}</th>`).join("")}</tr></thead>`,
        `<tbody>${b.rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("\n")}</tbody>`,
        "</table>",
      ].join("\n");
    }
    case "chart": {
      // A chart block names an indicator of the report it was made from.
      const ind = report.indicators[b.indicator] as ReportIndicator;
      return `<figure>${indicatorSvg(ind, b.indicator, locale)}</figure>`;
    }
  }
}

/**
 * Renders an annual report as one standalone HTML page (inline CSS and SVG charts, no external request), for the
 * screen and for printing on A4: each indicator starts a page, table headers repeat on every page, rows are not
 * split. Every text from the data is escaped.
 *
 * @param report - a report from {@link buildAnnualReport}.
 * @param options - `locale`: `"vi"` (default) or `"en"`.
 * @throws InvalidInputError when the report is not one.
 *
 * @example
 * ```ts
 * writeFileSync("report-2025.html", annualReportHtml(report, { locale: "vi" }));
 * ```
 */
export function annualReportHtml(report: AnnualReport, options: { readonly locale?: Locale } = {}): string {
  const r = requireReport(report);
  const { locale } = localeOption(options);
  const blocks = reportBlocks(r, locale);
  const title = WORDS[locale].title(r.year, `${r.plan.document.type[locale]} ${r.plan.document.number}`);
  const body: string[] = [];
  let open = false;
  for (const b of blocks) {
    // Each indicator (and each later section) in its own section: the unit of a printed page. Headings are of
    // levels 1 to 3; the title (1) stays outside.
    if (b.kind === "heading" && b.level !== 1) {
      if (open) body.push("</section>");
      body.push(`<section${b.level === 3 ? ' class="indicator"' : ""}>`);
      open = true;
    }
    body.push(block(b, r, locale));
  }
  // The settings heading is always there: a section is open.
  body.push("</section>");
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No request leaves the page: no script, no external style, font or image.
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
    `<title>${xmlText(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
