// Dates, instants, due days and plan-like reporting duties, built by construction (never filtered).
import fc from "fast-check";
import { daysInMonth } from "../../src/calendar/calendar-date.js";
import { calendarDate, dayNumber, fromDayNumber } from "../../src/calendar/index.js";
import type {
  DueDayLike,
  ReportingDutyLike,
  ReportingPlanLike,
  RollForward,
} from "../../src/deadlines/index.js";
import type { CalendarDate } from "../../src/index.js";

/** A calendar date between two years (inclusive), uniform over the days. */
export function calendarDateIn(firstYear: number, lastYear: number): fc.Arbitrary<CalendarDate> {
  const min = dayNumber(calendarDate(firstYear, 1, 1));
  const max = dayNumber(calendarDate(lastYear, 12, 31));
  return fc.integer({ min, max }).map(fromDayNumber);
}

/** Two dates of the range, ordered (a ≤ b). */
export function orderedDatesIn(
  firstYear: number,
  lastYear: number,
): fc.Arbitrary<[CalendarDate, CalendarDate]> {
  return fc
    .tuple(calendarDateIn(firstYear, lastYear), calendarDateIn(firstYear, lastYear))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a]));
}

/** A UTC offset in minutes as real zones use them: whole quarter hours from −12:00 to +14:00. */
export const offsetMinutes = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);

function offsetText(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * An instant between two years as an ISO string with an offset, with its epoch milliseconds. The string is built
 * from the UTC fields of `ms + offset` (toISOString is UTC, so this does not read the machine's time zone).
 */
export function instantIn(firstYear: number, lastYear: number): fc.Arbitrary<{ iso: string; ms: number }> {
  const min = Date.UTC(firstYear, 0, 1);
  const max = Date.UTC(lastYear, 11, 31, 23, 59, 59, 999);
  return fc.tuple(fc.integer({ min, max }), offsetMinutes, fc.boolean()).map(([ms, offset, withMillis]) => {
    const local = new Date(ms + offset * 60_000).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ
    const body = withMillis ? local.slice(0, 23) : local.slice(0, 19);
    const exact = withMillis ? ms : ms - (((ms % 1000) + 1000) % 1000);
    return { iso: `${body}${offsetText(offset)}`, ms: exact };
  });
}

/** A due day that exists every year (no 29/2), with either reading. */
export const dueDay: fc.Arbitrary<DueDayLike> = fc.integer({ min: 1, max: 12 }).chain((month) =>
  fc.record({
    month: fc.constant(month),
    day: fc.integer({ min: 1, max: daysInMonth(2023, month) }),
    inclusive: fc.boolean(),
  }),
);

export const rollForward: fc.Arbitrary<RollForward> = fc.constantFrom("none", "next-working-day");

/** Plan 53's unit report (IV.6.b): annual, “trước ngày 15/11”, from the provincial units via Sở Nội vụ. */
export const PLAN_53_UNIT_REPORT: ReportingDutyLike = {
  id: "unit-annual-report",
  name: {
    vi: "Đánh giá kết quả thực hiện hằng năm, báo cáo UBND tỉnh (qua Sở Nội vụ)",
    en: "Annual assessment reported to the Provincial People's Committee (through the Department of Home Affairs)",
  },
  actor: "provincial-units",
  recipient: "provincial-peoples-committee",
  via: "department-of-home-affairs",
  schedule: { kind: "annual", due: { month: 11, day: 15, inclusive: false } },
  citation: { document: "53/KH-UBND", clause: "IV.6.b" },
};

/** Plan 53's consolidated report of Sở Nội vụ to Bộ Nội vụ (IV.1.b): annual, no day given. */
export const PLAN_53_DOHA_REPORT: ReportingDutyLike = {
  id: "doha-annual-report",
  name: {
    vi: "Tổng hợp, báo cáo Bộ Nội vụ hằng năm",
    en: "Annual consolidated report to the Ministry of Home Affairs",
  },
  actor: "department-of-home-affairs",
  recipient: "ministry-of-home-affairs",
  schedule: { kind: "annual", due: null },
  citation: { document: "53/KH-UBND", clause: "IV.1.b" },
};

/** Any reporting duty: annual or once, with or without a due day, with or without validity dates. */
export function reportingDuty(id: string): fc.Arbitrary<ReportingDutyLike> {
  const due = fc.option(dueDay, { nil: null });
  const schedule = fc.oneof(
    due.map((d) => ({ kind: "annual" as const, due: d })),
    fc.record({ kind: fc.constant("once" as const), year: fc.integer({ min: 2019, max: 2032 }), due }),
  );
  return fc
    .record({
      schedule,
      via: fc.option(fc.constant("department-of-home-affairs"), { nil: undefined }),
      validity: fc.option(orderedDatesIn(2018, 2033), { nil: undefined }),
      openEnded: fc.boolean(),
    })
    .map(({ schedule, via, validity, openEnded }) => ({
      id,
      name: { vi: `Báo cáo ${id}`, en: `Report ${id}` },
      actor: "provincial-units",
      recipient: "provincial-peoples-committee",
      ...(via === undefined ? {} : { via }),
      schedule,
      ...(validity === undefined ? {} : { validFrom: validity[0] }),
      ...(validity === undefined || openEnded ? {} : { validTo: validity[1] }),
      citation: { document: "53/KH-UBND", clause: "IV.6.b" },
    }));
}

/** A plan-like value: a programme period within 2021–2030 and 0–4 duties with unique ids. */
export const reportingPlan: fc.Arbitrary<ReportingPlanLike> = fc
  .record({
    start: fc.integer({ min: 2021, max: 2030 }),
    length: fc.integer({ min: 0, max: 9 }),
    count: fc.integer({ min: 0, max: 4 }),
  })
  .chain(({ start, length, count }) =>
    fc
      .tuple(...Array.from({ length: count }, (_, i) => reportingDuty(`duty-${i}`)))
      .map((duties) => ({ period: { start, end: Math.min(2030, start + length) }, reportingDuties: duties })),
  );
