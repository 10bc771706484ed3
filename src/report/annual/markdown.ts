/**
 * The annual report as Markdown, in Vietnamese (default) or English.
 *
 * @module
 */
import type { Locale } from "../../i18n/locale.js";
import { localeOption } from "../guards.js";
import { plain } from "../text.js";
import { type Block, reportBlocks } from "./blocks.js";
import { requireReport } from "./guard.js";
import type { AnnualReport } from "./types.js";

/** Markdown-safe text: controls escaped (as in plain text), then every character Markdown gives a meaning. */
export function markdownText(text: string): string {
  return plain(text).replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** A paragraph: inline text that also cannot start a heading, a list or a numbered list. */
function markdownLine(text: string): string {
  return markdownText(text).replace(/^([#+-]|\d+[.)])/, "\\$1");
}

function block(b: Block, locale: Locale): string {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(b.level)} ${markdownText(b.text)}`;
    case "paragraph":
      return markdownLine(b.text);
    case "list":
      return b.items.map((i) => `- ${markdownText(i)}`).join("\n");
    case "table": {
      const row = (cells: readonly string[]) => `| ${cells.map(markdownText).join(" | ")} |`;
      const rule = `|${b.numeric.map((n) => (n ? " ---: " : " --- ")).join("|")}|`;
      return [row(b.head), rule, ...b.rows.map(row)].join("\n");
    }
    case "chart":
      return locale === "vi"
        ? "_(Biểu đồ có trong bản HTML và SVG.)_"
        : "_(The chart is in the HTML and SVG versions.)_";
  }
}

/**
 * Renders an annual report as Markdown: Vietnamese number and date formats (`58,82%`, `14/11/2025`) or English,
 * levels, statuses and known sectors named in the language, adjustments with their policy and justification,
 * the units below target listed, warnings in their own section. Every text from the data is escaped.
 *
 * @param report - a report from {@link buildAnnualReport} (or its stored JSON).
 * @param options - `locale`: `"vi"` (default) or `"en"`.
 * @throws InvalidInputError when the report is not one.
 *
 * @example
 * ```ts
 * const md = annualReportMarkdown(buildAnnualReport(hungYen53, input, { year: 2025, asOf: "2026-01-15" }));
 * md.startsWith("# Báo cáo kết quả thực hiện năm 2025"); //=> true
 * ```
 */
export function annualReportMarkdown(
  report: AnnualReport,
  options: { readonly locale?: Locale } = {},
): string {
  const r = requireReport(report);
  const { locale } = localeOption(options);
  return `${reportBlocks(r, locale)
    .map((b) => block(b, locale))
    .join("\n\n")}\n`;
}
