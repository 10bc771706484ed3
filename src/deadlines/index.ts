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
  type Submission,
  type SubmissionStatus,
} from "./reporting.js";
export {
  type DeadlineStatus,
  type DeadlineStatusCode,
  type DeadlineStatusOptions,
  deadlineStatus,
} from "./status.js";
