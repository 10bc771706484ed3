/**
 * vn-women-leadership: Vietnam's programme for women in leadership (Decision 2282/QĐ-TTg and provincial plans
 * such as Hưng Yên's Plan 53/KH-UBND) as code: plans, units, tallies, targets, adjustments, evaluation, deadlines
 * and reports. Everything exported here is pure: no I/O, no clock. Presets are in `vn-women-leadership/presets`;
 * Vietnam's calendar (holidays, lunar dates, working days) is in `vn-women-leadership/calendar`.
 *
 * @packageDocumentation
 * @module vn-women-leadership
 */

export * from "./adjustments/index.js";
export type { CalendarDate } from "./calendar/calendar-date.js";
export type { HolidayCalendar } from "./calendar/holiday-calendar.js";
export type { DateInput } from "./calendar/instant.js";
export * from "./deadlines/index.js";
export {
  type ErrorName,
  HolidayCalendarError,
  InvalidInputError,
  PlanConfigError,
  UnitValidationError,
  VnWomenLeadershipError,
} from "./errors/errors.js";
export * from "./evaluation/index.js";
export type { ValidationIssue } from "./i18n/issues.js";
export { type Bilingual, LOCALES, type Locale } from "./i18n/locale.js";
export {
  type IssueCode,
  type IssueParams,
  isIssueCode,
  issueCodes,
  MESSAGES,
  type MessageBuilder,
  messageFor,
} from "./i18n/messages.js";
export * from "./intake/index.js";
export * from "./organisation/index.js";
export * from "./plan/index.js";
export { type Citation, CitationSchema, PROVENANCES, type Provenance } from "./primitives/citation.js";
export { BilingualSchema } from "./primitives/text.js";
export { isInForce, type Validity } from "./primitives/validity.js";
export {
  type DecimalOptions,
  type FormatPercentOptions,
  formatPercent,
  formatTarget,
  type Percent,
  PercentSchema,
  percent,
  percentDecimal,
  type RoundingMode,
  type ShareInput,
} from "./rational/percent.js";
export type { ExactRatio, Ratio } from "./rational/ratio.js";
export * from "./report/annual/index.js";
export { deadlinesText } from "./report/deadlines-text.js";
export { evaluationText } from "./report/evaluation-text.js";
export { planSummary } from "./report/plan-summary.js";
export * from "./tally/index.js";
export * from "./targets/index.js";
