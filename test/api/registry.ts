// One valid call of every exported function, as a fast-check arbitrary of its arguments: the JSON round-trip and
// hostile-input suites check every entry point from this table, and a meta-test fails when an export has no row.
import fc from "fast-check";
import * as calendar from "../../src/calendar/index.js";
import * as root from "../../src/index.js";
import * as presets from "../../src/presets/index.js";
import { calendarDateIn, dueDay, instantIn, reportingPlan } from "../arbitraries/dates.js";
import { planConfig, shareInput } from "../arbitraries/plan.js";
import { personRecords, tally, unitTallyInput, unitTallyInputs } from "../arbitraries/tally.js";
import { forest } from "../arbitraries/units.js";

/** A row: the arguments of one valid call, or why the function has none here. */
export type Row = fc.Arbitrary<readonly unknown[]> | { readonly skip: string };

const { hungYen53, national2282 } = presets;
const plan = fc.constantFrom(hungYen53, national2282);
const year = fc.integer({ min: 2021, max: 2031 });
const date = calendarDateIn(2000, 2100);
const programmeDate = calendarDateIn(2021, 2031);
const locale = fc.constantFrom("vi" as const, "en" as const);
const rounding = fc.constantFrom("half-up" as const, "half-even" as const, "down" as const, "up" as const);
const decimalOptions = fc.record({ digits: fc.integer({ min: 0, max: 6 }), rounding }, { requiredKeys: [] });
const count = fc.nat({ max: 10_000 });
const womenTotal = fc.tuple(count, count).map(([a, b]) => ({ women: Math.min(a, b), total: Math.max(a, b) }));
const ratio = fc
  .tuple(fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 1000 }))
  .map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) }));
const share = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((p) => `${p}%` as const),
  ratio,
);
const policy = fc.constantFrom(
  { policy: "none" as const },
  { policy: "capAtWorkforceShare" as const },
  { policy: "proportional" as const },
);
const clause = fc.constant(hungYen53.adjustment);
const indicatorId = fc.constantFrom(
  "agencies-with-female-key-leader",
  "women-in-planning-pool",
  "trained-women-in-planning-pool",
);

/** Units and tallies of one province-like set: some units report, some do not. */
export const evaluationInput = forest(15).chain((units) =>
  fc
    .subarray(units)
    .chain((reporting) =>
      fc
        .tuple(...reporting.map((u) => unitTallyInput(fc.constant(u.id))))
        .map((tallies) => ({ units, tallies })),
    ),
);
const evaluateOptions = fc.record(
  {
    year,
    asOf: programmeDate,
    percent: decimalOptions,
    settings: fc.record(
      {
        missingUnits: fc.constantFrom("count-as-not-met" as const, "exclude" as const),
        unitTargetReading: fc.constantFrom(
          "at-least-share" as const,
          "round-half-up" as const,
          "round-down" as const,
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["year", "asOf"] },
);
const evaluation = fc
  .tuple(evaluationInput, evaluateOptions)
  .map(([input, options]) => root.evaluate(hungYen53, input, options));
const annualReport = fc
  .tuple(evaluationInput, evaluateOptions)
  .map(([input, options]) => root.buildAnnualReport(hungYen53, input, options));
const localeOnly = fc.record({ locale }, { requiredKeys: [] });
const deadlines = fc
  .tuple(plan, year, programmeDate)
  .map(([p, y, asOf]) => root.reportingCalendar(p, { from: y - 1, to: y, asOf }));
const patch = fc.constantFrom(
  { id: "bac-ninh-2022", document: { number: "99/KH-UBND" } },
  {
    indicators: [
      {
        id: "agencies-with-female-key-leader",
        milestones: [{ year: 2025, target: "55%", citation: { document: "12/KH-UBND", clause: "I.1.a" } }],
      },
    ],
  },
  { settings: { keyLeaders: "heads-only" as const } },
);
const holidayRows = fc.constant(calendar.OFFICIAL_HOLIDAY_DECISIONS);

/** The root entry point. */
export const ROOT: Readonly<Record<string, Row>> = {
  adaptPlan: fc.tuple(plan, patch),
  tallySql: fc.tuple(
    plan,
    fc.record({
      table: fc.constantFrom("people", ["hr", "people"]),
      columns: fc.constantFrom(
        { unitId: "unit_id", sex: "sex" },
        { unitId: "u", sex: "s", position: "p", keyLeader: "k" },
      ),
      dialect: fc.constantFrom("duckdb" as const, "postgresql" as const, "ansi" as const),
    }),
  ),
  talliesFromRows: fc.constant([
    [
      {
        unit_id: "a",
        key_leaders_women: 1,
        key_leaders_total: 2,
        pool_women: 1,
        pool_total: 3,
        pool_women_trained: 0,
        workforce_women: 4,
        workforce_total: 9,
      },
    ],
  ]),
  readColumnMapping: fc.constant([
    { columns: { unitId: "Mã đơn vị", sex: "Giới tính" }, values: { sex: { Bà: "female" } } },
  ]),
  columnMappingJsonSchema: fc.constant([]),
  annualReportCsv: fc.tuple(annualReport, localeOnly),
  annualReportHtml: fc.tuple(annualReport, localeOnly),
  annualReportJsonSchema: fc.constant([]),
  annualReportMarkdown: fc.tuple(annualReport, localeOnly),
  annualReportOpenSdgCsv: fc.tuple(annualReport),
  annualReportSvg: fc.tuple(annualReport, localeOnly),
  buildAnnualReport: fc.tuple(fc.constant(hungYen53), evaluationInput, evaluateOptions),
  safeAdaptPlan: fc.tuple(plan, patch),
  adjustTarget: fc
    .tuple(share, womenTotal, clause, policy)
    .map(([base, workforce, c, p]) => [{ base, workforce, clause: c, policy: p }]),
  adjustmentResolver: {
    skip: "returns a function (a target resolver); its results are evaluate's, checked there",
  },
  canonicalCitation: fc.tuple(
    plan,
    fc.record({
      document: fc.constantFrom("53/KH-UBND", "2282/QĐ-TTg", "12/KH-UBND"),
      clause: fc.constantFrom("I.1.1.1", "I.1.1.3", "IV.6.b", "1.I.2.a"),
    }),
  ),
  deadlineStatus: fc
    .tuple(programmeDate, instantIn(2021, 2031), fc.option(instantIn(2021, 2031), { nil: undefined }))
    .map(([lastOnTimeDate, asOf, submitted]) => [
      { lastOnTimeDate },
      { asOf: asOf.iso, ...(submitted === undefined ? {} : { submittedAt: submitted.iso }) },
    ]),
  deadlinesText: fc.tuple(deadlines, fc.record({ locale }, { requiredKeys: [] })),
  definePlan: fc.tuple(planConfig),
  safeDefinePlan: fc.tuple(planConfig),
  defineUnits: fc.tuple(forest(20)),
  validateUnits: fc.tuple(forest(20)),
  emptyTally: fc.constant([]),
  evaluate: fc.tuple(fc.constant(hungYen53), evaluationInput, evaluateOptions),
  evaluationText: fc.tuple(evaluation, fc.record({ locale }, { requiredKeys: [] })),
  formatPercent: fc.tuple(
    count,
    fc.integer({ min: 1, max: 10_000 }),
    fc.record({ locale, digits: fc.integer({ min: 0, max: 4 }) }, { requiredKeys: [] }),
  ),
  formatTarget: fc.tuple(
    shareInput.map((s) => root.percent(s)),
    locale,
  ),
  inheritedValues: fc.tuple(plan, patch).map(([p, x]) => [p, root.adaptPlan(p, x)]),
  isEligibleForAdjustment: fc.tuple(womenTotal, clause),
  isInForce: fc.tuple(fc.record({ validFrom: date, validTo: date }, { requiredKeys: [] }), date),
  isIssueCode: fc.tuple(fc.oneof(fc.constantFrom(...root.issueCodes()), fc.string())),
  issueCodes: fc.constant([]),
  lastOnTimeDate: fc.tuple(dueDay, year),
  mergeTallies: fc.array(tally, { maxLength: 5 }),
  mergeUnitTallies: fc.array(unitTallyInputs(6), { maxLength: 4 }),
  messageFor: fc.tuple(fc.constantFrom(...root.issueCodes()), fc.constant({ value: "x", year: 2025 })),
  nextDeadline: fc.tuple(
    plan,
    instantIn(2021, 2031).map((i) => i.iso),
  ),
  peopleShortfall: fc
    .tuple(
      womenTotal.filter((w) => w.total > 0),
      share,
    )
    .map(([w, s]) => [w.women, w.total, s]),
  percent: fc.tuple(shareInput),
  percentDecimal: fc.tuple(count, fc.integer({ min: 1, max: 10_000 }), decimalOptions),
  planConfigJsonSchema: fc.constant([]),
  planSummary: fc.tuple(plan, fc.record({ locale, asOf: programmeDate }, { requiredKeys: [] })),
  reportingCalendar: fc.tuple(reportingPlan, programmeDate, year).map(([p, asOf, y]) => {
    const duty = (p as { reportingDuties: readonly { id: string }[] }).reportingDuties[0];
    const submissions = duty === undefined ? [] : [{ dutyId: duty.id, year: y, submittedAt: asOf, by: "so" }];
    return [p, { from: y, to: y + 1, asOf, submissions }];
  }),
  requiredUnits: fc.tuple(count, share, fc.constantFrom("at-least-share", "round-half-up", "round-down")),
  rollUp: evaluationInput.chain(({ units, tallies }) =>
    fc.tuple(
      fc.constant(units),
      fc.constant(tallies),
      fc.record(
        {
          by: fc.constantFrom("parent", "tier", "sector", "overall"),
          date: fc.option(date, { nil: undefined }),
        },
        { requiredKeys: ["by"] },
      ),
    ),
  ),
  tallyRecords: fc.tuple(
    personRecords(100),
    fc.record(
      { keyLeaderDefinition: fc.constantFrom("heads-and-deputies", "heads-only") },
      { requiredKeys: [] },
    ),
  ),
  targetFor: fc.tuple(fc.constant(hungYen53), indicatorId, year),
  tierRank: fc.tuple(fc.constantFrom(...root.TIERS)),
  tiersInForce: fc.tuple(fc.constant(presets.VIETNAM_LOCAL_GOVERNMENT), programmeDate),
  unitTally: fc.tuple(unitTallyInput(fc.constant("u"))),
  unitsInForce: fc.tuple(forest(10), date),
  validateLocalGovernment: fc.tuple(fc.constant(presets.VIETNAM_LOCAL_GOVERNMENT)),
};

/** The calendar entry point. */
export const CALENDAR: Readonly<Record<string, Row>> = {
  addDays: fc.tuple(date, fc.integer({ min: -1000, max: 1000 })),
  addWorkingDays: fc.tuple(calendarDateIn(2001, 2099), fc.integer({ min: -200, max: 200 })),
  calendarDate: date.map((d) => d.split("-").map(Number)),
  calendarDateOf: fc.tuple(
    fc.oneof(
      date,
      instantIn(2000, 2100).map((i) => i.iso),
    ),
  ),
  compareDates: fc.tuple(date, date),
  dateParts: fc.tuple(date),
  dayNumber: fc.tuple(date),
  dayOfWeek: fc.tuple(date),
  daysBetween: fc.tuple(date, date),
  daysInMonth: fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 })),
  fromDayNumber: fc.tuple(fc.integer({ min: -100_000, max: 100_000 })),
  holidayCalendar: fc.tuple(holidayRows),
  safeHolidayCalendar: fc.tuple(holidayRows),
  withDecisions: fc.tuple(
    fc.constant(calendar.DEFAULT_HOLIDAY_CALENDAR),
    holidayRows.map((rows) => rows.slice(-1)),
  ),
  holidayDate: fc.tuple(fc.constantFrom(...calendar.HOLIDAY_IDS), fc.integer({ min: 1970, max: 2100 })),
  holidayYearStatus: fc.tuple(fc.integer({ min: 2000, max: 2100 })),
  holidaysIn: fc.tuple(fc.integer({ min: 2000, max: 2100 })),
  hungKingsDay: fc.tuple(fc.integer({ min: 1970, max: 2100 })),
  tetDate: fc.tuple(fc.integer({ min: 1970, max: 2100 })),
  lunarDates: fc.tuple(fc.integer({ min: 1970, max: 2100 })),
  isCalendarDate: fc.tuple(fc.oneof(date, fc.string())),
  isLeapYear: fc.tuple(fc.integer({ min: 1, max: 9999 })),
  isWorkingDay: fc.tuple(date),
  nextWorkingDay: fc.tuple(calendarDateIn(2000, 2099)),
  parseCalendarDate: fc.tuple(date),
  vietnamDate: fc.tuple(instantIn(1970, 2100).map((i) => i.iso)),
  workingDaysBetween: fc.tuple(date, date),
};

/** The presets entry point has no functions. */
export const PRESETS: Readonly<Record<string, Row>> = {};

/** Every entry point with its module and its rows. */
export const ENTRY_POINTS = [
  { name: "vn-women-leadership", module: root as Record<string, unknown>, rows: ROOT },
  { name: "vn-women-leadership/calendar", module: calendar as Record<string, unknown>, rows: CALENDAR },
  { name: "vn-women-leadership/presets", module: presets as Record<string, unknown>, rows: PRESETS },
] as const;

/** Whether an export is a function to call (not a class, such as an error). */
export const isFunction = (x: unknown): x is (...args: unknown[]) => unknown =>
  typeof x === "function" && !/^class\b/.test(Function.prototype.toString.call(x));
