/**
 * Vietnam's calendar: calendar dates, instants in Vietnam time (UTC+7), lunar dates, public holidays under the
 * Labour Code with the Prime Minister's yearly decisions, and working days. Useful on its own: import from
 * `vn-women-leadership/calendar`. Pure: no clock, no time zone of the machine.
 *
 * @packageDocumentation
 * @module vn-women-leadership/calendar
 */

export {
  type ErrorName,
  HolidayCalendarError,
  InvalidInputError,
  VnWomenLeadershipError,
} from "../errors/errors.js";
export type { ValidationIssue } from "../i18n/issues.js";
export type { Bilingual, Locale } from "../i18n/locale.js";
export {
  addDays,
  type CalendarDate,
  CalendarDateSchema,
  calendarDate,
  compareDates,
  type DateParts,
  dateParts,
  dayNumber,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  type YearRange,
} from "./calendar-date.js";
export {
  DEFAULT_HOLIDAY_CALENDAR,
  DEFAULT_HOLIDAY_RULE_SETTINGS,
  type HolidayCalendar,
  type HolidayDay,
  type HolidayKind,
  type HolidayRuleSettings,
  type HolidaySource,
  type HolidayYearStatus,
  holidayCalendar,
  holidaysIn,
  holidayYearStatus,
  type SafeHolidayCalendarResult,
  safeHolidayCalendar,
  withDecisions,
} from "./holiday-calendar.js";
export {
  type Confidence,
  HOLIDAY_CALENDAR_YEARS,
  type HolidayBreak,
  type HolidayBreakInput,
  type HolidayDecision,
  type HolidayDecisionInput,
  HolidayDecisionSchema,
  holidayDate,
  type MakeUpDay,
  type MakeUpDayInput,
  OFFICIAL_HOLIDAY_DECISIONS,
} from "./holiday-decisions.js";
export {
  type DatedRule,
  HOLIDAY_IDS,
  HOLIDAY_NAMES,
  HOLIDAY_RULES,
  type HolidayId,
  type HolidayRule,
  type LegalCitation,
  SUBSTITUTE_RULES,
  WEEKLY_REST_RULE,
} from "./holiday-rules.js";
export { calendarDateOf, type DateInput, VIETNAM_UTC_OFFSET_MINUTES, vietnamDate } from "./instant.js";
export { hungKingsDay, LUNAR_TABLE_YEARS, type LunarDates, lunarDates, tetDate } from "./lunar.js";
export { addWorkingDays, isWorkingDay, nextWorkingDay, workingDaysBetween } from "./working-days.js";
