/**
 * Reporting duties in time (chế độ báo cáo): the deadlines a plan's duties give, year by year, and the next one.
 *
 * Two readings the texts leave open are explicit settings, recorded in every deadline:
 *
 * - **“trước ngày 15/11”** (`inclusive: false`) means the last on-time day is 14/11; “chậm nhất ngày 15/11”
 *   (`inclusive: true`) means 15/11. The duty's due day says which.
 * - **Roll-forward** (`rollForward`, default: the plan's `settings.deadlineRollForward`, else `"none"`, the literal text) keeps a last on-time date that falls on a
 *   weekend or holiday; `"next-working-day"` moves it to the next working day, as Civil Code 2015 art. 148(5) does
 *   for periods whose last day is a day off.
 *
 * The functions take the plan structurally ({@link ReportingPlanLike}); a duty whose text gives no day appears as
 * `no-deadline-set`, never with an invented date.
 *
 * @module
 */

import * as z from "zod";
import {
  addDays,
  type CalendarDate,
  calendarDate,
  dateParts,
  dayNumber,
  daysInMonth,
  fromDayNumber,
} from "../calendar/calendar-date.js";
import { rangeError } from "../calendar/errors.js";
import {
  DEFAULT_HOLIDAY_CALENDAR,
  type HolidayCalendar,
  type YearIndex,
} from "../calendar/holiday-calendar.js";
import { calendarDateAt, type DateInput } from "../calendar/instant.js";
import { indexer, isWorking } from "../calendar/working-days.js";
import { InvalidInputError } from "../errors/errors.js";
import { fromZodIssues } from "../i18n/issues.js";
import type { Bilingual } from "../i18n/locale.js";
import {
  fail,
  integerIn,
  oneOf,
  optionsObject,
  requireArray,
  requireRecord,
  requireString,
  wrongType,
} from "../internal/args.js";
import { unsafeInput } from "../internal/walk.js";
import { isDefinedPlan } from "../plan/define.js";
import { ReportingDutySchema } from "../plan/schema.js";
import { YearSchema } from "../primitives/ids.js";
import { type DeadlineStatus, statusWith } from "./status.js";

/**
 * A citation as the plan model writes it.
 *
 * @example
 * ```ts
 * const c: CitationLike = { document: "53/KH-UBND", clause: "IV.6.b" };
 * ```
 */
export interface CitationLike {
  /** The document number. */
  readonly document: string;
  /** The clause id. */
  readonly clause: string;
  /** How the value relates to the text (`text`, `paraphrase`, `inferred`, `unverified`). */
  readonly provenance?: string | undefined;
  /** The text's own words. */
  readonly quote?: string | undefined;
  /** A note on the provenance. */
  readonly note?: Bilingual | undefined;
}

/**
 * A due day of the year: `{ month: 11, day: 15, inclusive: false }` is “trước ngày 15/11” (last on-time day 14/11);
 * with `inclusive: true` the day itself is on time. 29/2 is refused (it does not exist in most years).
 *
 * @example
 * ```ts
 * const plan53: DueDayLike = { month: 11, day: 15, inclusive: false };
 * ```
 */
export interface DueDayLike {
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
  /** Whether the day itself is still on time. */
  readonly inclusive: boolean;
}

/**
 * When a duty reports: every year, or once in a given year; `due: null` when the text gives no day.
 *
 * @example
 * ```ts
 * const s: ReportingScheduleLike = { kind: "annual", due: { month: 11, day: 15, inclusive: false } };
 * ```
 */
export type ReportingScheduleLike =
  | {
      /** Every year of the programme. */
      readonly kind: "annual";
      /** The due day, or `null` when the text gives none. */
      readonly due: DueDayLike | null;
    }
  | {
      /** Once. */
      readonly kind: "once";
      /** The year of the report. */
      readonly year: number;
      /** The due day, or `null` when the text gives none. */
      readonly due: DueDayLike | null;
    }
  | {
      /** No time in the text (“theo quy định”): listed by the plan, never scheduled. */
      readonly kind: "as-prescribed";
    };

/**
 * The shape of a reporting duty this module needs; the plan model's `ReportingDuty` satisfies it.
 *
 * @example
 * ```ts
 * const duty: ReportingDutyLike = {
 *   id: "unit-annual-report",
 *   name: { vi: "Báo cáo kết quả thực hiện hằng năm", en: "Annual implementation report" },
 *   actor: "provincial-units", recipient: "provincial-peoples-committee", via: "department-of-home-affairs",
 *   schedule: { kind: "annual", due: { month: 11, day: 15, inclusive: false } },
 *   citation: { document: "53/KH-UBND", clause: "IV.6.b" },
 * };
 * ```
 */
export interface ReportingDutyLike {
  /** The duty's id. */
  readonly id: string;
  /** Its name. */
  readonly name: Bilingual;
  /** Who reports (actor id). */
  readonly actor: string;
  /** To whom (actor id). */
  readonly recipient: string;
  /** Through whom, if anyone (actor id). */
  readonly via?: string | undefined;
  /** When. */
  readonly schedule: ReportingScheduleLike;
  /** In force from this date (YYYY-MM-DD). */
  readonly validFrom?: string | undefined;
  /** In force until this date, inclusive. */
  readonly validTo?: string | undefined;
  /** Where the duty is written. */
  readonly citation: CitationLike;
}

/**
 * The part of a plan this module reads: its reporting duties and its programme period (years, inclusive).
 *
 * @example
 * ```ts
 * const plan: ReportingPlanLike = { period: { start: 2021, end: 2030 }, reportingDuties: [] };
 * ```
 */
export interface ReportingPlanLike {
  /** The reporting duties. */
  readonly reportingDuties: readonly ReportingDutyLike[];
  /** The programme period in years. */
  readonly period: {
    /** First programme year. */
    readonly start: number;
    /** Last programme year (inclusive). */
    readonly end: number;
  };
  /** The plan's settings: `deadlineRollForward` is the default when an option does not say. */
  readonly settings?: { readonly deadlineRollForward?: RollForward | undefined } | undefined;
}

/**
 * Whether a last on-time date on a weekend or holiday stays (`"none"`, the literal text, default) or moves to the
 * next working day (`"next-working-day"`, Civil Code 2015 art. 148(5) convention).
 *
 * @example
 * ```ts
 * const r: RollForward = "next-working-day";
 * ```
 */
export type RollForward = "none" | "next-working-day";

/**
 * The rule a deadline was computed with, so a reader can retrace it.
 *
 * @example
 * ```ts
 * const rule: DeadlineRule = {
 *   due: { month: 11, day: 15 }, inclusive: false, rollForward: "none", rollForwardCitation: null,
 *   text: { vi: "trước ngày 15/11 (hạn cuối là ngày liền trước)", en: "before 15/11 (the last on-time day is the day before)" },
 * };
 * ```
 */
export interface DeadlineRule {
  /** The due day as written, or `null` when the text gives none. */
  readonly due: {
    /** Month, 1–12. */
    readonly month: number;
    /** Day of the month. */
    readonly day: number;
  } | null;
  /** Whether the due day itself is on time; `null` without a due day. */
  readonly inclusive: boolean | null;
  /** The roll-forward setting used. */
  readonly rollForward: RollForward;
  /** The convention behind rolling forward, when it is on. */
  readonly rollForwardCitation: CitationLike | null;
  /** The reading in words. */
  readonly text: Bilingual;
}

/**
 * One deadline of one duty in one year. A plain JSON object.
 *
 * @example
 * ```ts
 * const [d] = reportingCalendar(plan, { from: 2025, to: 2025, asOf: "2025-11-01" });
 * d?.lastOnTimeDate; //=> "2025-11-14"
 * ```
 */
export interface Deadline {
  /** The duty's id. */
  readonly dutyId: string;
  /** Who reports. */
  readonly actor: string;
  /** To whom. */
  readonly recipient: string;
  /** Through whom, or `null`. */
  readonly via: string | null;
  /** The duty's name. */
  readonly name: Bilingual;
  /** `annual` or `once`. */
  readonly schedule: "annual" | "once";
  /** The reporting year. */
  readonly year: number;
  /** The period the report covers: the calendar year for annual duties; `null` for one-off duties, whose
   * period the duty does not state. */
  readonly period: {
    /** First day covered. */
    readonly start: CalendarDate;
    /** Last day covered (inclusive). */
    readonly end: CalendarDate;
  } | null;
  /** `dated`, or `no-deadline-set` when the text gives no day (then both dates are `null`). */
  readonly kind: "dated" | "no-deadline-set";
  /** The last on-time date by the literal text. */
  readonly dueAsWritten: CalendarDate | null;
  /** The last on-time date after the roll-forward setting (equal to `dueAsWritten` unless rolled). */
  readonly lastOnTimeDate: CalendarDate | null;
  /** Whether the roll-forward setting moved the date. */
  readonly rolledForward: boolean;
  /** How the date was computed. */
  readonly rule: DeadlineRule;
  /** Where the duty is written. */
  readonly citation: CitationLike;
  /** The state as of the `asOf` of the call (with the duty holder's own submission, if given). */
  readonly status: DeadlineStatus;
  /** Submissions by named submitters (units sharing the duty), by submitter id; empty when none were given. */
  readonly submissions: readonly SubmissionStatus[];
}

/**
 * Options of {@link reportingCalendar}.
 *
 * @example
 * ```ts
 * const o: ReportingCalendarOptions = { from: 2021, to: 2030, asOf: "2026-03-01", rollForward: "next-working-day" };
 * ```
 */
export interface ReportingCalendarOptions {
  /** First reporting year (inclusive). */
  readonly from: number;
  /** Last reporting year (inclusive). */
  readonly to: number;
  /** The day (or moment) statuses are judged on. */
  readonly asOf: DateInput;
  /** Default `"none"`. */
  readonly rollForward?: RollForward | undefined;
  /** Holidays for roll-forward and working-day counts; default {@link DEFAULT_HOLIDAY_CALENDAR}. */
  readonly calendar?: HolidayCalendar | undefined;
  /**
   * Only the duties of these actors (ids of the plan's actors): a province's own calendar, without the duties of
   * bodies above it that a plan derived from the national Decision still names. Default: every duty.
   */
  readonly actors?: readonly string[] | undefined;
  /**
   * Reports handed in: each deadline's status then says on time or late. A submission without `by` is the duty
   * holder's own (it sets the deadline's `status`); one with `by` (a unit's id) is listed in the deadline's
   * `submissions`. Submissions for years outside [from, to] are not used; an unknown duty id or a second
   * submission by the same submitter is refused.
   */
  readonly submissions?: readonly Submission[] | undefined;
}

/**
 * A report handed in: for which duty and reporting year, when (a date or an instant), and by whom when the duty
 * is shared by many units (the units' annual report of Plan 53 IV.6.b).
 *
 * @example
 * ```ts
 * const s: Submission = { dutyId: "provincial-units-annual-report", year: 2025, submittedAt: "2025-11-13", by: "so-noi-vu" };
 * ```
 */
export interface Submission {
  /** The reporting duty's id. */
  readonly dutyId: string;
  /** The reporting year. */
  readonly year: number;
  /** When it was handed in: a date (`YYYY-MM-DD`, in Vietnam) or an instant with its offset. */
  readonly submittedAt: DateInput;
  /** Who handed it in, when the duty is shared by many units (a unit's id); absent: the duty holder itself. */
  readonly by?: string | undefined;
}

/**
 * One submitter's report for a deadline, and its status (on time or late; or, handed in after `asOf`, as if not
 * yet handed in).
 *
 * @example
 * ```ts
 * const s: SubmissionStatus = { by: "so-noi-vu", status: deadlineStatus({ lastOnTimeDate: "2025-11-14" }, { asOf: "2025-12-01", submittedAt: "2025-11-13" }) };
 * ```
 */
export interface SubmissionStatus {
  /** The submitter (a unit's id). */
  readonly by: string;
  /** The deadline's status for this submitter. */
  readonly status: DeadlineStatus;
}

/**
 * Options of {@link nextDeadline}.
 *
 * @example
 * ```ts
 * const o: NextDeadlineOptions = { rollForward: "none" };
 * ```
 */
export interface NextDeadlineOptions {
  /** Default `"none"`. */
  readonly rollForward?: RollForward | undefined;
  /** Default {@link DEFAULT_HOLIDAY_CALENDAR}. */
  readonly calendar?: HolidayCalendar | undefined;
}

const CIVIL_CODE_148_5: CitationLike = Object.freeze({ document: "91/2015/QH13", clause: "148(5)" });

function checkDueDay(value: unknown, path: readonly (string | number)[]): DueDayLike {
  const due = requireRecord(value, path);
  const month = integerIn(due["month"], 1, 12, [...path, "month"]);
  const day = integerIn(due["day"], 1, 31, [...path, "day"]);
  const inclusive = due["inclusive"];
  if (typeof inclusive !== "boolean") wrongType([...path, "inclusive"], "boolean", inclusive);
  // Like the plan schema, refuse 29/2: a yearly day must exist every year.
  if (day > daysInMonth(2023, month)) throw rangeError("due-day.invalid", { month, day }, path);
  return { month, day, inclusive };
}

/**
 * The last on-time date of a due day in a year, by the literal text: “trước ngày 15/11” (`inclusive: false`) →
 * 14/11; “chậm nhất ngày 15/11” (`inclusive: true`) → 15/11.
 *
 * @throws InvalidInputError (`due-day.invalid`) for a day that does not exist every year (31/4, 29/2, …).
 * @example
 * ```ts
 * lastOnTimeDate({ month: 11, day: 15, inclusive: false }, 2025); //=> "2025-11-14"
 * lastOnTimeDate({ month: 11, day: 15, inclusive: true }, 2025); //=> "2025-11-15"
 * lastOnTimeDate({ month: 1, day: 1, inclusive: false }, 2026); //=> "2025-12-31"
 * ```
 */
export function lastOnTimeDate(due: DueDayLike, year: number): CalendarDate {
  const d = checkDueDay(due, ["due"]);
  return writtenDeadline(d, integerIn(year, 2, 9999, ["year"]));
}

/** {@link lastOnTimeDate} on a checked due day and year. */
function writtenDeadline(due: DueDayLike, year: number): CalendarDate {
  const date = calendarDate(year, due.month, due.day);
  return due.inclusive ? date : addDays(date, -1);
}

function ruleOf(due: DueDayLike | null, rollForward: RollForward): DeadlineRule {
  const roll =
    rollForward === "none"
      ? { vi: "", en: "" }
      : {
          vi: "; hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc kế tiếp (BLDS 2015, Điều 148(5))",
          en: "; a deadline on a day off moves to the next working day (Civil Code 2015, art. 148(5))",
        };
  const rollForwardCitation = rollForward === "none" ? null : CIVIL_CODE_148_5;
  if (due === null) {
    return {
      due: null,
      inclusive: null,
      rollForward,
      rollForwardCitation,
      text: { vi: "văn bản không quy định ngày nộp", en: "the text sets no due day" },
    };
  }
  const dm = `${due.day}/${due.month}`;
  const text = due.inclusive
    ? { vi: `chậm nhất ngày ${dm} (ngày ${dm} vẫn đúng hạn)`, en: `by ${dm} (the day itself is on time)` }
    : {
        vi: `trước ngày ${dm} (hạn cuối là ngày liền trước)`,
        en: `before ${dm} (the last on-time day is the day before)`,
      };
  return {
    due: { month: due.month, day: due.day },
    inclusive: due.inclusive,
    rollForward,
    rollForwardCitation,
    text: { vi: text.vi + roll.vi, en: text.en + roll.en },
  };
}

// Reporting years: those a plan's period may have.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function checkYears(from: number, to: number, path: readonly (string | number)[]): void {
  if (from > to) throw rangeError("period.reversed", { start: String(from), end: String(to) }, path);
}

// The part of a plan this module reads, checked when it is not a plan made by definePlan (which is valid).
const ReportingPlanSchema = z.object({
  reportingDuties: z.array(ReportingDutySchema),
  period: z.object({ start: YearSchema, end: YearSchema }),
  settings: z.object({ deadlineRollForward: z.enum(["none", "next-working-day"]).optional() }).optional(),
});

function readPlan(plan: unknown): ReportingPlanLike {
  if (isDefinedPlan(plan)) return plan as ReportingPlanLike;
  const unsafe = unsafeInput(plan, ["plan"]);
  if (unsafe.length > 0) throw new InvalidInputError(unsafe);
  const r = ReportingPlanSchema.safeParse(plan);
  if (!r.success) {
    throw new InvalidInputError(
      fromZodIssues(r.error.issues).map((i) => ({ ...i, path: ["plan", ...i.path] })),
    );
  }
  checkYears(r.data.period.start, r.data.period.end, ["plan", "period", "end"]);
  return r.data as ReportingPlanLike;
}

const ROLL_FORWARD = ["none", "next-working-day"] as const;

function deadlinesOf(
  plan: ReportingPlanLike,
  submissions: SubmissionIndex,
  from: number,
  to: number,
  asOf: DateInput,
  rollForward: RollForward,
  index: (n: number) => YearIndex,
): Deadline[] {
  checkYears(from, to, ["options", "to"]);
  const asOfDate = calendarDateAt(asOf, ["options", "asOf"]);
  const first = Math.max(from, plan.period.start);
  const last = Math.min(to, plan.period.end);
  const rows: { deadline: Deadline; order: number }[] = [];
  plan.reportingDuties.forEach((duty, order) => {
    const validFrom = duty.validFrom === undefined ? null : dayNumber(duty.validFrom);
    const validTo = duty.validTo === undefined ? null : dayNumber(duty.validTo);
    const inForce = (a: number, b: number) =>
      (validFrom === null || b >= validFrom) && (validTo === null || a <= validTo);
    const { schedule } = duty;
    // A duty with no time of its own has no deadline to list.
    if (schedule.kind === "as-prescribed") return;
    const years =
      schedule.kind === "annual"
        ? Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)
        : schedule.year >= first && schedule.year <= last
          ? [schedule.year]
          : [];
    for (const year of years) {
      const rule = ruleOf(schedule.due, rollForward);
      const period =
        schedule.kind === "annual"
          ? { start: calendarDate(year, 1, 1), end: calendarDate(year, 12, 31) }
          : null;
      const base = {
        dutyId: duty.id,
        actor: duty.actor,
        recipient: duty.recipient,
        via: duty.via ?? null,
        name: { vi: duty.name.vi, en: duty.name.en },
        schedule: schedule.kind,
        year,
        period,
        // The whole citation: its provenance (an inferred review year) goes with the deadline.
        citation: { ...duty.citation },
      };
      if (schedule.due === null) {
        // No day to test validity against: the duty counts when in force at some point of the year.
        const y0 = dayNumber(calendarDate(year, 1, 1));
        const y1 = dayNumber(calendarDate(year, 12, 31));
        if (!inForce(y0, y1)) continue;
        const [status, named] = statuses(null, submissions, duty.id, year, asOfDate, index);
        rows.push({ deadline: deadline(base, "no-deadline-set", null, null, rule, status, named), order });
        continue;
      }
      const written = writtenDeadline(schedule.due, year);
      const w = dayNumber(written);
      // A dated deadline binds the actor if the duty is in force on its literal last on-time day.
      if (!inForce(w, w)) continue;
      let n = w;
      if (rollForward === "next-working-day") while (!isWorking(n, index)) n++;
      const lastOnTime = fromDayNumber(n);
      const [status, named] = statuses(lastOnTime, submissions, duty.id, year, asOfDate, index);
      rows.push({ deadline: deadline(base, "dated", written, lastOnTime, rule, status, named), order });
    }
  });
  rows.sort(
    (a, b) =>
      a.deadline.year - b.deadline.year ||
      compareKeys(sortKey(a.deadline), sortKey(b.deadline)) ||
      a.order - b.order,
  );
  return rows.map((r) => r.deadline);
}

// Fixes the key order of a deadline, so that its JSON reads who, when, why, and the state last.
function deadline(
  base: Omit<
    Deadline,
    "kind" | "dueAsWritten" | "lastOnTimeDate" | "rolledForward" | "rule" | "status" | "submissions"
  >,
  kind: Deadline["kind"],
  dueAsWritten: CalendarDate | null,
  lastOnTime: CalendarDate | null,
  rule: DeadlineRule,
  status: DeadlineStatus,
  submissions: readonly SubmissionStatus[] = [],
): Deadline {
  return {
    dutyId: base.dutyId,
    actor: base.actor,
    recipient: base.recipient,
    via: base.via,
    name: base.name,
    schedule: base.schedule,
    year: base.year,
    period: base.period,
    kind,
    dueAsWritten,
    lastOnTimeDate: lastOnTime,
    rolledForward: dueAsWritten !== lastOnTime,
    rule,
    citation: base.citation,
    status,
    submissions,
  };
}

/** Submissions by duty, then year, then submitter (`""` for the duty holder itself). */
type SubmissionIndex = ReadonlyMap<string, ReadonlyMap<number, ReadonlyMap<string, DateInput>>>;

/** The deadline's own status and its named submitters' statuses. */
function statuses(
  lastOnTime: CalendarDate | null,
  submissions: SubmissionIndex,
  dutyId: string,
  year: number,
  asOf: CalendarDate,
  index: ReturnType<typeof indexer>,
): [DeadlineStatus, SubmissionStatus[]] {
  const mine = submissions.get(dutyId)?.get(year);
  const own = mine?.get("");
  const status = statusWith(lastOnTime, { asOf, submittedAt: own }, index);
  const named = [...(mine ?? new Map<string, DateInput>())]
    .filter(([by]) => by !== "")
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([by, submittedAt]) => ({ by, status: statusWith(lastOnTime, { asOf, submittedAt }, index) }));
  return [status, named];
}

/** The `submissions` option, checked: every duty known, no submitter twice for a duty and year. */
function readSubmissions(value: unknown, plan: ReportingPlanLike): SubmissionIndex {
  const out = new Map<string, Map<number, Map<string, DateInput>>>();
  if (value === undefined) return out;
  const duties = new Set(plan.reportingDuties.map((d) => d.id));
  requireArray(value, ["options", "submissions"]).forEach((item, i) => {
    const path = ["options", "submissions", i];
    const r = requireRecord(item, path);
    const dutyId = requireString(r["dutyId"], [...path, "dutyId"]);
    if (!duties.has(dutyId)) fail("submission.unknown-duty", [...path, "dutyId"], { dutyId });
    const year = integerIn(r["year"], FIRST_YEAR, LAST_YEAR, [...path, "year"]);
    const by = r["by"] === undefined ? "" : requireString(r["by"], [...path, "by"]).normalize("NFC");
    // The instant is read now, so that a bad one is reported with its path.
    calendarDateAt(r["submittedAt"] as DateInput, [...path, "submittedAt"]);
    const years = out.get(dutyId) ?? new Map<number, Map<string, DateInput>>();
    const byWho = years.get(year) ?? new Map<string, DateInput>();
    if (byWho.has(by))
      fail("submission.duplicate", [...path, "by"], {
        dutyId,
        year,
        by: by === "" ? "(the duty holder)" : by,
      });
    byWho.set(by, r["submittedAt"] as DateInput);
    years.set(year, byWho);
    out.set(dutyId, years);
  });
  return out;
}

// Dated deadlines by date, then those without a date at the end of their year.
const sortKey = (d: Deadline): string => d.lastOnTimeDate ?? "9999-12-31";
const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every deadline of every duty of a plan whose reporting year lies in [from, to], in the programme period and in
 * the duty's validity (checked on the literal last on-time date; for a duty with no day, on any day of the year),
 * sorted by year, then date (undated last), then the plan's order. Each carries its status as of `asOf`.
 *
 * @throws InvalidInputError `period.reversed` when `from > to`; `due-day.invalid`, `date.invalid`, or errors for `asOf`;
 *   `holidays.outside-coverage` when working days are needed outside 2000–2100.
 * @example
 * ```ts
 * const plan = {
 *   period: { start: 2021, end: 2030 },
 *   reportingDuties: [{
 *     id: "unit-annual-report", name: { vi: "Báo cáo hằng năm", en: "Annual report" },
 *     actor: "provincial-units", recipient: "provincial-peoples-committee", via: "department-of-home-affairs",
 *     schedule: { kind: "annual", due: { month: 11, day: 15, inclusive: false } },
 *     citation: { document: "53/KH-UBND", clause: "IV.6.b" },
 *   }],
 * } as const;
 * reportingCalendar(plan, { from: 2025, to: 2026, asOf: "2025-11-14" }).map((d) => [d.lastOnTimeDate, d.status.status]);
 * //=> [["2025-11-14", "due-today"], ["2026-11-14", "upcoming"]]
 * ```
 */
export function reportingCalendar(plan: ReportingPlanLike, options: ReportingCalendarOptions): Deadline[] {
  const p = readPlan(plan);
  const o = requireRecord(options, ["options"]);
  const from = integerIn(o["from"], FIRST_YEAR, LAST_YEAR, ["options", "from"]);
  const to = integerIn(o["to"], FIRST_YEAR, LAST_YEAR, ["options", "to"]);
  const rollForward = oneOf(
    o["rollForward"],
    ROLL_FORWARD,
    ["options", "rollForward"],
    p.settings?.deadlineRollForward ?? "none",
  );
  const actors = readActors(o["actors"]);
  const index = indexer((o["calendar"] ?? DEFAULT_HOLIDAY_CALENDAR) as HolidayCalendar, [
    "options",
    "calendar",
  ]);
  const submissions = readSubmissions(o["submissions"], p);
  return deadlinesOf(
    withActors(p, actors),
    submissions,
    from,
    to,
    o["asOf"] as DateInput,
    rollForward,
    index,
  );
}

/** The `actors` option: a list of actor ids, or nothing (every duty). */
function readActors(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const list = requireArray(value, ["options", "actors"]);
  return list.map((a, i) => requireString(a, ["options", "actors", i]));
}

/** The plan with only the duties of the given actors. */
function withActors(plan: ReportingPlanLike, actors: readonly string[] | undefined): ReportingPlanLike {
  if (actors === undefined) return plan;
  const keep = new Set(actors);
  return { ...plan, reportingDuties: plan.reportingDuties.filter((d) => keep.has(d.actor)) };
}

/**
 * The first dated deadline whose last on-time date is on or after a day (so `nextDeadline(d) >= d`), with its
 * status as of that day; ties go to the earlier reporting year, then to the duty listed first. `null` when no dated deadline remains in the programme
 * period. Duties without a due day never count.
 *
 * @throws InvalidInputError for an invalid `date`, and as {@link reportingCalendar}.
 * @example
 * ```ts
 * nextDeadline(plan, "2025-11-15")?.lastOnTimeDate; //=> "2026-11-14"
 * nextDeadline(plan, "2025-11-14T12:00:00+07:00")?.status.status; //=> "due-today"
 * ```
 */
export function nextDeadline(
  plan: ReportingPlanLike,
  date: DateInput,
  options: NextDeadlineOptions = {},
): Deadline | null {
  const p = readPlan(plan);
  const day = calendarDateAt(date, ["date"]);
  const o = optionsObject(options, ["options"]);
  const rollForward = oneOf(
    o["rollForward"],
    ROLL_FORWARD,
    ["options", "rollForward"],
    p.settings?.deadlineRollForward ?? "none",
  );
  const year = dateParts(day).year;
  // A year's deadline can fall in the previous year ("before 1/1") or roll into the next one.
  const from = Math.max(year - 1, p.period.start);
  if (from > p.period.end) return null;
  const index = indexer((o["calendar"] ?? DEFAULT_HOLIDAY_CALENDAR) as HolidayCalendar, [
    "options",
    "calendar",
  ]);
  const all = deadlinesOf(p, new Map(), from, p.period.end, day, rollForward, index);
  let best: Deadline | null = null;
  let bestDate = "";
  for (const d of all) {
    if (d.lastOnTimeDate === null || d.lastOnTimeDate < day) continue;
    if (best === null || d.lastOnTimeDate < bestDate) {
      best = d;
      bestDate = d.lastOnTimeDate;
    }
  }
  return best;
}
