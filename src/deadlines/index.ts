export {
  type CitationLike,
  type Deadline,
  type DeadlineRule,
  type DueDayLike,
  lastOnTimeDate,
  type NextDeadlineOptions,
  nextDeadline,
  type ReportingCalendarOptions,
  type ReportingDutyLike,
  type ReportingPlanLike,
  type ReportingScheduleLike,
  type RollForward,
  reportingCalendar,
} from "./reporting.js";
export {
  type DeadlineStatus,
  type DeadlineStatusCode,
  type DeadlineStatusOptions,
  deadlineStatus,
} from "./status.js";
