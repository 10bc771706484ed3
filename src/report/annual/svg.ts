/**
 * The annual report's chart as SVG: each indicator's value, overall and per level, against its milestones (2025,
 * 2030). Text labels carry every number, so the chart reads without colour; `<title>` and `<desc>` describe it.
 *
 * @module
 */
import type { Locale } from "../../i18n/locale.js";
import { fail } from "../../internal/args.js";
import { localeOption } from "../guards.js";
import { percentText, plain } from "../text.js";
import { requireReport } from "./guard.js";
import { levelName, WORDS } from "./labels.js";
import type { AnnualReport, ReportGroup, ReportIndicator } from "./types.js";

/** XML-safe text: controls escaped, then `& < > " '`. */
export function xmlText(text: string): string {
  return plain(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

const WIDTH = 720;
const LABEL = 150;
const BAR = 440;
const ROW = 26;

/** A percentage string as a number of hundredths (exact: it only places a bar). */
function hundredths(p: string): number {
  const m = /^(\d+)(?:\.(\d+))?/.exec(p);
  if (m === null) return 0;
  return Math.min(10_000, Number(m[1]) * 100 + Number(`${m[2] ?? ""}00`.slice(0, 2)));
}

const x = (h: number) => LABEL + Math.round((BAR * h) / 10_000);

function rows(ind: ReportIndicator, locale: Locale): { name: string; g: ReportGroup }[] {
  return [
    { name: WORDS[locale].overall, g: ind.overall },
    ...ind.byTier.map((g) => ({ name: levelName(g.key, locale), g })),
  ];
}

/** One indicator's chart, as an `<svg>` element (no XML declaration: it can be inlined in HTML). */
export function indicatorSvg(ind: ReportIndicator, n: number, locale: Locale): string {
  const w = WORDS[locale];
  const list = rows(ind, locale);
  const top = 44;
  const height = top + list.length * ROW + 34;
  const id = `chart-${n + 1}`;
  const title = `${n + 1}. ${ind.name[locale]}`;
  const targets = ind.milestones.map(
    (m) => `${w.milestone(m.year)}: ${percentText(m.target.replace("%", ""), locale)}%`,
  );
  const values = list.map(({ name, g }) =>
    g.status === "not-computable" ? `${name}: —` : `${name}: ${percentText(g.value.percent, locale)}%`,
  );
  const desc = `${w.chart}. ${values.join("; ")}. ${targets.join("; ")}.`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="sans-serif" font-size="13">`,
    `<title id="${id}-title">${xmlText(title)}</title>`,
    `<desc id="${id}-desc">${xmlText(desc)}</desc>`,
    `<text x="0" y="18" font-weight="bold">${xmlText(title.length > 95 ? `${title.slice(0, 94)}…` : title)}</text>`,
    `<line x1="${LABEL}" y1="${top - 8}" x2="${LABEL}" y2="${top + list.length * ROW}" stroke="#333"/>`,
  ];
  list.forEach(({ name, g }, i) => {
    const y = top + i * ROW;
    out.push(`<text x="${LABEL - 8}" y="${y + 14}" text-anchor="end">${xmlText(name)}</text>`);
    if (g.status === "not-computable") {
      out.push(`<text x="${LABEL + BAR + 10}" y="${y + 14}" fill="#555">—</text>`);
      return;
    }
    const end = x(hundredths(g.value.percent));
    out.push(`<rect x="${LABEL}" y="${y + 2}" width="${BAR}" height="${ROW - 8}" fill="#f2f2f2"/>`);
    const fill = g.status === "met" ? "#2b6cb0" : "#c05621";
    out.push(
      `<rect x="${LABEL}" y="${y + 2}" width="${end - LABEL}" height="${ROW - 8}" fill="${fill}"><title>${xmlText(`${name}: ${percentText(g.value.percent, locale)}%`)}</title></rect>`,
      // Values in their own column, right of the scale, so that no target line crosses them.
      `<text x="${LABEL + BAR + 10}" y="${y + 14}">${xmlText(`${percentText(g.value.percent, locale)}% (${g.value.numerator}/${g.value.denominator})`)}</text>`,
    );
  });
  const bottom = top + list.length * ROW;
  ind.milestones.forEach((m, i) => {
    // hundredths reads the digits and stops at the sign.
    const mx = x(hundredths(m.target));
    const dash = i === 0 ? "4 3" : "1 3";
    out.push(
      `<line x1="${mx}" y1="${top - 8}" x2="${mx}" y2="${bottom + 4}" stroke="#000" stroke-width="1.5" stroke-dasharray="${dash}"/>`,
      `<text x="${mx}" y="${bottom + 18 + i * 13}" text-anchor="middle" font-size="11">${xmlText(`${w.milestone(m.year)}: ${percentText(m.target.replace("%", ""), locale)}%`)}</text>`,
    );
  });
  out.push("</svg>");
  return out.join("\n");
}

/**
 * Renders the chart of one indicator of an annual report as a standalone SVG document: the value overall and per
 * level against the plan's milestones, with text labels for every number and a `<title>`/`<desc>`, so that it
 * reads without colour and with a screen reader.
 *
 * @param report - a report from {@link buildAnnualReport}.
 * @param options - `locale` (`"vi"` default), `indicator`: its id (default: the first quantitative indicator).
 * @throws InvalidInputError when the report is not one, or has no such quantitative indicator.
 *
 * @example
 * ```ts
 * const svg = annualReportSvg(report, { locale: "en", indicator: "women-in-planning-pool" });
 * svg.includes("<title"); //=> true
 * ```
 */
export function annualReportSvg(
  report: AnnualReport,
  options: { readonly locale?: Locale; readonly indicator?: string } = {},
): string {
  const r = requireReport(report);
  const { locale, options: o } = localeOption(options);
  const wanted = o["indicator"];
  const n = r.indicators.findIndex((i) =>
    wanted === undefined ? i.measure !== "qualitative" : i.id === wanted && i.measure !== "qualitative",
  );
  const ind = r.indicators[n];
  if (ind === undefined)
    fail("argument.one-of", ["options", "indicator"], {
      path: "options.indicator",
      value: String(wanted),
      values: r.indicators
        .filter((i) => i.measure !== "qualitative")
        .map((i) => i.id)
        .join(", "),
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${indicatorSvg(ind, n, locale)}\n`;
}
