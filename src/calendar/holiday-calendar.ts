/**
 * A holiday calendar: the rules of law plus the table of the Prime Minister's yearly decisions, passed as a value
 * to every function that needs working days (no global registry).
 *
 * For each year and each holiday, a decision row that names the holiday wins; otherwise the days come from the
 * rules in force on the holiday's date, with the calendar's settings for what the law leaves open:
 *
 * - **Tết** (5 days since 2013-05-01): `tetDaysBeforeNewYear` of the old lunar year and the rest in the new one.
 *   Default 2 (the last two days of the old year and mùng 1–3): with substitute days it gives the same weekdays
 *   off as every decision of 2021–2026, where 1 (the eve and mùng 1–4) would miss 2021, 2023, 2024 and 2025.
 *   Under the 1994 code (4 days) the law itself says the eve and mùng 1–3.
 * - **The second National Day day** (since 2021): `nationalDayAdjacent`. Default `"bridge"`: the day after 2/9
 *   when 2/9 is a Monday, Thursday or Sunday, the day before otherwise, which joins the break to a weekend and
 *   reproduces every decision of 2021–2026.
 * - **Substitute days** (nghỉ bù, LC 2019 art. 111(3)): a holiday on a Saturday or Sunday gives the next working day
 *   off that is not already a holiday or substitute.
 *
 * @module
 */
import * as z from "zod";
import { HolidayCalendarError, InvalidInputError } from "../errors/errors.js";
import { fromZodIssues, makeIssue, type ValidationIssue } from "../i18n/issues.js";
import type { Bilingual } from "../i18n/locale.js";
import {
  type CalendarDate,
  calendarDate,
  dateParts,
  dayNumber,
  fromDayNumber,
  isoWeekday,
} from "./calendar-date.js";
import { rangeError, shown } from "./errors.js";
import {
  type Confidence,
  HOLIDAY_CALENDAR_YEARS,
  type HolidayBreak,
  type HolidayDecision,
  type HolidayDecisionInput,
  HolidayDecisionSchema,
  holidayDate,
  type MakeUpDay,
  OFFICIAL_HOLIDAY_DECISIONS,
  resolveDecision,
} from "./holiday-decisions.js";
import {
  HOLIDAY_IDS,
  HOLIDAY_NAMES,
  HOLIDAY_RULES,
  type HolidayId,
  SUBSTITUTE_RULES,
} from "./holiday-rules.js";

/**
 * The choices the law leaves open for years without a decision row (see the module notes).
 *
 * @example
 * ```ts
 * const s: HolidayRuleSettings = { tetDaysBeforeNewYear: 2, nationalDayAdjacent: "bridge" };
 * ```
 */
export interface HolidayRuleSettings {
  /** Of the five Tết days, how many fall before mùng 1 (1 or 2). Default 2. */
  readonly tetDaysBeforeNewYear: 1 | 2;
  /** Which day joins 2/9: `"bridge"` (towards the weekend; default), always `"before"`, or always `"after"`. */
  readonly nationalDayAdjacent: "bridge" | "before" | "after";
}

/**
 * A holiday calendar: the decision table (sorted by year, one row per year) and the settings for rule-derived
 * years. Build it with {@link holidayCalendar} or {@link withDecisions}; it is a plain frozen object.
 *
 * @example
 * ```ts
 * const cal: HolidayCalendar = holidayCalendar();
 * cal.decisions.length; //=> 6
 * ```
 */
export interface HolidayCalendar {
  /** The decision rows, one per year, sorted by year. */
  readonly decisions: readonly HolidayDecision[];
  /** The settings for years (or holidays) without a decision. */
  readonly settings: HolidayRuleSettings;
}

/**
 * The default settings: Tết as 2 days before mùng 1 and 3 from it; the second National Day day as a bridge.
 *
 * @example
 * ```ts
 * DEFAULT_HOLIDAY_RULE_SETTINGS.tetDaysBeforeNewYear; //=> 2
 * ```
 */
export const DEFAULT_HOLIDAY_RULE_SETTINGS: HolidayRuleSettings = Object.freeze({
  tetDaysBeforeNewYear: 2,
  nationalDayAdjacent: "bridge",
});

const SettingsSchema = z.strictObject({
  tetDaysBeforeNewYear: z.union([z.literal(1), z.literal(2)]).optional(),
  nationalDayAdjacent: z.enum(["bridge", "before", "after"]).optional(),
});

/**
 * The result of {@link safeHolidayCalendar}: the calendar, or the issues found.
 *
 * @example
 * ```ts
 * const r: SafeHolidayCalendarResult = safeHolidayCalendar();
 * if (r.success) r.calendar.decisions.length; //=> 6
 * ```
 */
export type SafeHolidayCalendarResult =
  | {
      /** The rows and settings are valid. */
      readonly success: true;
      /** The calendar built from them. */
      readonly calendar: HolidayCalendar;
    }
  | {
      /** Something is invalid. */
      readonly success: false;
      /** What, where, in Vietnamese and English. */
      readonly issues: readonly ValidationIssue[];
    };

/**
 * Checks decision rows and settings and builds a holiday calendar, returning the issues instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeHolidayCalendar([...OFFICIAL_HOLIDAY_DECISIONS, { year: 2026, breaks: [], makeUpWorkingDays: [], source: "x", confidence: "weak" }]);
 * r.success; //=> false (2026 twice: "holiday-decision.duplicate-year")
 * ```
 */
export function safeHolidayCalendar(
  decisions: readonly HolidayDecisionInput[] = OFFICIAL_HOLIDAY_DECISIONS,
  settings: Partial<HolidayRuleSettings> = {},
): SafeHolidayCalendarResult {
  const issues: ValidationIssue[] = [];
  const rows: HolidayDecision[] = [];
  const seen = new Map<number, number>();
  const list: readonly unknown[] = Array.isArray(decisions) ? decisions : [];
  if (!Array.isArray(decisions)) {
    issues.push(
      makeIssue("argument.type", ["decisions"], {
        path: "decisions",
        expected: "array",
        received: shown(decisions),
      }),
    );
  }
  for (let i = 0; i < list.length; i++) {
    const input = list[i];
    const parsed = HolidayDecisionSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of fromZodIssues(parsed.error.issues)) {
        issues.push({ ...issue, path: ["decisions", i, ...issue.path] });
      }
      continue;
    }
    const year = parsed.data.year;
    if (seen.has(year)) {
      issues.push(makeIssue("holiday-decision.duplicate-year", ["decisions", i, "year"], { year }));
      continue;
    }
    seen.set(year, i);
    rows.push(resolveDecision(parsed.data));
  }
  const s = SettingsSchema.safeParse(settings ?? {});
  if (!s.success) {
    for (const issue of fromZodIssues(s.error.issues))
      issues.push({ ...issue, path: ["settings", ...issue.path] });
  }
  if (issues.length > 0 || !s.success) return { success: false, issues };
  rows.sort((a, b) => a.year - b.year);
  const calendar: HolidayCalendar = {
    decisions: Object.freeze(rows),
    settings: Object.freeze({
      tetDaysBeforeNewYear: s.data.tetDaysBeforeNewYear ?? DEFAULT_HOLIDAY_RULE_SETTINGS.tetDaysBeforeNewYear,
      nationalDayAdjacent: s.data.nationalDayAdjacent ?? DEFAULT_HOLIDAY_RULE_SETTINGS.nationalDayAdjacent,
    }),
  };
  // A hidden, registered brand: functions that take a calendar trust one built here (by any build).
  Object.defineProperty(calendar, CALENDAR_BRAND, { value: true, enumerable: false });
  Object.freeze(calendar);
  return { success: true, calendar };
}

/**
 * Builds a holiday calendar from decision rows (default: {@link OFFICIAL_HOLIDAY_DECISIONS}) and settings for
 * the rule-derived years.
 *
 * @throws HolidayCalendarError when a row or setting is invalid, or a year appears twice.
 * @example
 * ```ts
 * const cal = holidayCalendar(OFFICIAL_HOLIDAY_DECISIONS, { tetDaysBeforeNewYear: 1 });
 * ```
 */
export function holidayCalendar(
  decisions: readonly HolidayDecisionInput[] = OFFICIAL_HOLIDAY_DECISIONS,
  settings: Partial<HolidayRuleSettings> = {},
): HolidayCalendar {
  const r = safeHolidayCalendar(decisions, settings);
  if (!r.success) throw new HolidayCalendarError(r.issues);
  return r.calendar;
}

/**
 * A new calendar with more decision rows, for years announced after this library was published. A row for a year
 * the calendar already has replaces it (to correct or confirm a row); the same year twice in `rows` is an error.
 *
 * @throws HolidayCalendarError when a row is invalid.
 * @example
 * ```ts
 * // Once the 2027 decision is out (the days below are an illustration, not the decision):
 * const cal = withDecisions(DEFAULT_HOLIDAY_CALENDAR, [{
 *   year: 2027, source: "Thông báo …/TB-BNV", confidence: "confirmed",
 *   breaks: [{ holidays: ["tet"], from: "2027-02-04", to: "2027-02-10" }], makeUpWorkingDays: [],
 * }]);
 * holidayYearStatus(2027, cal).status; //=> "confirmed"
 * ```
 */
export function withDecisions(
  calendar: HolidayCalendar,
  rows: readonly HolidayDecisionInput[],
): HolidayCalendar {
  const base = requireCalendar(calendar, ["calendar"]);
  if (!Array.isArray(rows)) {
    throw new HolidayCalendarError([
      makeIssue("argument.type", ["rows"], { path: "rows", expected: "array", received: shown(rows) }),
    ]);
  }
  const replaced = new Set(
    rows.map((r: unknown) =>
      typeof r === "object" && r !== null ? (r as { year?: unknown }).year : undefined,
    ),
  );
  return holidayCalendar([...base.decisions.filter((d) => !replaced.has(d.year)), ...rows], base.settings);
}

const CALENDAR_BRAND = Symbol.for("vn-women-leadership.holiday-calendar");

/**
 * The calendar to use for a value passed as one: a calendar made by `holidayCalendar` (of any build) as it is;
 * any other object with `decisions` and `settings` is checked as `holidayCalendar` checks them.
 *
 * @throws InvalidInputError when the value is not a calendar, or its rows or settings are not valid.
 * @internal
 */
export function requireCalendar(value: unknown, path: readonly (string | number)[]): HolidayCalendar {
  if (
    typeof value === "object" &&
    value !== null &&
    (value as Record<symbol, unknown>)[CALENDAR_BRAND] === true
  ) {
    return value as HolidayCalendar;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw rangeError(
      "argument.type",
      { path: path.join("."), expected: "object", received: shown(value) },
      path,
    );
  }
  const v = value as { decisions?: unknown; settings?: unknown };
  // An object without decisions is not a calendar (`{}` would otherwise read as one with no announced day).
  if (v.decisions === undefined)
    throw rangeError("argument.required", { path: [...path, "decisions"].join(".") }, [...path, "decisions"]);
  const r = safeHolidayCalendar(v.decisions as never, v.settings as never);
  if (r.success) return r.calendar;
  throw new InvalidInputError(r.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
}

/**
 * The calendar built from the rules and {@link OFFICIAL_HOLIDAY_DECISIONS} with the default settings: the default
 * of every function that takes a `calendar`.
 *
 * @example
 * ```ts
 * holidayYearStatus(2026).status; //=> "confirmed"
 * ```
 */
export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = holidayCalendar();

/**
 * Where a day off comes from: a rule of law (with the reading used for what the law leaves open) or a decision
 * row of the table.
 *
 * @example
 * ```ts
 * const s: HolidaySource = { kind: "rule", document: "45/2019/QH14", clause: "112(1)(b)", reading: "tet-2-before" };
 * ```
 */
export type HolidaySource =
  | {
      /** A rule of law. */
      readonly kind: "rule";
      /** The law, by number. */
      readonly document: string;
      /** The article, clause and point. */
      readonly clause: string;
      /** The setting applied (`tet-2-before`, `national-day-after`, …) or `null` when the law fixes the day. */
      readonly reading: string | null;
    }
  | {
      /** A row of the decision table. */
      readonly kind: "decision";
      /** The announcing document (the break's or make-up day's own, else the row's). */
      readonly document: string;
      /** The row's year. */
      readonly year: number;
      /** How sure this day is. */
      readonly confidence: Confidence;
    };

/**
 * What a day off is: a statutory `holiday`, a `substitute` day (nghỉ bù), a `swapped` weekday (hoán đổi, made up
 * on a rest day), or a day of an announced `break` that the source does not classify further (weekends included).
 *
 * @example
 * ```ts
 * const k: HolidayKind = "substitute";
 * ```
 */
export type HolidayKind = "holiday" | "substitute" | "swapped" | "break";

/**
 * One day off of a year, with its names and source.
 *
 * @example
 * ```ts
 * holidaysIn(2027).find((h) => h.date === "2027-05-03");
 * //=> { date: "2027-05-03", dayOfWeek: 1, holidays: ["labour-day"], kind: "substitute", name: { vi: "Nghỉ bù Ngày Quốc tế lao động", … }, source: { kind: "rule", document: "45/2019/QH14", clause: "111(3)", reading: null } }
 * ```
 */
export interface HolidayDay {
  /** The day off. */
  readonly date: CalendarDate;
  /** ISO day of the week, 1 = Monday … 7 = Sunday. */
  readonly dayOfWeek: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** The holidays it belongs to. */
  readonly holidays: readonly HolidayId[];
  /** What it is. */
  readonly kind: HolidayKind;
  /** Its name in Vietnamese and English. */
  readonly name: Bilingual;
  /** Where it comes from. */
  readonly source: HolidaySource;
}

/**
 * Whether a year's holidays are `confirmed` or `weak` (from a decision row, by the row's confidence) or
 * `rule-derived` (no row), with the holidays taken from the rules, the weak parts and the make-up days.
 *
 * @example
 * ```ts
 * const s: HolidayYearStatus = holidayYearStatus(2027);
 * s.status; //=> "rule-derived"
 * ```
 */
export interface HolidayYearStatus {
  /** The year. */
  readonly year: number;
  /** `confirmed` / `weak` from the table, or `rule-derived`. */
  readonly status: Confidence | "rule-derived";
  /** The decision row's main source, or `null` when rule-derived. */
  readonly source: string | null;
  /** The holidays in force that year whose days come from the rules (all of them when rule-derived). */
  readonly ruleDerived: readonly HolidayId[];
  /** Breaks of the row known from secondary sources only. */
  readonly weakBreaks: readonly HolidayBreak[];
  /** Make-up days of the row known from secondary sources only. */
  readonly weakMakeUpDays: readonly MakeUpDay[];
  /** The rest days worked that year (ngày làm bù). */
  readonly makeUpWorkingDays: readonly MakeUpDay[];
}

function checkYear(year: unknown): void {
  if (typeof year !== "number" || !Number.isInteger(year)) {
    throw rangeError("argument.type", { path: "year", expected: "integer", received: shown(year) }, ["year"]);
  }
  if (year < HOLIDAY_CALENDAR_YEARS.first || year > HOLIDAY_CALENDAR_YEARS.last) {
    throw rangeError(
      "holidays.outside-coverage",
      { value: String(year), first: HOLIDAY_CALENDAR_YEARS.first, last: HOLIDAY_CALENDAR_YEARS.last },
      ["year"],
    );
  }
}

const inForce = (date: string, from: string, to: string | null) =>
  from <= date && (to === null || date <= to);

const joinNames = (ids: readonly HolidayId[]): Bilingual => ({
  vi: ids.map((h) => HOLIDAY_NAMES[h].vi).join(" và "),
  en: ids.map((h) => HOLIDAY_NAMES[h].en).join(" and "),
});

const substituteName = (ids: readonly HolidayId[]): Bilingual => {
  const n = joinNames(ids);
  return { vi: `Nghỉ bù ${n.vi}`, en: `Substitute day for ${n.en}` };
};

function day(
  n: number,
  holidays: readonly HolidayId[],
  kind: HolidayKind,
  name: Bilingual,
  source: HolidaySource,
): HolidayDay {
  return {
    date: fromDayNumber(n),
    dayOfWeek: isoWeekday(n),
    holidays: [...holidays],
    kind,
    // Copies, so that no two results share an object a caller might change.
    name: { ...name },
    source: { ...source },
  };
}

function decisionFor(calendar: HolidayCalendar, year: number): HolidayDecision | undefined {
  return calendar.decisions.find((d) => d.year === year);
}

function decisionDays(row: HolidayDecision): HolidayDay[] {
  const swapped = new Map(row.makeUpWorkingDays.map((m) => [m.replaces, m]));
  const out: HolidayDay[] = [];
  const seen = new Set<number>();
  for (const b of row.breaks) {
    const subs = new Set<string>(b.substitutes);
    for (let n = dayNumber(b.from); n <= dayNumber(b.to); n++) {
      if (seen.has(n)) continue;
      seen.add(n);
      const date = fromDayNumber(n);
      const swap = swapped.get(date);
      const names = joinNames(b.holidays);
      const source: HolidaySource = {
        kind: "decision",
        document: swap?.source ?? b.source,
        year: row.year,
        confidence: swap !== undefined && swap.confidence === "weak" ? "weak" : b.confidence,
      };
      if (swap !== undefined) {
        out.push(
          day(
            n,
            b.holidays,
            "swapped",
            {
              vi: `Nghỉ hoán đổi (${names.vi}; làm bù ngày ${swap.date})`,
              en: `Swapped day off (${names.en}; made up on ${swap.date})`,
            },
            source,
          ),
        );
      } else if (subs.has(date)) {
        out.push(day(n, b.holidays, "substitute", substituteName(b.holidays), source));
      } else {
        out.push(day(n, b.holidays, "break", names, source));
      }
    }
  }
  return out;
}

interface RuleHoliday {
  readonly holiday: HolidayId;
  readonly days: readonly number[];
  readonly document: string;
  readonly clause: string;
  readonly reading: string | null;
}

function ruleHolidays(year: number, settings: HolidayRuleSettings): RuleHoliday[] {
  const out: RuleHoliday[] = [];
  for (const holiday of HOLIDAY_IDS) {
    const anchorDate = holidayDate(holiday, year);
    const rule = HOLIDAY_RULES.find(
      (r) => r.holiday === holiday && inForce(anchorDate, r.validFrom, r.validTo),
    );
    if (rule === undefined) continue; // e.g. Giỗ Tổ before 2007
    const anchor = dayNumber(anchorDate);
    let days = [anchor];
    let reading: string | null = null;
    if (holiday === "tet") {
      // 4 days (1994 code): the eve and mùng 1–3, as the law says; 5 days: the setting.
      const before = rule.days === 4 ? 1 : settings.tetDaysBeforeNewYear;
      days = Array.from({ length: rule.days }, (_, i) => anchor - before + i);
      reading = rule.days === 4 ? null : `tet-${before}-before`;
    } else if (holiday === "national-day" && rule.days === 2) {
      const dow = isoWeekday(anchor);
      const side =
        settings.nationalDayAdjacent === "bridge"
          ? dow === 1 || dow === 4 || dow === 7
            ? "after"
            : "before"
          : settings.nationalDayAdjacent;
      days = side === "after" ? [anchor, anchor + 1] : [anchor - 1, anchor];
      reading = `national-day-${side}`;
    }
    out.push({ holiday, days, document: rule.citation.document, clause: rule.citation.clause, reading });
  }
  return out;
}

function compute(calendar: HolidayCalendar, year: number): { days: HolidayDay[]; ruleDerived: HolidayId[] } {
  const row = decisionFor(calendar, year);
  const decided = row === undefined ? [] : decisionDays(row);
  const covered = new Set(row?.breaks.flatMap((b) => b.holidays) ?? []);
  const rules = ruleHolidays(year, calendar.settings).filter((r) => !covered.has(r.holiday));

  const taken = new Set(decided.map((d) => dayNumber(d.date)));
  const out: HolidayDay[] = [...decided];
  const statutory: { n: number; holiday: HolidayId }[] = [];
  for (const r of rules) {
    const source: HolidaySource = {
      kind: "rule",
      document: r.document,
      clause: r.clause,
      reading: r.reading,
    };
    for (const n of r.days) {
      if (taken.has(n)) continue;
      taken.add(n);
      statutory.push({ n, holiday: r.holiday });
      out.push(day(n, [r.holiday], "holiday", HOLIDAY_NAMES[r.holiday], source));
    }
  }
  // Substitute days: in date order, each weekend holiday takes the next weekday not already off.
  statutory.sort((a, b) => a.n - b.n);
  for (const { n, holiday } of statutory) {
    if (isoWeekday(n) < 6) continue;
    let s = n + 1;
    while (isoWeekday(s) >= 6 || taken.has(s)) s++;
    taken.add(s);
    const date = fromDayNumber(n);
    const rule = SUBSTITUTE_RULES.find((r) => inForce(date, r.validFrom, r.validTo));
    // SUBSTITUTE_RULES cover every year from 1995, so `rule` exists for the calendar's years.
    const citation = rule?.citation ?? { document: "45/2019/QH14", clause: "111(3)" };
    out.push(
      day(s, [holiday], "substitute", substituteName([holiday]), {
        kind: "rule",
        document: citation.document,
        clause: citation.clause,
        reading: null,
      }),
    );
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { days: out, ruleDerived: rules.map((r) => r.holiday) };
}

/**
 * Every day off of a year's holidays, sorted: from the year's decision row for the holidays it names, from the
 * rules for the others (statutory days, including those on a weekend, and substitute days). A decision break's
 * days may start in the previous December (New Year).
 *
 * @throws InvalidInputError (`holidays.outside-coverage`) outside {@link HOLIDAY_CALENDAR_YEARS}.
 * @example
 * ```ts
 * holidaysIn(2027).filter((h) => h.holidays.includes("tet")).map((h) => h.date);
 * //=> ["2027-02-04", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10"]
 * ```
 */
export function holidaysIn(year: number, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): HolidayDay[] {
  checkYear(year);
  return compute(requireCalendar(calendar, ["calendar"]), year).days;
}

/**
 * Whether a year's holidays come from a decision row (`confirmed` or `weak`) or from the rules
 * (`rule-derived`), which holidays were derived, and what is weak.
 *
 * @throws InvalidInputError (`holidays.outside-coverage`) outside {@link HOLIDAY_CALENDAR_YEARS}.
 * @example
 * ```ts
 * holidayYearStatus(2026).status; //=> "confirmed"
 * holidayYearStatus(2027).status; //=> "rule-derived"
 * ```
 */
export function holidayYearStatus(
  year: number,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): HolidayYearStatus {
  checkYear(year);
  calendar = requireCalendar(calendar, ["calendar"]);
  const row = decisionFor(calendar, year);
  const { ruleDerived } = compute(calendar, year);
  return {
    year,
    status: row?.confidence ?? "rule-derived",
    source: row?.source ?? null,
    ruleDerived,
    weakBreaks: row?.breaks.filter((b) => b.confidence === "weak") ?? [],
    weakMakeUpDays: row?.makeUpWorkingDays.filter((m) => m.confidence === "weak") ?? [],
    makeUpWorkingDays: row?.makeUpWorkingDays ?? [],
  };
}

/**
 * Days off and make-up days that fall in one Gregorian year, as day numbers (for working-day counting).
 *
 * @internal
 */
export interface YearIndex {
  readonly off: ReadonlySet<number>;
  readonly makeUp: ReadonlySet<number>;
}

/**
 * The days off and make-up days dated in `year`: its own holidays, plus a next-year decision's break that starts
 * in December (rule-derived days never leave their year).
 *
 * @internal
 */
export function yearIndex(calendar: HolidayCalendar, year: number): YearIndex {
  checkYear(year);
  const first = dayNumber(calendarDate(year, 1, 1));
  const last = dayNumber(calendarDate(year, 12, 31));
  const off = new Set<number>();
  const makeUp = new Set<number>();
  const next = decisionFor(calendar, year + 1);
  const days = [...compute(calendar, year).days, ...(next === undefined ? [] : decisionDays(next))];
  for (const d of days) {
    const n = dayNumber(d.date);
    if (n >= first && n <= last) off.add(n);
  }
  // A row's make-up day may fall in the year before or after the row's own (a swap around New Year or Tết): every
  // row that may hold one dated in `year` is read (H1).
  for (const row of [decisionFor(calendar, year - 1), decisionFor(calendar, year), next]) {
    for (const m of row?.makeUpWorkingDays ?? []) {
      if (dateParts(m.date).year === year) makeUp.add(dayNumber(m.date));
    }
  }
  return { off, makeUp };
}
