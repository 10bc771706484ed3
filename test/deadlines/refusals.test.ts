// Every refusal of the deadlines' public functions, with its code, path and parameters (the wording is the
// catalogue's, pinned in test/i18n.test.ts). A wrong path or a dropped parameter shows as a diff of the snapshot;
// each entry was read against the function's contract when the snapshot was written.
import { describe, expect, it } from "vitest";
import {
  deadlineStatus,
  lastOnTimeDate,
  nextDeadline,
  type ReportingPlanLike,
  reportingCalendar,
} from "../../src/deadlines/index.js";
import { PLAN_53_DOHA_REPORT, PLAN_53_UNIT_REPORT } from "../arbitraries/dates.js";
import { refusal } from "../helpers/issues.js";

const plan: ReportingPlanLike = {
  period: { start: 2021, end: 2030 },
  reportingDuties: [PLAN_53_UNIT_REPORT, PLAN_53_DOHA_REPORT],
};
const unsafe = (f: unknown) => f as (...args: unknown[]) => unknown;
const ok = { from: 2025, to: 2025, asOf: "2025-12-01" };
const unit = PLAN_53_UNIT_REPORT.id;

const CALLS: [string, () => unknown][] = [
  ["lastOnTimeDate due not an object", () => unsafe(lastOnTimeDate)(5, 2025)],
  ["lastOnTimeDate month 13", () => unsafe(lastOnTimeDate)({ month: 13, day: 1, inclusive: true }, 2025)],
  ["lastOnTimeDate day 32", () => unsafe(lastOnTimeDate)({ month: 1, day: 32, inclusive: true }, 2025)],
  ["lastOnTimeDate 31 April", () => unsafe(lastOnTimeDate)({ month: 4, day: 31, inclusive: true }, 2025)],
  [
    "lastOnTimeDate 30 April is fine",
    () => unsafe(lastOnTimeDate)({ month: 4, day: 30, inclusive: true }, 2025),
  ],
  [
    "lastOnTimeDate 29 February (not in every year)",
    () => unsafe(lastOnTimeDate)({ month: 2, day: 29, inclusive: true }, 2024),
  ],
  [
    "lastOnTimeDate inclusive not boolean",
    () => unsafe(lastOnTimeDate)({ month: 1, day: 1, inclusive: "yes" }, 2025),
  ],
  ["lastOnTimeDate year 1", () => unsafe(lastOnTimeDate)({ month: 1, day: 1, inclusive: true }, 1)],
  ["reportingCalendar plan not an object", () => unsafe(reportingCalendar)(null, ok)],
  ["reportingCalendar plan without duties", () => unsafe(reportingCalendar)({ period: plan.period }, ok)],
  [
    "reportingCalendar plan with a polluting key",
    () =>
      unsafe(reportingCalendar)(
        JSON.parse('{"__proto__":{"x":1},"period":{"start":2021,"end":2030},"reportingDuties":[]}'),
        ok,
      ),
  ],
  [
    "reportingCalendar a bad roll-forward setting",
    () => unsafe(reportingCalendar)({ ...plan, settings: { deadlineRollForward: "later" } }, ok),
  ],
  ["reportingCalendar options not an object", () => unsafe(reportingCalendar)(plan, 5)],
  ["reportingCalendar from not a year", () => unsafe(reportingCalendar)(plan, { ...ok, from: "2025" })],
  ["reportingCalendar to not a year", () => unsafe(reportingCalendar)(plan, { ...ok, to: 2025.5 })],
  ["reportingCalendar from after to", () => unsafe(reportingCalendar)(plan, { ...ok, from: 2026 })],
  [
    "reportingCalendar a plan whose period ends before it starts",
    () => unsafe(reportingCalendar)({ ...plan, period: { start: 2030, end: 2021 } }, ok),
  ],
  [
    "reportingCalendar a bad rollForward",
    () => unsafe(reportingCalendar)(plan, { ...ok, rollForward: "later" }),
  ],
  ["reportingCalendar a bad calendar", () => unsafe(reportingCalendar)(plan, { ...ok, calendar: 5 })],
  ["reportingCalendar a bad asOf", () => unsafe(reportingCalendar)(plan, { ...ok, asOf: "2025-13-01" })],
  [
    "reportingCalendar actors not an array",
    () => unsafe(reportingCalendar)(plan, { ...ok, actors: "so-noi-vu" }),
  ],
  [
    "reportingCalendar an actor not a string",
    () => unsafe(reportingCalendar)(plan, { ...ok, actors: ["a", 5] }),
  ],
  [
    "reportingCalendar submissions not an array",
    () => unsafe(reportingCalendar)(plan, { ...ok, submissions: {} }),
  ],
  [
    "reportingCalendar a submission without a duty",
    () =>
      unsafe(reportingCalendar)(plan, { ...ok, submissions: [{ year: 2025, submittedAt: "2025-11-01" }] }),
  ],
  [
    "reportingCalendar a submission of an unknown duty",
    () =>
      unsafe(reportingCalendar)(plan, {
        ...ok,
        submissions: [{ dutyId: "x", year: 2025, submittedAt: "2025-11-01" }],
      }),
  ],
  [
    "reportingCalendar a submission with a bad year",
    () =>
      unsafe(reportingCalendar)(plan, {
        ...ok,
        submissions: [{ dutyId: unit, year: 1, submittedAt: "2025-11-01" }],
      }),
  ],
  [
    "reportingCalendar a submission by a number",
    () =>
      unsafe(reportingCalendar)(plan, {
        ...ok,
        submissions: [{ dutyId: unit, year: 2025, by: 5, submittedAt: "2025-11-01" }],
      }),
  ],
  [
    "reportingCalendar a submission with a bad date",
    () =>
      unsafe(reportingCalendar)(plan, {
        ...ok,
        submissions: [{ dutyId: unit, year: 2025, submittedAt: "soon" }],
      }),
  ],
  [
    "reportingCalendar two submissions of the duty holder",
    () =>
      unsafe(reportingCalendar)(plan, {
        ...ok,
        submissions: [
          { dutyId: unit, year: 2025, submittedAt: "2025-11-01" },
          { dutyId: unit, year: 2025, submittedAt: "2025-11-02" },
        ],
      }),
  ],
  [
    "reportingCalendar two submissions by one unit",
    () =>
      unsafe(reportingCalendar)(plan, {
        ...ok,
        submissions: [
          { dutyId: unit, year: 2025, by: "so-y-te", submittedAt: "2025-11-01" },
          { dutyId: unit, year: 2025, by: "so-y-te", submittedAt: "2025-11-02" },
        ],
      }),
  ],
  ["nextDeadline plan not an object", () => unsafe(nextDeadline)(5, "2025-01-01")],
  ["nextDeadline a bad date", () => unsafe(nextDeadline)(plan, "2025-02-30")],
  ["nextDeadline options not an object", () => unsafe(nextDeadline)(plan, "2025-01-01", 5)],
  ["nextDeadline a bad rollForward", () => unsafe(nextDeadline)(plan, "2025-01-01", { rollForward: 1 })],
  ["nextDeadline a bad calendar", () => unsafe(nextDeadline)(plan, "2025-01-01", { calendar: [] })],
  ["deadlineStatus deadline not an object", () => unsafe(deadlineStatus)(null, { asOf: "2025-01-01" })],
  [
    "deadlineStatus a bad last day",
    () => unsafe(deadlineStatus)({ lastOnTimeDate: "x" }, { asOf: "2025-01-01" }),
  ],
  ["deadlineStatus options not an object", () => unsafe(deadlineStatus)({ lastOnTimeDate: null }, "2025")],
  ["deadlineStatus a bad asOf", () => unsafe(deadlineStatus)({ lastOnTimeDate: null }, { asOf: 5 })],
  [
    "deadlineStatus a bad submittedAt",
    () => unsafe(deadlineStatus)({ lastOnTimeDate: "2025-12-15" }, { asOf: "2025-12-01", submittedAt: "x" }),
  ],
  [
    "deadlineStatus a bad calendar",
    () => unsafe(deadlineStatus)({ lastOnTimeDate: "2025-12-15" }, { asOf: "2025-12-01", calendar: "vn" }),
  ],
];

describe("the deadlines' refusals", () => {
  it("every bad call is refused with the library's error, its code, path and parameters", () => {
    const table = Object.fromEntries(CALLS.map(([name, f]) => [name, refusal(f)]));
    for (const [name, r] of Object.entries(table)) {
      if (name.includes("is fine")) expect(r, name).toBe("accepted");
      else expect(r, name).toHaveProperty("error");
    }
    expect(table).toMatchSnapshot();
  });
});
