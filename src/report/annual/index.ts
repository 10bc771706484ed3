export { type AnnualReportOptions, buildAnnualReport } from "./build.js";
export { annualReportCsv, annualReportOpenSdgCsv } from "./csv.js";
export { annualReportHtml } from "./html.js";
export { annualReportMarkdown } from "./markdown.js";
export { AnnualReportSchema, annualReportJsonSchema } from "./schema.js";
export { annualReportSvg } from "./svg.js";
export type { AnnualReport, IndicatorChange, ReportGroup, ReportIndicator, ReportUnit } from "./types.js";
