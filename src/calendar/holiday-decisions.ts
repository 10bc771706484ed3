/**
 * The Prime Minister's yearly holiday decisions as a dated table (lịch nghỉ lễ, tết hằng năm), and its schema.
 *
 * Labour Code 2019 art. 112(3) leaves the exact Tết days and the second National Day day to the Prime Minister,
 * who also allows swapping working days (hoán đổi ngày làm việc, made up on a Saturday). A row per year records
 * the announced breaks, the make-up Saturdays, the source document and how sure the row is. A year without a row
 * is derived from the rules (`holiday-rules.ts`) and says so.
 *
 * @module
 */
import * as z from "zod";
import { addZodIssue } from "../i18n/issues.js";
import {
  type CalendarDate,
  CalendarDateSchema,
  calendarDate,
  compareDates,
  dateParts,
  dayOfWeek,
  isCalendarDate,
  type YearRange,
} from "./calendar-date.js";
import { rangeError, shown } from "./errors.js";
import { HOLIDAY_IDS, type HolidayId } from "./holiday-rules.js";
import { lunarDates } from "./lunar.js";

/**
 * How sure a row (or a part of it) is: `confirmed` (an official text or a well-sourced press copy) or `weak`
 * (secondary sources only).
 *
 * @example
 * ```ts
 * const c: Confidence = "confirmed";
 * ```
 */
export type Confidence = "confirmed" | "weak";

/**
 * The years the holiday calendar covers (inclusive). They start in 2000 because state agencies rest on Saturday
 * and Sunday only since 1999-10-02 (Decision 188/1999/QĐ-TTg); they end with the lunar table.
 *
 * @example
 * ```ts
 * HOLIDAY_CALENDAR_YEARS; //=> { first: 2000, last: 2100 }
 * ```
 */
export const HOLIDAY_CALENDAR_YEARS: YearRange = Object.freeze({
  first: 2000,
  last: 2100,
});

const ConfidenceSchema = z.enum(["confirmed", "weak"]);
const HolidayIdSchema = z.enum(HOLIDAY_IDS as readonly [HolidayId, ...HolidayId[]]);

const HolidayBreakSchema = z.strictObject({
  /** The holidays the break is for (one break may serve several, e.g. 30/4 and 1/5). */
  holidays: z.array(HolidayIdSchema).min(1),
  /** First day off, weekends included as announced. */
  from: CalendarDateSchema,
  /** Last day off (inclusive). */
  to: CalendarDateSchema,
  /** Days of the break announced as substitute days (nghỉ bù), when the source says so. */
  substitutes: z.array(CalendarDateSchema).optional(),
  /** The document, when it is not the row's. */
  source: z.string().min(1).optional(),
  /** How sure this break is, when it differs from the row. */
  confidence: ConfidenceSchema.optional(),
});

const MakeUpDaySchema = z.strictObject({
  /** The rest day worked (ngày làm bù), usually a Saturday. */
  date: CalendarDateSchema,
  /** The weekday given off in exchange (ngày được hoán đổi), inside a break. */
  replaces: CalendarDateSchema,
  /** The document, when it is not the row's. */
  source: z.string().min(1).optional(),
  /** How sure, when it differs from the row. */
  confidence: ConfidenceSchema.optional(),
});

function holidayAnchor(holiday: HolidayId, year: number): CalendarDate {
  switch (holiday) {
    case "new-year":
      return calendarDate(year, 1, 1);
    case "tet":
      return lunarDates(year).tet;
    case "hung-kings":
      return lunarDates(year).hungKings;
    case "victory-day":
      return calendarDate(year, 4, 30);
    case "labour-day":
      return calendarDate(year, 5, 1);
    case "national-day":
      return calendarDate(year, 9, 2);
  }
}

/**
 * The statutory date of a holiday in a year: 1/1, Tết (1/1 lunar), Giỗ Tổ (10/3 lunar), 30/4, 1/5, 2/9.
 *
 * @throws InvalidInputError (`lunar.outside-table`) for the lunar holidays outside the lunar table.
 * @example
 * ```ts
 * holidayDate("tet", 2027); //=> "2027-02-06"
 * holidayDate("national-day", 2026); //=> "2026-09-02"
 * ```
 */
export function holidayDate(holiday: HolidayId, year: number): CalendarDate {
  if (typeof holiday !== "string" || !(HOLIDAY_IDS as readonly string[]).includes(holiday)) {
    throw rangeError(
      "argument.one-of",
      { path: "holiday", values: [...HOLIDAY_IDS], value: shown(holiday) },
      ["holiday"],
    );
  }
  if (typeof year !== "number" || !Number.isInteger(year)) {
    throw rangeError("argument.type", { path: "year", expected: "integer", received: shown(year) }, ["year"]);
  }
  return holidayAnchor(holiday, year);
}

const within = (d: string, from: string, to: string): boolean => from <= d && d <= to;
const isWeekend = (d: string): boolean => dayOfWeek(d) >= 6;

/**
 * One announced break as written in a decision row.
 *
 * @example
 * ```ts
 * const b: HolidayBreakInput = { holidays: ["victory-day", "labour-day"], from: "2025-04-30", to: "2025-05-04" };
 * ```
 */
export interface HolidayBreakInput {
  /** The holidays the break is for (one break may serve several, e.g. 30/4 and 1/5). */
  readonly holidays: readonly HolidayId[];
  /** First day off (YYYY-MM-DD), weekends included as announced. */
  readonly from: string;
  /** Last day off (inclusive). */
  readonly to: string;
  /** Days of the break announced as substitute days (nghỉ bù), when the source says so. */
  readonly substitutes?: readonly string[] | undefined;
  /** The document, when it is not the row's. */
  readonly source?: string | undefined;
  /** How sure this break is, when it differs from the row. */
  readonly confidence?: Confidence | undefined;
}

/**
 * A make-up working day as written in a decision row.
 *
 * @example
 * ```ts
 * const m: MakeUpDayInput = { date: "2025-04-26", replaces: "2025-05-02" };
 * ```
 */
export interface MakeUpDayInput {
  /** The rest day worked (ngày làm bù), usually a Saturday. */
  readonly date: string;
  /** The weekday given off in exchange (ngày được hoán đổi), inside a break. */
  readonly replaces: string;
  /** The document, when it is not the row's. */
  readonly source?: string | undefined;
  /** How sure, when it differs from the row. */
  readonly confidence?: Confidence | undefined;
}

/**
 * A row of the holiday-decision table as written (optional fields may be left out).
 *
 * @example
 * ```ts
 * const row: HolidayDecisionInput = {
 *   year: 2026, source: "Thông báo 9441/TB-BNV (2025-10-16)", confidence: "confirmed",
 *   breaks: [{ holidays: ["tet"], from: "2026-02-14", to: "2026-02-22" }],
 *   makeUpWorkingDays: [],
 * };
 * ```
 */
export interface HolidayDecisionInput {
  /** The year whose holidays the row fixes (2000–2100). */
  readonly year: number;
  /** The announced breaks (kỳ nghỉ), weekends included. */
  readonly breaks: readonly HolidayBreakInput[];
  /** The rest days worked in exchange for swapped weekdays. */
  readonly makeUpWorkingDays: readonly MakeUpDayInput[];
  /** The main source document (Thông báo, Công văn …) with its number and date. */
  readonly source: string;
  /** How sure the row is. */
  readonly confidence: Confidence;
}

/**
 * The zod schema of one row of the holiday-decision table. Besides the shape it checks that each break lies in
 * its year (a New Year break may start in the previous December), contains the date of every holiday it names,
 * that announced substitute days lie in their break, that each make-up day is a Saturday or Sunday outside the
 * breaks and that the weekday it replaces is inside one.
 *
 * @example
 * ```ts
 * HolidayDecisionSchema.safeParse({
 *   year: 2027, source: "Thông báo …/TB-BNV", confidence: "confirmed", makeUpWorkingDays: [],
 *   breaks: [{ holidays: ["tet"], from: "2027-02-04", to: "2027-02-10" }],
 * }).success; //=> true
 * ```
 */
export const HolidayDecisionSchema: z.ZodType<HolidayDecisionInput, HolidayDecisionInput> = z
  .strictObject({
    /** The year whose holidays the row fixes. */
    year: z.int().min(HOLIDAY_CALENDAR_YEARS.first).max(HOLIDAY_CALENDAR_YEARS.last),
    /** The announced breaks (kỳ nghỉ), weekends included. */
    breaks: z.array(HolidayBreakSchema),
    /** The rest days worked in exchange for swapped weekdays. */
    makeUpWorkingDays: z.array(MakeUpDaySchema),
    /** The main source document (Thông báo, Công văn …) with its number and date. */
    source: z.string().min(1),
    /** How sure the row is. */
    confidence: ConfidenceSchema,
  })
  .superRefine((row, ctx) => {
    // A date that failed its own check is already reported; the cross-field checks need real dates.
    const dates = [
      ...row.breaks.flatMap((b) => [b.from, b.to, ...(b.substitutes ?? [])]),
      ...row.makeUpWorkingDays.flatMap((m) => [m.date, m.replaces]),
    ];
    if (!dates.every(isCalendarDate)) return;
    const { year } = row;
    // A year outside the table is reported by its own check; the checks below need a year the table covers.
    if (!Number.isInteger(year) || year < HOLIDAY_CALENDAR_YEARS.first || year > HOLIDAY_CALENDAR_YEARS.last)
      return;
    const earliest = calendarDate(year - 1, 12, 1);
    row.breaks.forEach((b, i) => {
      if (compareDates(b.from, b.to) > 0) {
        addZodIssue(ctx, "date.range-reversed", { from: b.from, to: b.to }, ["breaks", i, "to"]);
        return;
      }
      if (b.from < earliest || dateParts(b.to).year !== year) {
        addZodIssue(ctx, "holiday-decision.break-outside-year", { from: b.from, to: b.to, year }, [
          "breaks",
          i,
        ]);
        return;
      }
      for (const holiday of b.holidays) {
        const date = holidayAnchor(holiday, year);
        if (!within(date, b.from, b.to)) {
          addZodIssue(
            ctx,
            "holiday-decision.break-misses-holiday",
            { holiday, date, from: b.from, to: b.to },
            ["breaks", i, "holidays"],
          );
        }
      }
      (b.substitutes ?? []).forEach((s, j) => {
        if (!within(s, b.from, b.to)) {
          addZodIssue(ctx, "holiday-decision.substitute-outside-break", { date: s, from: b.from, to: b.to }, [
            "breaks",
            i,
            "substitutes",
            j,
          ]);
        }
      });
    });
    const inBreak = (d: string) => row.breaks.some((b) => b.from <= b.to && within(d, b.from, b.to));
    // The statutory dates of the row's year: a make-up working day cannot be a public holiday (H2).
    const statutory = new Set(HOLIDAY_IDS.map((h) => holidayAnchor(h, year)));
    row.makeUpWorkingDays.forEach((m, i) => {
      const madeUpIn = dateParts(m.date).year;
      if (madeUpIn < year - 1 || madeUpIn > year + 1) {
        addZodIssue(ctx, "holiday-decision.make-up-outside-years", { date: m.date, year }, [
          "makeUpWorkingDays",
          i,
          "date",
        ]);
      } else if (statutory.has(m.date)) {
        addZodIssue(ctx, "holiday-decision.make-up-on-holiday", { date: m.date }, [
          "makeUpWorkingDays",
          i,
          "date",
        ]);
      } else if (!isWeekend(m.date) || inBreak(m.date)) {
        addZodIssue(ctx, "holiday-decision.make-up-not-rest-day", { date: m.date }, [
          "makeUpWorkingDays",
          i,
          "date",
        ]);
      }
      if (isWeekend(m.replaces) || !inBreak(m.replaces)) {
        addZodIssue(ctx, "holiday-decision.swap-outside-break", { date: m.replaces }, [
          "makeUpWorkingDays",
          i,
          "replaces",
        ]);
      }
    });
  });

/**
 * One announced break of a year, with its source and confidence resolved (a break's own, else the row's).
 *
 * @example
 * ```ts
 * const b: HolidayBreak = {
 *   holidays: ["tet"], from: "2026-02-14", to: "2026-02-22", substitutes: [],
 *   source: "Thông báo 9441/TB-BNV (2025-10-16)", confidence: "confirmed",
 * };
 * ```
 */
export interface HolidayBreak {
  /** The holidays the break is for. */
  readonly holidays: readonly HolidayId[];
  /** First day off. */
  readonly from: CalendarDate;
  /** Last day off (inclusive). */
  readonly to: CalendarDate;
  /** Days of the break announced as substitute days (nghỉ bù); empty when the source does not say. */
  readonly substitutes: readonly CalendarDate[];
  /** The source document. */
  readonly source: string;
  /** How sure. */
  readonly confidence: Confidence;
}

/**
 * A rest day worked in exchange for a weekday off (làm bù), with source and confidence resolved.
 *
 * @example
 * ```ts
 * const m: MakeUpDay = {
 *   date: "2026-01-10", replaces: "2026-01-02", source: "Công văn 12729/VPCP-KGVX (2025-12-25)", confidence: "confirmed",
 * };
 * ```
 */
export interface MakeUpDay {
  /** The day worked. */
  readonly date: CalendarDate;
  /** The weekday given off in exchange. */
  readonly replaces: CalendarDate;
  /** The source document. */
  readonly source: string;
  /** How sure. */
  readonly confidence: Confidence;
}

/**
 * One row of the holiday-decision table, checked and resolved.
 *
 * @example
 * ```ts
 * OFFICIAL_HOLIDAY_DECISIONS.find((d) => d.year === 2026)?.makeUpWorkingDays.map((m) => m.date);
 * //=> ["2026-01-10", "2026-08-22"]
 * ```
 */
export interface HolidayDecision {
  /** The year whose holidays the row fixes. */
  readonly year: number;
  /** The announced breaks, sorted by first day. */
  readonly breaks: readonly HolidayBreak[];
  /** The make-up working days, sorted. */
  readonly makeUpWorkingDays: readonly MakeUpDay[];
  /** The main source document. */
  readonly source: string;
  /** How sure the row is as a whole; parts may be weaker (see each break and make-up day). */
  readonly confidence: Confidence;
}

/**
 * Resolves a row already checked by {@link HolidayDecisionSchema}: fills in each part's source and confidence from
 * the row, sorts, and freezes.
 *
 * @internal
 */
export function resolveDecision(row: HolidayDecisionInput): HolidayDecision {
  const breaks = row.breaks
    .map(
      (b): HolidayBreak =>
        Object.freeze({
          holidays: Object.freeze([...b.holidays]),
          from: b.from as CalendarDate,
          to: b.to as CalendarDate,
          substitutes: Object.freeze([...(b.substitutes ?? [])].sort() as CalendarDate[]),
          source: b.source ?? row.source,
          confidence: b.confidence ?? row.confidence,
        }),
    )
    .sort((a, b) => compareDates(a.from, b.from));
  const makeUpWorkingDays = row.makeUpWorkingDays
    .map(
      (m): MakeUpDay =>
        Object.freeze({
          date: m.date as CalendarDate,
          replaces: m.replaces as CalendarDate,
          source: m.source ?? row.source,
          confidence: m.confidence ?? row.confidence,
        }),
    )
    .sort((a, b) => compareDates(a.date, b.date));
  return Object.freeze({
    year: row.year,
    breaks: Object.freeze(breaks),
    makeUpWorkingDays: Object.freeze(makeUpWorkingDays),
    source: row.source,
    confidence: row.confidence,
  });
}

const LAW_NEW_YEAR = "45/2019/QH14, Điều 112(1)(a), 111(3)";

// Transcribed from shared/data/vn-holiday-schedules.md (press copies of the government's letters and the
// ministry's notices). A row's confidence is that of its main decision, the one fixing the days the law leaves to
// the Prime Minister (Tết, the second National Day day); parts known only from secondary sources are marked weak.
const ROWS: readonly HolidayDecisionInput[] = [
  {
    year: 2021,
    source: "Thông báo 4875/TB-LĐTBXH",
    confidence: "confirmed",
    breaks: [
      { holidays: ["new-year"], from: "2021-01-01", to: "2021-01-03", source: LAW_NEW_YEAR },
      { holidays: ["tet"], from: "2021-02-10", to: "2021-02-16", substitutes: ["2021-02-15", "2021-02-16"] },
      { holidays: ["hung-kings"], from: "2021-04-21", to: "2021-04-21" },
      {
        holidays: ["victory-day", "labour-day"],
        from: "2021-04-30",
        to: "2021-05-03",
        substitutes: ["2021-05-03"],
      },
      { holidays: ["national-day"], from: "2021-09-02", to: "2021-09-05" },
    ],
    makeUpWorkingDays: [],
  },
  {
    year: 2022,
    source: "Công văn 245/VPCP-KGVX (2022-01-11)",
    confidence: "confirmed",
    breaks: [
      { holidays: ["new-year"], from: "2022-01-01", to: "2022-01-03", substitutes: ["2022-01-03"] },
      { holidays: ["tet"], from: "2022-01-29", to: "2022-02-06" },
      { holidays: ["hung-kings"], from: "2022-04-09", to: "2022-04-11", substitutes: ["2022-04-11"] },
      {
        holidays: ["victory-day", "labour-day"],
        from: "2022-04-30",
        to: "2022-05-03",
        substitutes: ["2022-05-02", "2022-05-03"],
      },
      { holidays: ["national-day"], from: "2022-09-01", to: "2022-09-04" },
    ],
    makeUpWorkingDays: [],
  },
  {
    year: 2023,
    source: "Công văn 8056/VPCP-KGVX (2022-12-01)",
    confidence: "confirmed",
    breaks: [
      {
        holidays: ["new-year"],
        from: "2022-12-31",
        to: "2023-01-02",
        substitutes: ["2023-01-02"],
        source: LAW_NEW_YEAR,
        confidence: "weak",
      },
      // “… nghỉ bù” (the notice): 25–26/1 replace the Tết days that fell on the weekend.
      { holidays: ["tet"], from: "2023-01-20", to: "2023-01-26", substitutes: ["2023-01-25", "2023-01-26"] },
      {
        holidays: ["hung-kings", "victory-day", "labour-day"],
        from: "2023-04-29",
        to: "2023-05-03",
        substitutes: ["2023-05-02", "2023-05-03"],
        source: "45/2019/QH14, Điều 112(1), 111(3)",
        confidence: "weak",
      },
      { holidays: ["national-day"], from: "2023-09-01", to: "2023-09-04", substitutes: ["2023-09-04"] },
    ],
    makeUpWorkingDays: [],
  },
  {
    year: 2024,
    source: "Thông báo 5015/TB-LĐTBXH (2023-11-22), after Công văn 8662/VPCP-KGVX (2023-11-03)",
    confidence: "confirmed",
    breaks: [
      { holidays: ["new-year"], from: "2023-12-30", to: "2024-01-01" },
      // “5 ngày nghỉ Tết âm lịch và 2 ngày nghỉ bù” (the notice): 13–14/2 are substitute days.
      { holidays: ["tet"], from: "2024-02-08", to: "2024-02-14", substitutes: ["2024-02-13", "2024-02-14"] },
      { holidays: ["hung-kings"], from: "2024-04-18", to: "2024-04-18" },
      {
        holidays: ["victory-day", "labour-day"],
        from: "2024-04-27",
        to: "2024-05-01",
        source: "Công văn 2450/VPCP-KGVX (2024-04-12)",
      },
      { holidays: ["national-day"], from: "2024-08-31", to: "2024-09-03" },
    ],
    makeUpWorkingDays: [
      {
        date: "2024-05-04",
        replaces: "2024-04-29",
        source: "Công văn 2450/VPCP-KGVX (2024-04-12)",
        confidence: "weak",
      },
    ],
  },
  {
    year: 2025,
    source: "Thông báo 6150/TB-LĐTBXH, after Công văn 8726/VPCP-KGVX (2024-11-26)",
    confidence: "confirmed",
    breaks: [
      {
        holidays: ["new-year"],
        from: "2025-01-01",
        to: "2025-01-01",
        source: LAW_NEW_YEAR,
        confidence: "weak",
      },
      { holidays: ["tet"], from: "2025-01-25", to: "2025-02-02" },
      { holidays: ["hung-kings"], from: "2025-04-05", to: "2025-04-07" },
      { holidays: ["victory-day", "labour-day"], from: "2025-04-30", to: "2025-05-04" },
      { holidays: ["national-day"], from: "2025-08-30", to: "2025-09-02" },
    ],
    makeUpWorkingDays: [{ date: "2025-04-26", replaces: "2025-05-02" }],
  },
  {
    year: 2026,
    source: "Thông báo 9441/TB-BNV (2025-10-16)",
    confidence: "confirmed",
    breaks: [
      {
        holidays: ["new-year"],
        from: "2026-01-01",
        to: "2026-01-04",
        source: "Công văn 12729/VPCP-KGVX (2025-12-25)",
      },
      { holidays: ["tet"], from: "2026-02-14", to: "2026-02-22" },
      { holidays: ["hung-kings"], from: "2026-04-25", to: "2026-04-27", substitutes: ["2026-04-27"] },
      { holidays: ["victory-day", "labour-day"], from: "2026-04-30", to: "2026-05-03" },
      { holidays: ["national-day"], from: "2026-08-29", to: "2026-09-02" },
    ],
    makeUpWorkingDays: [
      { date: "2026-01-10", replaces: "2026-01-02", source: "Công văn 12729/VPCP-KGVX (2025-12-25)" },
      { date: "2026-08-22", replaces: "2026-08-31" },
    ],
  },
];

/**
 * The announced holiday decisions 2021–2026, checked and resolved: the first rows of the table, which a caller
 * extends with {@link withDecisions} when a new year is announced. Every row states its source and confidence.
 *
 * @example
 * ```ts
 * OFFICIAL_HOLIDAY_DECISIONS.map((d) => d.year); //=> [2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 */
export const OFFICIAL_HOLIDAY_DECISIONS: readonly HolidayDecision[] = Object.freeze(
  ROWS.map((row) => resolveDecision(HolidayDecisionSchema.parse(row))),
);
