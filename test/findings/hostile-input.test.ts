// Every finding of shared/review/hostile-input.md, reproduced as the review wrote it, with its documented
// behaviour now. (F32, the CLI, is in test/cli/cli.test.ts; the package contents are issue 17's.)
import { describe, expect, it } from "vitest";
import {
  DEFAULT_HOLIDAY_CALENDAR,
  dayNumber,
  HOLIDAY_NAMES,
  holidayDate,
  holidaysIn,
  isWorkingDay,
  OFFICIAL_HOLIDAY_DECISIONS,
  safeHolidayCalendar,
  vietnamDate,
  withDecisions,
} from "../../src/calendar/index.js";
import { HolidayCalendarError, InvalidInputError, VnWomenLeadershipError } from "../../src/errors/errors.js";
import {
  adjustmentResolver,
  adjustTarget,
  definePlan,
  evaluate,
  evaluationText,
  isEligibleForAdjustment,
  lastOnTimeDate,
  MESSAGES,
  mergeTallies,
  mergeUnitTallies,
  messageFor,
  PercentSchema,
  peopleShortfall,
  percentDecimal,
  reportingCalendar,
  requiredUnits,
  rollUp,
  safeAdaptPlan,
  safeDefinePlan,
  tallyRecords,
  targetFor,
  type Unit,
  unitTally,
  validateLocalGovernment,
  validateUnits,
} from "../../src/index.js";
import { deepFreeze } from "../../src/internal/walk.js";
import { hungYen53 } from "../../src/presets/index.js";
import { percentToFraction } from "../../src/rational/percent.js";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const pool = { women: 0, total: 0, womenTrained: 0 };
const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (!VnWomenLeadershipError.is(e)) throw e;
    return e.code;
  }
  return undefined;
};

describe("hostile-input.md: high", () => {
  it("F1: an invalid `to` in a non-last local-government period is an issue, not a RangeError", () => {
    const c = clone(hungYen53) as unknown as { localGovernment: { to?: string }[] };
    (c.localGovernment[0] as { to?: string }).to = "2025-06-31";
    const r = safeDefinePlan(c);
    expect(r.success).toBe(false);
    expect(!r.success && r.issues.map((i) => i.code)).toContain("date.invalid");
    const v = validateLocalGovernment([
      { from: "2020-01-01", to: "9999-12-31", tiers: ["province"] },
      { from: "2021-01-01", tiers: ["province"] },
    ]);
    expect(!v.success && v.issues[0]?.code).toBe("tiers.unordered");
  });

  it("F2: a decision year outside 2000–2100 is an issue of safeHolidayCalendar and an error of withDecisions", () => {
    const row = {
      year: 20277,
      source: "x",
      confidence: "confirmed" as const,
      breaks: [],
      makeUpWorkingDays: [],
    };
    const r = safeHolidayCalendar([row]);
    expect(!r.success && r.issues[0]?.code).toBe("too_big");
    expect(safeHolidayCalendar([{ ...row, year: 0 }]).success).toBe(false);
    expect(() => withDecisions(DEFAULT_HOLIDAY_CALENDAR, [row])).toThrow(HolidayCalendarError);
  });

  it("F4: 4,000 levels of nesting are refused with argument.too-deep, not a stack overflow", () => {
    let o: unknown = [];
    for (let i = 0; i < 4000; i++) o = [o];
    const r = safeDefinePlan(o);
    expect(!r.success && r.issues[0]?.code).toBe("argument.too-deep");
    const a = safeAdaptPlan(hungYen53, { settings: o } as never);
    expect(!a.success && a.issues[0]?.code).toBe("argument.too-deep");
  });
});

describe("hostile-input.md: medium", () => {
  it("F6: a fraction-shaped object is not a share: refused, no infinite loop", () => {
    const args = {
      base: { n: 3, d: 5 },
      workforce: { women: 1, total: 10 },
      clause: hungYen53.adjustment,
      policy: { policy: "none" },
    };
    expect(code(() => adjustTarget(args as never))).toBe("share.malformed");
  });

  it("F9: evaluate's options are checked, never echoed unused", () => {
    const input = { units: [], tallies: [] };
    const at = (settings: unknown) =>
      code(() => evaluate(hungYen53, input, { year: 2025, asOf: "2026-01-15", ...(settings as object) }));
    expect(at({ settings: { unitTargetReading: "ceil" } })).toBe("argument.one-of");
    expect(at({ percent: { rounding: "up " } })).toBe("argument.one-of");
    expect(at({ settings: { missingUnits: "drop" } })).toBe("argument.one-of");
    expect(at({ trajectory: { kind: "curved" } })).toBe("argument.one-of");
  });

  it("F10: digits are bounded to 0–20", () => {
    expect(code(() => percentDecimal(1, 3, { digits: 3e7 }))).toBe("argument.range");
    expect(code(() => percentDecimal(1, 3, { digits: -1 }))).toBe("argument.range");
  });

  it("F12: an unknown rollForward is refused, not applied in words only", () => {
    const call = () =>
      reportingCalendar(hungYen53, {
        from: 2026,
        to: 2026,
        asOf: "2025-11-01",
        rollForward: "Next-Working-Day" as never,
      });
    expect(code(call)).toBe("argument.one-of");
  });

  it("F13: reporting years are bounded (1900–2200): no out-of-memory", () => {
    const plan = { reportingDuties: [hungYen53.reportingDuties[0]], period: { start: -1e9, end: 2030 } };
    expect(code(() => reportingCalendar(plan as never, { from: -1e9, to: 2030, asOf: "2025-01-01" }))).toBe(
      "too_small",
    );
    expect(code(() => reportingCalendar(hungYen53, { from: -1e9, to: 2030, asOf: "2025-01-01" }))).toBe(
      "argument.range",
    );
  });

  it('F15: a share is read strictly: "60" and "30" are ambiguous, "60x" is not a share', () => {
    expect(code(() => percentToFraction("60"))).toBe("share.bare-number");
    expect(code(() => percentToFraction("60x"))).toBe("share.malformed");
    expect(
      code(() =>
        isEligibleForAdjustment(
          { women: 10, total: 100 },
          { threshold: "30" as never, comparison: "strictly-below" },
        ),
      ),
    ).toBe("share.bare-number");
  });

  it("F16: a hole in a sparse list of units is reported, not dropped", () => {
    // biome-ignore lint/suspicious/noSparseArray: the reproduction
    const r = validateUnits([, { id: "a", kind: "state-agency", tier: "province" }]);
    expect(r.success).toBe(false);
    expect(!r.success && r.issues[0]).toMatchObject({ code: "argument.type", path: [0] });
  });

  it("F17: NFC and NFD forms of one name are one sector, one policy key, and a duplicate unit id", () => {
    const nfd = "Y tế".normalize("NFD");
    const units: Unit[] = [
      { id: "a", kind: "state-agency", tier: "province", sector: "Y tế" },
      { id: "b", kind: "state-agency", tier: "province", sector: nfd },
    ];
    const tallies = units.map((u) => ({
      unitId: u.id,
      keyLeaders: { women: 1, total: 2 },
      planningPool: pool,
    }));
    const e = evaluate(hungYen53, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
    expect(e.indicators[0]?.bySector.map((g) => g.key)).toEqual(["Y tế"]);
    const dup = validateUnits([
      { id: "Sở Y tế", kind: "state-agency", tier: "province" },
      { id: "Sở Y tế".normalize("NFD"), kind: "state-agency", tier: "province" },
    ]);
    expect(!dup.success && dup.issues[0]?.code).toBe("unit.duplicate-id");
    const keys = adjustmentResolver(hungYen53, { bySector: { [nfd]: { policy: "proportional" } } });
    expect(typeof keys).toBe("function");
    const records = tallyRecords([
      { unitId: "Sở Y tế", sex: "female", position: "head" },
      { unitId: "Sở Y tế".normalize("NFD"), sex: "male", position: "deputy-head" },
    ]);
    expect(records.tallies.map((t) => [t.unitId, t.keyLeaders.total])).toEqual([["Sở Y tế", 2]]);
  });

  it("F18: $remove of an id not in the base, or not true, is an issue with the patch's path", () => {
    const typo = safeAdaptPlan(hungYen53, { indicators: [{ id: "women-in-planing-pool", $remove: true }] });
    expect(!typo.success && typo.issues[0]).toMatchObject({
      code: "adapt.remove-unknown",
      path: ["indicators", 0, "id"],
    });
    const notTrue = safeAdaptPlan(hungYen53, {
      indicators: [{ id: "women-in-planning-pool", $remove: "true" as never }],
    });
    expect(!notTrue.success && notTrue.issues[0]).toMatchObject({
      code: "adapt.remove-not-true",
      path: ["indicators", 0, "$remove"],
    });
  });
});

describe("hostile-input.md: low", () => {
  it("F3: a calendar built from {} or a row null answers with issues or the library's error", () => {
    expect(safeHolidayCalendar({} as never).success).toBe(false);
    expect(() => withDecisions(DEFAULT_HOLIDAY_CALENDAR, [null as never])).toThrow(HolidayCalendarError);
  });

  it("F5: a bigint, cyclic or null-prototype share is malformed, not a TypeError", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["a"] = cyclic;
    for (const value of [{ a: 1n }, 1n, cyclic, Object.create(null)]) {
      const r = PercentSchema.safeParse(value);
      expect(r.success).toBe(false);
    }
  });

  it("F7: percentages are exact past 64 significant digits", () => {
    expect(percentDecimal(10n ** 61n + 1n, 3n).endsWith(".67")).toBe(true);
  });

  it("F8: no global decimal settings can change a percentage (decimal.js is not used at run time)", async () => {
    const { Decimal } = await import("decimal.js");
    const before = Decimal.precision;
    Decimal.set({ precision: 3 });
    try {
      expect(PercentSchema.parse("0.123456")).toBe("12.3456%");
      expect(percentDecimal(1, 3, { digits: 6 })).toBe("33.333333");
    } finally {
      Decimal.set({ precision: before });
    }
  });

  it("F11: invalid adjustment settings are the library's error, in both languages", () => {
    let error: unknown;
    try {
      adjustmentResolver(hungYen53, { default: { policy: "cap" } } as never);
    } catch (e) {
      error = e;
    }
    expect(InvalidInputError.is(error)).toBe(true);
    expect((error as InvalidInputError).issues[0]?.message.vi.length).toBeGreaterThan(0);
    const e = evaluate(
      hungYen53,
      { units: [], tallies: [] },
      { year: 2025, asOf: "2026-01-15", settings: { adjustment: {} as never } },
    );
    expect(e.settings.adjustment.default).toEqual({ policy: "none" });
  });

  it("F14: a shortfall that does not fit a safe integer is refused, never rounded", () => {
    expect(code(() => peopleShortfall(0, 2 ** 53 - 1, "90%"))).toBe("argument.too-large");
  });

  it("F19: tallies to merge are checked: negative counts, women above the total, strings", () => {
    const bad = [{ unitId: "a", keyLeaders: { women: "1", total: "2" }, planningPool: pool }];
    expect(code(() => mergeUnitTallies(bad as never))).toBe("invalid_type");
    expect(
      code(() => unitTally({ unitId: "a", keyLeaders: { women: -1, total: 2 }, planningPool: pool })),
    ).toBe("too_small");
    const t = unitTally({ unitId: "a", keyLeaders: { women: 1, total: 2 }, planningPool: pool });
    expect(code(() => mergeTallies({ ...t, keyLeaders: { women: 3, total: 2 } }))).toBe(
      "tally.women-exceed-total",
    );
  });

  it("F20: rollUp by parent is linear: an 8,000-deep chain rolls up quickly, listing each unit twice at most", () => {
    const units: Unit[] = Array.from({ length: 8000 }, (_, i) => ({
      id: `u${i}`,
      kind: "other",
      tier: "province",
      ...(i === 0 ? {} : { parent: `u${i - 1}` }),
    }));
    const started = performance.now();
    const r = rollUp(units, [], { by: "parent" });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.groups.reduce((n, g) => n + g.unitIds.length, 0)).toBe(2 * 8000 - 1);
    expect(r.groups.find((g) => g.key === "u0")?.unitCount).toBe(8000);
  });

  it("F21: fractional, infinite and NaN years are refused", () => {
    for (const year of [2020.5, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(
        code(() =>
          targetFor(hungYen53, "women-in-planning-pool", 2023, {
            trajectory: { kind: "linear", baseline: { year, value: "30%" } },
          }),
        ),
      ).toBe("argument.type");
    }
    expect(code(() => targetFor(hungYen53, "women-in-planning-pool", Number.NaN))).toBe("argument.type");
  });

  it('F22: a locale other than "vi" or "en" is refused with the library\'s error', () => {
    const e = evaluate(hungYen53, { units: [], tallies: [] }, { year: 2025, asOf: "2026-01-15" });
    expect(code(() => evaluationText(e, { locale: "vi-VN" as never }))).toBe("argument.one-of");
  });

  it("F23: records that are not iterable, and null options, are refused", () => {
    expect(code(() => tallyRecords({ records: [] } as never))).toBe("argument.type");
    expect(code(() => tallyRecords([], null as never))).toBe("argument.type");
  });

  it("F24: an unknown holiday id is refused, never undefined", () => {
    expect(code(() => holidayDate("Tet" as never, 2026))).toBe("argument.one-of");
  });

  it("F25: the exported catalogues are deeply frozen", () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
    expect(Object.isFrozen(HOLIDAY_NAMES.tet)).toBe(true);
    expect(() => {
      (HOLIDAY_NAMES.tet as { vi: string }).vi = "X";
    }).toThrow(TypeError);
  });

  it("F26: an unknown code, or a name of Object.prototype, gives the unknown-code message", () => {
    expect(messageFor("constructor" as never, { a: 1 }).en).toBe(
      'There is no message code "constructor" in the catalogue.',
    );
    expect(messageFor("nope" as never).vi).toContain('"nope"');
  });

  it("F27: unknown policies, comparisons and readings are refused; a share above 100% too", () => {
    const base = { base: "60%", workforce: { women: 1, total: 10 }, clause: hungYen53.adjustment };
    expect(code(() => adjustTarget({ ...base, policy: { policy: "cap" } } as never))).toBe("invalid_union");
    expect(code(() => requiredUnits(10, { numerator: 2, denominator: 1 }, "at-least-share"))).toBe(
      "share.out-of-range",
    );
    expect(code(() => requiredUnits(10, "60%", "ceil" as never))).toBe("argument.one-of");
  });

  it('F28: option dates are checked: "2025-7-1" is not a date', () => {
    expect(code(() => rollUp([], [], { by: "overall", date: "2025-7-1" }))).toBe("date.invalid");
  });

  it('F29: `inclusive: "false"` is refused, not read as true', () => {
    expect(code(() => lastOnTimeDate({ month: 11, day: 15, inclusive: "false" as never }, 2025))).toBe(
      "argument.type",
    );
  });

  it("F30: a year outside 1900–2200 is refused by evaluate", () => {
    expect(
      code(() => evaluate(hungYen53, { units: [], tallies: [] }, { year: -5, asOf: "2026-01-15" })),
    ).toBe("argument.range");
    expect(code(() => evaluate(hungYen53, { units: [], tallies: [] }, { year: 0, asOf: "2026-01-15" }))).toBe(
      "argument.range",
    );
  });

  it("F31: deep objects freeze without recursion; symbol, null-prototype and toString dates are refused", () => {
    let o: unknown = 1;
    for (let i = 0; i < 7000; i++) o = { a: o };
    expect(Object.isFrozen(deepFreeze(o))).toBe(true);
    expect(code(() => vietnamDate(Symbol("x") as never))).toBe("argument.type");
    expect(code(() => vietnamDate(Object.create(null)))).toBe("argument.type");
    expect(code(() => dayNumber({ toString: () => "2025-11-14" } as never))).toBe("argument.type");
  });

  it("F33: control characters in ids are escaped in text output: no forged line", () => {
    const id = "xa-1\n■ ALL INDICATORS MET\u001b[32m";
    const units: Unit[] = [{ id, kind: "local-government", tier: "commune" }];
    const e = evaluate(hungYen53, { units, tallies: [] }, { year: 2025, asOf: "2026-01-15" });
    const text = evaluationText(e, { locale: "en" });
    expect(text).not.toContain("\n■ ALL INDICATORS MET");
    expect(text).not.toContain("\u001b");
    expect(text).toContain("xa-1\\u000a■ ALL INDICATORS MET\\u001b[32m");
  });
});

describe("hostile-input.md: the holiday calendar", () => {
  const row2026 = OFFICIAL_HOLIDAY_DECISIONS.find((d) => d.year === 2026);

  it("H1: a make-up working day in the next calendar year is applied, not ignored", () => {
    if (row2026 === undefined) throw new Error("no 2026 row");
    const cal = withDecisions(DEFAULT_HOLIDAY_CALENDAR, [
      {
        ...row2026,
        makeUpWorkingDays: [
          { date: "2026-01-10", replaces: "2026-01-02" },
          { date: "2027-01-09", replaces: "2026-08-31" },
        ],
      },
    ]);
    expect(isWorkingDay("2027-01-09", cal)).toBe(true);
    expect(isWorkingDay("2026-08-31", cal)).toBe(false);
  });

  it("H2: a make-up working day that is a public holiday is refused", () => {
    const row = {
      year: 2027,
      source: "x",
      confidence: "confirmed" as const,
      breaks: [{ holidays: ["tet" as const], from: "2027-02-04", to: "2027-02-11" }],
      makeUpWorkingDays: [{ date: "2027-05-01", replaces: "2027-02-11" }],
    };
    const r = safeHolidayCalendar([...OFFICIAL_HOLIDAY_DECISIONS, row]);
    expect(!r.success && r.issues.map((i) => i.code)).toContain("holiday-decision.make-up-on-holiday");
    expect(holidaysIn(2027).some((d) => d.date === "2027-05-01")).toBe(true);
  });

  it("the plan a defined plan is from validates it once: definePlan's result is trusted by every function", () => {
    const plan = definePlan(clone(hungYen53));
    expect(targetFor(plan as never, "women-in-planning-pool", 2025).target?.percent).toBe("40.00");
  });
});
