/**
 * The annual report as CSV: the per-unit results (RFC 4180, UTF-8 with a byte-order mark so that Excel reads
 * Vietnamese correctly), and an Open SDG-style tidy table for statistics platforms.
 *
 * @module
 */
import type { Locale } from "../../i18n/locale.js";
import { localeOption } from "../guards.js";
import { asText } from "../text.js";
import { requireReport } from "./guard.js";
import type { AnnualReport, ReportGroup } from "./types.js";

const BOM = "\uFEFF";

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading or trailing space; a
 * text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is prefixed with
 * `'` so that it stays text.
 */
export function csvField(value: unknown, { text = true }: { readonly text?: boolean } = {}): string {
  let s = asText(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: readonly string[]) => cells.join(",");

const HEAD = {
  vi: [
    "ma_chi_tieu",
    "ma_don_vi",
    "ten_don_vi",
    "danh_gia",
    "ly_do",
    "tu_so",
    "mau_so",
    "ty_le_phan_tram",
    "muc_tieu_phan_tram",
    "nguon_muc_tieu",
    "thieu_don_vi",
    "thieu_nu_them_nguoi",
    "thieu_nu_thay_nguoi",
  ],
  en: [
    "indicator_id",
    "unit_id",
    "unit_name",
    "status",
    "reason",
    "numerator",
    "denominator",
    "percent",
    "target_percent",
    "target_source",
    "shortfall_units",
    "shortfall_women_add",
    "shortfall_women_replace",
  ],
} as const;

function unitRow(indicator: string, g: ReportGroup, locale: Locale): string {
  const name = g.name === null ? "" : g.name[locale];
  const id = [csvField(indicator), csvField(g.key), csvField(name)];
  if (g.status === "not-computable")
    return line([...id, csvField(g.status), csvField(g.reason), "", "", "", "", "", "", "", ""]);
  const s = g.shortfall;
  const n = (x: unknown) => csvField(x, { text: false });
  return line([
    ...id,
    csvField(g.status),
    "",
    n(g.value.numerator),
    n(g.value.denominator),
    n(g.value.percent),
    n(g.target.percent),
    csvField(g.targetSource),
    "units" in s ? n(s.units) : "",
    "units" in s ? "" : n(s.add ?? ""),
    "units" in s ? "" : n(s.replace),
  ]);
}

/**
 * Renders the per-unit results of an annual report as CSV: one row per indicator and unit, with the unit's name,
 * status (or the reason it cannot be computed), exact counts, the percentage (`.` decimal, as CSV tools expect),
 * the target and its source, and what is still missing. RFC 4180 (CRLF line ends, quoted fields), UTF-8 with a
 * byte-order mark; column names in Vietnamese (`ma_don_vi`, …) or English (`unit_id`, …); text that a spreadsheet
 * would run as a formula is kept text.
 *
 * @param report - a report from {@link buildAnnualReport}.
 * @param options - `locale`: `"vi"` (default) or `"en"`: the column names and the units' names.
 * @throws InvalidInputError when the report is not one.
 *
 * @example
 * ```ts
 * writeFileSync("units-2025.csv", annualReportCsv(report, { locale: "en" }));
 * ```
 */
export function annualReportCsv(report: AnnualReport, options: { readonly locale?: Locale } = {}): string {
  const r = requireReport(report);
  const { locale } = localeOption(options);
  const rows = [line(HEAD[locale])];
  for (const ind of r.indicators) for (const g of ind.byUnit) rows.push(unitRow(ind.id, g, locale));
  return `${BOM}${rows.join("\r\n")}\r\n`;
}

/**
 * Renders an annual report as an Open SDG-style tidy CSV: columns `Year`, `Series` (the indicator id), `Units`
 * (`Percent`), the breakdowns `Level` and `Sector` (blank for the headline, the total), and `Value` last; one row
 * per year and group, headline rows first. Given a previous report, its year's headline value is included, so a
 * series grows year by year. UTF-8 with a byte-order mark, CRLF line ends.
 *
 * @param report - a report from {@link buildAnnualReport}.
 * @throws InvalidInputError when the report is not one.
 *
 * @example
 * ```ts
 * annualReportOpenSdgCsv(report).split("\r\n")[0]; //=> "\uFEFFYear,Series,Units,Level,Sector,Value"
 * ```
 */
export function annualReportOpenSdgCsv(report: AnnualReport): string {
  const r = requireReport(report);
  const rows = [line(["Year", "Series", "Units", "Level", "Sector", "Value"])];
  const row = (year: number, series: string, level: string, sector: string, value: string) =>
    rows.push(line([String(year), csvField(series), "Percent", csvField(level), csvField(sector), value]));
  for (const ind of r.indicators) {
    if (ind.measure === "qualitative") continue;
    if (ind.change !== null) row(ind.change.sinceYear, ind.id, "", "", ind.change.previousValue.percent);
    if (ind.overall.status !== "not-computable") row(r.year, ind.id, "", "", ind.overall.value.percent);
    for (const g of ind.byTier)
      if (g.status !== "not-computable") row(r.year, ind.id, g.key, "", g.value.percent);
    for (const g of ind.bySector)
      if (g.status !== "not-computable") row(r.year, ind.id, "", g.key, g.value.percent);
  }
  return `${BOM}${rows.join("\r\n")}\r\n`;
}
