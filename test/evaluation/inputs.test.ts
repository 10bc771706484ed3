// What evaluate reads before it counts: every refusal of its arguments with its code, path and parameters
// (snapshot), the snapshot date, the units in force on it (validFrom and validTo are inclusive), the tiers of local
// government on it (the switch of 2025-07-01, a period that covers no date), the central level, lapsed tiers and
// the warnings that say so.
import { describe, expect, it } from "vitest";
import {
  definePlan,
  type EvaluationInput,
  evaluate,
  type Unit,
  type UnitTallyInput,
} from "../../src/index.js";
import { hungYen53Config } from "../../src/presets/hung-yen-53.config.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";
import { refusal } from "../helpers/issues.js";

const tally = (unitId: string, women = 1): UnitTallyInput => ({
  unitId,
  keyLeaders: { women, total: 3 },
  planningPool: { women: 2, total: 5, womenTrained: 1 },
});
const unit = (id: string, extra: Partial<Unit> = {}): Unit => ({
  id,
  kind: "state-agency",
  tier: "province",
  ...extra,
});
const input = (units: Unit[], keyLeaders: "heads-and-deputies" | undefined = "heads-and-deputies") => ({
  units,
  tallies: units.map((u) => tally(u.id)),
  ...(keyLeaders === undefined ? {} : { keyLeaders }),
});
const ok = { year: 2025, asOf: "2026-01-15" };
const unsafe = evaluate as unknown as (...args: unknown[]) => unknown;
const one: EvaluationInput = input([unit("a")]);

describe("evaluate's refusals", () => {
  it("names the argument of every bad call", () => {
    const CALLS: [string, () => unknown][] = [
      ["plan not a plan", () => unsafe(null, one, ok)],
      ["input not an object", () => unsafe(hungYen53, 5, ok)],
      ["options not an object", () => unsafe(hungYen53, one, "2025")],
      ["year not an integer", () => unsafe(hungYen53, one, { ...ok, year: 2025.5 })],
      ["year before 1900", () => unsafe(hungYen53, one, { ...ok, year: 1899 })],
      ["year after 2200", () => unsafe(hungYen53, one, { ...ok, year: 2201 })],
      ["asOf missing", () => unsafe(hungYen53, one, { year: 2025 })],
      ["asOf not a date", () => unsafe(hungYen53, one, { ...ok, asOf: "15/01/2026" })],
      ["snapshotDate not a date", () => unsafe(hungYen53, one, { ...ok, snapshotDate: "2025-13-01" })],
      ["percent not an object", () => unsafe(hungYen53, one, { ...ok, percent: 2 })],
      ["trajectory unknown", () => unsafe(hungYen53, one, { ...ok, trajectory: { kind: "curve" } })],
      ["targetResolver not a function", () => unsafe(hungYen53, one, { ...ok, targetResolver: {} })],
      ["validate not a boolean", () => unsafe(hungYen53, one, { ...ok, validate: "yes" })],
      ["unitResults not a boolean", () => unsafe(hungYen53, one, { ...ok, unitResults: 1 })],
      ["keyLeaders unknown", () => unsafe(hungYen53, { ...one, keyLeaders: "all" }, ok)],
      ["units not a list", () => unsafe(hungYen53, { ...one, units: {} }, ok)],
      ["tallies not a list", () => unsafe(hungYen53, { ...one, tallies: "x" }, ok)],
      [
        "keyLeaders read otherwise than the plan",
        () => unsafe(hungYen53, { ...one, keyLeaders: "heads-only" }, ok),
      ],
      ["settings not an object", () => unsafe(hungYen53, one, { ...ok, settings: [] })],
      [
        "a setting no evaluation may override",
        () => unsafe(hungYen53, one, { ...ok, settings: { keyLeaders: "x" } }),
      ],
      ["missingUnits unknown", () => unsafe(hungYen53, one, { ...ok, settings: { missingUnits: "ignore" } })],
      [
        "unitTargetReading unknown",
        () => unsafe(hungYen53, one, { ...ok, settings: { unitTargetReading: "most" } }),
      ],
      [
        "adjustment not an object",
        () => unsafe(hungYen53, one, { ...ok, settings: { adjustment: "proportional" } }),
      ],
      [
        "the settings evaluation may override, all valid",
        () =>
          unsafe(hungYen53, one, {
            ...ok,
            settings: {
              missingUnits: "exclude",
              unitTargetReading: "at-least-share",
              adjustment: { default: { policy: "proportional" } },
            },
          }),
      ],
    ];
    expect(Object.fromEntries(CALLS.map(([name, f]) => [name, refusal(f)]))).toMatchSnapshot();
  });
});

describe("what evaluate reads before it counts", () => {
  const codes = (e: ReturnType<typeof evaluate>) => e.warnings.map((w) => w.code);

  it("takes the snapshot on asOf within the year and on 31 December after it", () => {
    expect(evaluate(hungYen53, one, { year: 2025, asOf: "2025-06-30" }).snapshotDate).toBe("2025-06-30");
    expect(evaluate(hungYen53, one, { year: 2025, asOf: "2025-12-31" }).snapshotDate).toBe("2025-12-31");
    expect(evaluate(hungYen53, one, { year: 2025, asOf: "2026-01-01" }).snapshotDate).toBe("2025-12-31");
    const given = evaluate(hungYen53, one, { year: 2025, asOf: "2025-06-30", snapshotDate: "2025-05-01" });
    expect(given.snapshotDate).toBe("2025-05-01");
    expect(codes(given)).not.toContain("warning.snapshot-after-as-of");
    const same = evaluate(hungYen53, one, { year: 2025, asOf: "2025-06-30", snapshotDate: "2025-06-30" });
    expect(codes(same)).not.toContain("warning.snapshot-after-as-of");
  });

  it("warns of counts of a day still to come", () => {
    const e = evaluate(hungYen53, one, { year: 2025, asOf: "2025-06-30", snapshotDate: "2025-07-01" });
    expect(e.warnings.find((w) => w.code === "warning.snapshot-after-as-of")?.params).toEqual({
      snapshotDate: "2025-07-01",
      asOf: "2025-06-30",
    });
  });

  it("warns of a year outside the plan's period, before and after it, and not at its ends", () => {
    const at = (year: number) => evaluate(hungYen53, one, { year, asOf: `${year + 1}-01-15` });
    expect(at(2020).warnings.find((w) => w.code === "warning.year-outside-period")?.params).toEqual({
      year: 2020,
      start: 2021,
      end: 2030,
    });
    expect(codes(at(2031))).toContain("warning.year-outside-period");
    expect(codes(at(2021))).not.toContain("warning.year-outside-period");
    expect(codes(at(2030))).not.toContain("warning.year-outside-period");
  });

  it("warns when the tallies do not say how key leaders were counted, naming the plan's reading", () => {
    const e = evaluate(hungYen53, { units: [unit("a")], tallies: [tally("a")] }, ok);
    expect(e.warnings.find((w) => w.code === "warning.reading-not-stated")?.params).toEqual({
      plan: "heads-and-deputies",
    });
    expect(e.settings.keyLeadersCountedUnder).toBe("not-stated");
    expect(codes(evaluate(hungYen53, one, ok))).not.toContain("warning.reading-not-stated");
  });

  it("counts a unit in force on the snapshot date, both ends included", () => {
    const units = [
      unit("from-that-day", { validFrom: "2025-12-31" }),
      unit("from-next-day", { validFrom: "2026-01-01" }),
      unit("to-that-day", { validTo: "2025-12-31" }),
      unit("to-day-before", { validTo: "2025-12-30" }),
      unit("always"),
    ];
    const e = evaluate(hungYen53, input(units), ok);
    expect(e.coverage.unitsInForce).toBe(3);
  });

  it("uses the tiers in force on the snapshot date: districts until 2025-06-30, not on 2025-07-01", () => {
    const units = [unit("p"), unit("d", { kind: "local-government", tier: "district" })];
    const june = evaluate(hungYen53, input(units), { year: 2025, asOf: "2025-06-30" });
    expect(june.tiers).toEqual(["province", "district", "commune"]);
    expect(codes(june)).not.toContain("warning.lapsed-tier");
    expect(june.coverage.unitsInForce).toBe(2);
    const july = evaluate(hungYen53, input(units), { year: 2025, asOf: "2025-07-01" });
    expect(july.tiers).toEqual(["province", "commune"]);
    expect(july.warnings.find((w) => w.code === "warning.lapsed-tier")?.params).toEqual({
      tier: "district",
      count: 1,
      ids: ["d"],
      date: "2025-07-01",
      counted: false,
    });
    expect(july.coverage.unitsInForce).toBe(1);
  });

  it("lists the lapsed units of each tier sorted, and counts them when the plan says so", () => {
    const units = [
      unit("p"),
      unit("d2", { kind: "local-government", tier: "district" }),
      unit("d1", { kind: "local-government", tier: "district" }),
    ];
    const excluded = evaluate(hungYen53, input(units), ok);
    expect(excluded.warnings.find((w) => w.code === "warning.lapsed-tier")?.params["ids"]).toEqual([
      "d1",
      "d2",
    ]);
    const counting = definePlan({
      ...hungYen53Config,
      settings: { lapsedTiers: "count" },
    });
    const counted = evaluate(counting, input(units), ok);
    expect(counted.warnings.find((w) => w.code === "warning.lapsed-tier")?.params["counted"]).toBe(true);
    expect(counted.coverage.unitsInForce).toBe(3);
    expect(counted.coverage.rejected).toEqual([]);
  });

  it("leaves central bodies out of a province's plan and counts them in the national Programme", () => {
    const units = [unit("p"), unit("bo-b", { tier: "central" }), unit("bo-a", { tier: "central" })];
    const province = evaluate(hungYen53, input(units), ok);
    expect(province.warnings.find((w) => w.code === "warning.central-outside-plan")?.params).toEqual({
      count: 2,
      ids: ["bo-a", "bo-b"],
    });
    expect(province.coverage.unitsInForce).toBe(1);
    const nation = evaluate(national2282, input(units), ok);
    expect(nation.tiers).toEqual(["central", "province", "commune"]);
    expect(codes(nation)).not.toContain("warning.central-outside-plan");
    expect(nation.coverage.unitsInForce).toBe(3);
  });

  it("has no tiers before the programme, and the last period's after it", () => {
    expect(evaluate(hungYen53, one, { year: 2020, asOf: "2021-01-15" }).tiers).toEqual([]);
    // A plan's structure covers its whole period (definePlan checks it), so the structure of the snapshot date
    // is always one of its periods: the last one for a year after the period.
    expect(evaluate(hungYen53, one, { year: 2031, asOf: "2032-01-15" }).tiers).toEqual([
      "province",
      "commune",
    ]);
  });

  it("reads the settings an evaluation may override and records them in the result", () => {
    const e = evaluate(hungYen53, input([unit("a"), unit("b")]), {
      ...ok,
      settings: { missingUnits: "exclude", unitTargetReading: "at-least-share" },
    });
    expect(e.settings.missingUnits).toBe("exclude");
    expect(e.settings.unitTargetReading).toBe("at-least-share");
    expect(evaluate(hungYen53, one, ok).settings.missingUnits).toBe("count-as-not-met");
  });
});
