import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import {
  adaptPlan,
  adjustTarget,
  type EvaluationInput,
  evaluate,
  type GroupResult,
  type Unit,
  type UnitTallyInput,
} from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";
import { loose, looseGroup } from "../helpers/loose.js";
import { fc, test } from "../helpers/prop.js";

const fail = (): never => {
  throw new Error("no such result");
};

const ASOF = "2026-01-15";
const pool = (women: number, total: number, womenTrained = 0) => ({ women, total, womenTrained });

/** n provincial departments, the first `withWoman` of them with a female key leader. */
function agencies(n: number, withWoman: number): EvaluationInput {
  const units: Unit[] = Array.from({ length: n }, (_, i) => ({
    id: `so-${i}`,
    kind: "state-agency",
    tier: "province",
  }));
  const tallies: UnitTallyInput[] = units.map((u, i) => ({
    unitId: u.id,
    keyLeaders: { women: i < withWoman ? 1 : 0, total: 3 },
    planningPool: pool(0, 0),
  }));
  return { units, tallies };
}

const indicator = (e: ReturnType<typeof evaluate>, id: string) => {
  const r = e.indicators.find((i) => i.indicatorId === id);
  if (r === undefined) throw new Error(id);
  return loose(r);
};

describe("evaluate: hand-computed examples", () => {
  it("17 units of which 10 have a female key leader, against 60%: below, 1 unit short", () => {
    const e = evaluate(hungYen53, agencies(17, 10), { year: 2025, asOf: ASOF });
    const r = indicator(e, "agencies-with-female-key-leader");
    expect(r.overall).toMatchObject({
      status: "below",
      value: { numerator: 10, denominator: 17, percent: "58.82" },
      target: { numerator: 3, denominator: 5, percent: "60.00" },
      requiredUnits: 11,
      shortfall: { units: 1 },
      milestoneStatus: "missed",
      keyLeaderShare: { women: 10, total: 51, percent: "19.61" },
    });
    expect(r.target.milestone?.citation).toEqual({
      document: "53/KH-UBND",
      clause: "I.1.1",
      provenance: "text",
      quote: "Đến năm 2025 đạt 60%",
    });
  });

  it("3 of 5 against 60% is met, exactly at the target", () => {
    const r = indicator(
      evaluate(hungYen53, agencies(5, 3), { year: 2025, asOf: ASOF }),
      "agencies-with-female-key-leader",
    );
    expect(r.overall.status).toBe("met");
    expect(r.overall.shortfall).toEqual({ units: 0 });
  });

  it("a 2023 value below the 2025 target is not yet met; in 2025 it is missed", () => {
    const in2023 = indicator(
      evaluate(hungYen53, agencies(17, 10), { year: 2023, asOf: "2023-12-31" }),
      "agencies-with-female-key-leader",
    );
    expect(in2023.overall.milestoneStatus).toBe("not-yet-met");
    expect(in2023.target.milestoneDue).toBe(false);
  });

  function poolOf(women: number, total: number, trained = 0): EvaluationInput {
    return {
      units: [{ id: "so-noi-vu", kind: "state-agency", tier: "province" }],
      tallies: [
        {
          unitId: "so-noi-vu",
          keyLeaders: { women: 1, total: 2 },
          planningPool: pool(women, total, trained),
        },
      ],
    };
  }

  it("a pool of 100 with 30 women against 50% (2030): 20 women short replacing, 40 adding", () => {
    const r = indicator(
      evaluate(hungYen53, poolOf(30, 100), { year: 2030, asOf: "2030-12-31" }),
      "women-in-planning-pool",
    );
    expect(r.overall).toMatchObject({
      status: "below",
      shortfall: { replace: 20, add: 40 },
      value: { percent: "30.00" },
    });
  });

  it("a pool of 23 with 9 women against 40% (2025): 1 short in both readings", () => {
    const r = indicator(
      evaluate(hungYen53, poolOf(9, 23), { year: 2025, asOf: ASOF }),
      "women-in-planning-pool",
    );
    expect(r.overall).toMatchObject({ status: "below", shortfall: { replace: 1, add: 1 } });
  });

  it("an empty pool is not computable, for both pool indicators", () => {
    const e = evaluate(hungYen53, poolOf(0, 0), { year: 2025, asOf: ASOF });
    expect(indicator(e, "women-in-planning-pool").overall).toMatchObject({
      status: "not-computable",
      reason: "empty-planning-pool",
    });
    expect(indicator(e, "trained-women-in-planning-pool").overall).toMatchObject({
      status: "not-computable",
      reason: "no-women-in-planning-pool",
    });
  });

  it("trained women: 6 of 8 women trained against 75% is met; 5 of 8 needs 1 more", () => {
    expect(
      indicator(
        evaluate(hungYen53, poolOf(8, 20, 6), { year: 2025, asOf: ASOF }),
        "trained-women-in-planning-pool",
      ).overall,
    ).toMatchObject({
      status: "met",
      value: { numerator: 6, denominator: 8, percent: "75.00" },
    });
    expect(
      indicator(
        evaluate(hungYen53, poolOf(8, 20, 5), { year: 2025, asOf: ASOF }),
        "trained-women-in-planning-pool",
      ).overall.shortfall,
    ).toEqual({
      replace: 1,
      add: 4,
    });
  });
});

describe("evaluate: units, scope and coverage", () => {
  const units: Unit[] = [
    { id: "ubnd-tinh", kind: "local-government", tier: "province", sector: "government" },
    { id: "so-noi-vu", kind: "state-agency", tier: "province", sector: "home-affairs", parent: "ubnd-tinh" },
    { id: "so-cong-an", kind: "state-agency", tier: "province", sector: "police", parent: "ubnd-tinh" },
    { id: "huyen-a", kind: "local-government", tier: "district", parent: "ubnd-tinh", validTo: "2025-06-30" },
    { id: "xa-b", kind: "local-government", tier: "commune", parent: "ubnd-tinh" },
    {
      id: "truong-c",
      kind: "public-service-unit",
      tier: "province",
      sector: "education",
      parent: "ubnd-tinh",
    },
  ];
  const t = (
    unitId: string,
    klWomen: number,
    klTotal: number,
    poolWomen = 0,
    poolTotal = 0,
  ): UnitTallyInput => ({
    unitId,
    keyLeaders: { women: klWomen, total: klTotal },
    planningPool: pool(poolWomen, poolTotal),
  });
  const tallies = [
    t("ubnd-tinh", 1, 4, 3, 8),
    t("so-noi-vu", 0, 3, 2, 5),
    t("huyen-a", 1, 4),
    t("truong-c", 1, 2, 5, 6),
  ];

  it("counts only units in scope and in force; a unit that did not report counts as not meeting", () => {
    // 2026: districts gone. In scope: ubnd-tinh, so-noi-vu, so-cong-an (missing), xa-b (missing) = 4 units, 1 with a woman.
    const e = evaluate(
      hungYen53,
      { units, tallies: tallies.filter((x) => x.unitId !== "huyen-a") },
      { year: 2026, asOf: "2026-11-26" },
    );
    const r = indicator(e, "agencies-with-female-key-leader");
    expect(e.tiers).toEqual(["province", "commune"]);
    expect(r.overall).toMatchObject({
      value: { numerator: 1, denominator: 4 },
      units: { inScope: 4, reporting: 2, missing: 2 },
      requiredUnits: 3,
      shortfall: { units: 2 },
    });
    expect(e.coverage.missingUnitIds).toEqual(["so-cong-an", "xa-b"]);
    const police = r.byUnit.find((g) => g.key === "so-cong-an");
    expect(police).toMatchObject({ status: "not-computable", reason: "unit-not-reporting" });
    expect(r.byUnit.map((g) => g.key)).not.toContain("truong-c"); // a public service unit is out of scope
  });

  it("with missingUnits: exclude, only units that reported key leaders count", () => {
    const e = evaluate(
      hungYen53,
      { units, tallies: tallies.filter((x) => x.unitId !== "huyen-a") },
      { year: 2026, asOf: "2026-11-26", settings: { missingUnits: "exclude" } },
    );
    expect(indicator(e, "agencies-with-female-key-leader").overall.value).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(e.settings.missingUnits).toBe("exclude");
  });

  it("counts districts before 2025-07-01 and rejects a district's tally after", () => {
    const before = evaluate(hungYen53, { units, tallies }, { year: 2024, asOf: "2024-12-31" });
    expect(before.tiers).toEqual(["province", "district", "commune"]);
    expect(indicator(before, "agencies-with-female-key-leader").overall.units.inScope).toBe(5);
    const after = evaluate(hungYen53, { units, tallies }, { year: 2026, asOf: "2026-11-26" });
    expect(after.coverage.rejected).toEqual([
      expect.objectContaining({
        index: 2,
        unitId: "huyen-a",
        issues: [expect.objectContaining({ code: "tally.unit-not-in-force" })],
      }),
    ]);
  });

  it("rejects, never drops, invalid, unknown and duplicated tallies", () => {
    const bad = [
      ...tallies,
      { unitId: "ghost", keyLeaders: { women: 0, total: 1 }, planningPool: pool(0, 0) },
      { unitId: "xa-b", keyLeaders: { women: 3, total: 1 }, planningPool: pool(0, 0) },
      { ...tallies[1] } as UnitTallyInput,
      { keyLeaders: { women: 0, total: 1 } } as unknown as UnitTallyInput,
    ];
    const e = evaluate(hungYen53, { units, tallies: bad }, { year: 2024, asOf: "2024-12-31" });
    const codes = e.coverage.rejected.map((r) => [r.index, r.issues.map((i) => i.code)]);
    expect(codes).toEqual([
      [1, ["tally.duplicate-unit"]],
      [4, ["tally.unknown-unit"]],
      [5, ["tally.women-exceed-total"]],
      [6, ["tally.duplicate-unit"]],
      [7, ["required", "required"]],
    ]);
    expect(e.coverage.unitsReporting + e.coverage.rejected.length).toBe(bad.length);
  });

  it("groups by tier and sector, with units without a sector under (none)", () => {
    const e = evaluate(hungYen53, { units, tallies }, { year: 2024, asOf: "2024-12-31" });
    const r = indicator(e, "women-in-planning-pool");
    expect(r.byTier.map((g) => [g.key, g.value?.numerator, g.value?.denominator])).toEqual([
      ["province", 10, 19],
      ["district", undefined, undefined],
      ["commune", undefined, undefined],
    ]);
    expect(r.bySector.map((g) => g.key)).toEqual([
      "(none)",
      "education",
      "government",
      "home-affairs",
      "police",
    ]);
    expect(r.overall.value).toMatchObject({ numerator: 10, denominator: 19 });
  });

  it("uses a target resolver for a group and says so", () => {
    const e = evaluate(
      hungYen53,
      { units, tallies },
      {
        year: 2024,
        asOf: "2024-12-31",
        targetResolver: (ctx) =>
          ctx.indicator.id === "agencies-with-female-key-leader" && ctx.group.key === "police"
            ? {
                target: { numerator: 1, denominator: 5 },
                audit: {
                  ...adjustTarget({
                    base: "60%",
                    workforce: { women: 0, total: 0 },
                    clause: hungYen53.adjustment ?? fail(),
                    policy: { policy: "none" },
                  }).audit,
                  policy: "explicit",
                },
              }
            : undefined,
      },
    );
    const r = indicator(e, "agencies-with-female-key-leader");
    expect(r.adjustedGroups).toBe(1);
    const police = r.bySector.find((g) => g.key === "police");
    expect(police).toMatchObject({
      targetSource: "resolver",
      adjustment: { policy: "explicit" },
      target: { percent: "20.00" },
    });
    expect(r.overall.targetSource).toBe("plan");
  });

  it("judges against a linear trajectory when asked, and says on track or behind", () => {
    const e = evaluate(hungYen53, agencies(10, 5), {
      year: 2027,
      asOf: "2027-12-31",
      trajectory: { kind: "linear", baseline: { year: 2025, value: "60%" } },
    });
    const r = indicator(e, "agencies-with-female-key-leader");
    expect(r.target.basis).toBe("linear-trajectory");
    expect(r.overall).toMatchObject({
      target: { percent: "66.00" },
      status: "below",
      trajectoryStatus: "behind",
      milestoneStatus: "not-yet-met",
    });
  });

  it("reports a qualitative indicator as not computable, and a year before the programme likewise", () => {
    const withQualitative = adaptPlan(hungYen53, {
      indicators: [
        {
          id: "ethnic-minority",
          measure: "qualitative",
          name: { vi: "Cán bộ nữ dân tộc thiểu số", en: "Ethnic-minority women leaders" },
          citation: { document: "1/KH-UBND", clause: "I.1.4" },
        },
      ],
    });
    const e = evaluate(withQualitative, agencies(3, 1), { year: 2025, asOf: ASOF });
    expect(indicator(e, "ethnic-minority").overall).toMatchObject({
      status: "not-computable",
      reason: "qualitative",
    });
    const early = evaluate(hungYen53, agencies(3, 1), { year: 2019, asOf: "2019-12-31" });
    expect(indicator(early, "women-in-planning-pool").overall.reason).toBe("before-programme");
  });

  it("refuses a malformed year or date", () => {
    expect(() => evaluate(hungYen53, agencies(1, 1), { year: 2025.5, asOf: ASOF })).toThrow(
      InvalidInputError,
    );
    expect(() => evaluate(hungYen53, agencies(1, 1), { year: 2025, asOf: "15/01/2026" })).toThrow(
      InvalidInputError,
    );
    expect(() => evaluate(hungYen53, agencies(1, 1), { year: 2025, asOf: "2026-02-30" })).toThrow(
      InvalidInputError,
    );
    expect(() =>
      evaluate(hungYen53, agencies(1, 1), { year: 2025, asOf: ASOF, snapshotDate: "2025-13-01" }),
    ).toThrow(/snapshotDate/);
  });

  it("returns plain JSON", () => {
    const e = evaluate(hungYen53, { units, tallies }, { year: 2024, asOf: "2024-12-31" });
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});

// Properties over generated provinces: units built by construction, tallies consistent by construction.
const province = fc
  .array(
    fc.record({
      kind: fc.constantFrom(
        "state-agency" as const,
        "local-government" as const,
        "public-service-unit" as const,
      ),
      tier: fc.constantFrom("province" as const, "commune" as const),
      sector: fc.constantFrom("health", "police", "education", undefined),
      reports: fc.boolean(),
      kl: fc
        .integer({ min: 0, max: 5 })
        .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
      pool: fc
        .integer({ min: 0, max: 30 })
        .chain((total) =>
          fc
            .integer({ min: 0, max: total })
            .chain((women) =>
              fc.tuple(fc.constant(total), fc.constant(women), fc.integer({ min: 0, max: women })),
            ),
        ),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) => {
    const units: Unit[] = rows.map((r, i) => ({
      id: `u${i}`,
      kind: r.kind,
      tier: r.tier,
      ...(r.sector === undefined ? {} : { sector: r.sector }),
    }));
    const tallies: UnitTallyInput[] = rows.flatMap((r, i) =>
      r.reports
        ? [
            {
              unitId: `u${i}`,
              keyLeaders: { women: r.kl[0], total: r.kl[1] },
              planningPool: { total: r.pool[0], women: r.pool[1], womenTrained: r.pool[2] },
            },
          ]
        : [],
    );
    return { units, tallies };
  });

const rank = (g: { status: GroupResult["status"] }) =>
  g.status === "met" ? 2 : g.status === "below" ? 1 : 0;
const opts = { year: 2025, asOf: ASOF } as const;

describe("properties", () => {
  test.prop([province, fc.infiniteStream(fc.nat())])(
    "evaluation does not depend on the order of units or tallies",
    (p, seeds) => {
      const shuffle = <T>(xs: readonly T[]) => {
        const it = seeds[Symbol.iterator]();
        return xs
          .map((x) => ({ x, k: it.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map(({ x }) => x);
      };
      const a = evaluate(hungYen53, p, opts);
      const b = evaluate(hungYen53, { units: shuffle(p.units), tallies: shuffle(p.tallies) }, opts);
      expect(b.indicators).toEqual(a.indicators);
      expect(b.coverage.missingUnitIds).toEqual(a.coverage.missingUnitIds);
    },
  );

  test.prop([province, fc.nat()])(
    "a unit gaining a female key leader never lowers a value or a status",
    (p, pick) => {
      const candidates = p.tallies.filter((t) => t.keyLeaders.women < t.keyLeaders.total);
      fc.pre(candidates.length > 0);
      const chosen = candidates[pick % candidates.length]?.unitId;
      const better = p.tallies.map((t) =>
        t.unitId === chosen ? { ...t, keyLeaders: { ...t.keyLeaders, women: t.keyLeaders.women + 1 } } : t,
      );
      const before = looseGroup(evaluate(hungYen53, p, opts).indicators[0]?.overall ?? fail());
      const after = looseGroup(
        evaluate(hungYen53, { ...p, tallies: better }, opts).indicators[0]?.overall ?? fail(),
      );
      expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      if (before.value !== undefined && after.value !== undefined) {
        expect(after.value.numerator).toBeGreaterThanOrEqual(before.value.numerator);
        expect(after.value.denominator).toBe(before.value.denominator);
      }
    },
  );

  test.prop([province, fc.nat()])(
    "a woman replacing a man in the pool, or being trained, never lowers a value or a status",
    (p, pick) => {
      const replaceable = p.tallies.filter((t) => t.planningPool.women < t.planningPool.total);
      const trainable = p.tallies.filter((t) => t.planningPool.womenTrained < t.planningPool.women);
      fc.pre(replaceable.length > 0 || trainable.length > 0);
      const cmp = (tallies: UnitTallyInput[], index: number) => {
        const before = looseGroup(evaluate(hungYen53, p, opts).indicators[index]?.overall ?? fail());
        const after = looseGroup(
          evaluate(hungYen53, { ...p, tallies }, opts).indicators[index]?.overall ?? fail(),
        );
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
        if (before.value && after.value) {
          // compare n1/d1 ≤ n2/d2 exactly
          expect(BigInt(after.value.numerator) * BigInt(before.value.denominator)).toBeGreaterThanOrEqual(
            BigInt(before.value.numerator) * BigInt(after.value.denominator),
          );
        }
      };
      if (replaceable.length > 0) {
        const id = replaceable[pick % replaceable.length]?.unitId;
        cmp(
          p.tallies.map((t) =>
            t.unitId === id
              ? { ...t, planningPool: { ...t.planningPool, women: t.planningPool.women + 1 } }
              : t,
          ),
          1,
        );
      }
      if (trainable.length > 0) {
        const id = trainable[pick % trainable.length]?.unitId;
        cmp(
          p.tallies.map((t) =>
            t.unitId === id
              ? { ...t, planningPool: { ...t.planningPool, womenTrained: t.planningPool.womenTrained + 1 } }
              : t,
          ),
          2,
        );
      }
    },
  );

  test.prop([province])("per-sector and per-tier groups add up to the overall counts", (p) => {
    for (const r of evaluate(hungYen53, p, opts).indicators) {
      for (const groups of [r.byTier, r.bySector]) {
        const inScope = groups.reduce((s, g) => s + g.units.inScope, 0);
        expect(inScope).toBe(r.overall.units.inScope);
        const reporting = groups.reduce((s, g) => s + g.units.reporting, 0);
        expect(reporting).toBe(r.overall.units.reporting);
      }
    }
  });

  test.prop([province])("validate: false gives the same result on valid tallies", (p) => {
    expect(evaluate(hungYen53, p, { ...opts, validate: false })).toEqual(evaluate(hungYen53, p, opts));
  });
});

describe("evaluate: readings made explicit", () => {
  const unit = (id: string, extra: Partial<Unit> = {}): Unit => ({
    id,
    kind: "state-agency",
    tier: "province",
    ...extra,
  });
  const t = (unitId: string, klWomen: number, klTotal: number, wf?: [number, number]): UnitTallyInput => ({
    unitId,
    keyLeaders: { women: klWomen, total: klTotal },
    planningPool: pool(2, 10, 1),
    ...(wf === undefined ? {} : { workforce: { women: wf[0], total: wf[1] } }),
  });

  it("does not call a milestone missed before its year is over", () => {
    const early = evaluate(hungYen53, agencies(17, 10), { year: 2025, asOf: "2025-03-01" });
    expect(early.snapshotDate).toBe("2025-03-01");
    expect(indicator(early, "agencies-with-female-key-leader").overall.milestoneStatus).toBe("not-yet-met");
    const late = evaluate(hungYen53, agencies(17, 10), { year: 2025, asOf: "2026-03-01" });
    expect(indicator(late, "agencies-with-female-key-leader").overall.milestoneStatus).toBe("missed");
  });

  it("judges the milestone against the adjusted milestone when a trajectory and an adjustment meet", () => {
    // Police at 10% women: proportional adjustment of the 2025 milestone 60% → 20%. In 2023 on a line from 0% (2021),
    // the adjusted trajectory point is 10%; a value of 3/20 = 15% is on track but below the adjusted milestone.
    const plan = adaptPlan(hungYen53, { settings: { adjustment: { default: { policy: "proportional" } } } });
    const units = Array.from({ length: 20 }, (_, i) => unit(`u${i}`, { sector: "police" }));
    const tallies = units.map((u, i) => t(u.id, i < 3 ? 1 : 0, 3, [10, 100]));
    const e = evaluate(
      plan,
      { units, tallies },
      {
        year: 2023,
        asOf: "2023-12-31",
        trajectory: { kind: "linear", baseline: { year: 2021, value: "0%" } },
      },
    );
    const police = indicator(e, "agencies-with-female-key-leader").bySector[0];
    expect(police).toMatchObject({
      status: "met",
      trajectoryStatus: "on-track",
      milestoneStatus: "not-yet-met",
      target: { percent: "10.00" },
    });
  });

  it("applies the plan's own adjustment policies without a resolver being passed", () => {
    const plan = adaptPlan(hungYen53, {
      settings: { adjustment: { bySector: { police: { policy: "capAtWorkforceShare" } } } },
    });
    const e = evaluate(
      plan,
      { units: [unit("ca", { sector: "police" })], tallies: [t("ca", 0, 3, [12, 100])] },
      { year: 2025, asOf: ASOF },
    );
    const r = indicator(e, "agencies-with-female-key-leader");
    expect(r.bySector[0]).toMatchObject({
      targetSource: "resolver",
      target: { percent: "12.00" },
      adjustment: { policy: "capAtWorkforceShare" },
    });
    expect(r.adjustedGroups).toBe(2);
    expect(e.settings.adjustment.bySector["police"]).toEqual({ policy: "capAtWorkforceShare" });
  });

  it("says no units reported, not that the pool is empty, when nobody reported", () => {
    const e = evaluate(hungYen53, { units: [unit("a"), unit("b")], tallies: [] }, { year: 2025, asOf: ASOF });
    expect(indicator(e, "women-in-planning-pool").overall.reason).toBe("no-units-reporting");
    expect(indicator(e, "trained-women-in-planning-pool").byUnit[0]?.reason).toBe("unit-not-reporting");
  });

  it("refuses tallies counted under another key-leader reading, and records the reading stated", () => {
    const input = { units: [unit("a")], tallies: [t("a", 1, 3)] };
    expect(() =>
      evaluate(hungYen53, { ...input, keyLeaders: "heads-only" }, { year: 2025, asOf: ASOF }),
    ).toThrow(/heads-only/);
    expect(
      evaluate(hungYen53, { ...input, keyLeaders: "heads-and-deputies" }, { year: 2025, asOf: ASOF }).settings
        .keyLeadersCountedUnder,
    ).toBe("heads-and-deputies");
    expect(evaluate(hungYen53, input, { year: 2025, asOf: ASOF }).settings.keyLeadersCountedUnder).toBe(
      "not-stated",
    );
  });

  it("shows units outside the scope of I.1.1 by kind and tier, and units reporting no key leaders", () => {
    const units = [
      unit("a"),
      unit("ubnd-x", { kind: "peoples-committee", tier: "commune" }),
      unit("truong", { kind: "public-service-unit" }),
    ];
    const e = evaluate(
      hungYen53,
      { units, tallies: [t("a", 0, 0), t("ubnd-x", 1, 2), t("truong", 1, 2)] },
      { year: 2025, asOf: ASOF },
    );
    expect(e.coverage.unitsOutOfScope).toEqual([
      { kind: "peoples-committee", tier: "commune", count: 1 },
      { kind: "public-service-unit", tier: "province", count: 1 },
    ]);
    expect(indicator(e, "agencies-with-female-key-leader").overall.units).toEqual({
      inScope: 1,
      reporting: 1,
      missing: 0,
      withoutKeyLeaders: 1,
    });
  });
});

describe("evaluate: per-unit results on demand", () => {
  it("unitResults: false gives the same overall, level and sector results, no byUnit, and says so", async () => {
    const { hungYen53: plan } = await import("../../src/presets/index.js");
    const { readFileSync } = await import("node:fs");
    const units = JSON.parse(readFileSync("data/sample/units.json", "utf8"));
    const tallies = JSON.parse(readFileSync("data/sample/tallies-2025.json", "utf8"));
    const full = evaluate(plan, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
    const lean = evaluate(plan, { units, tallies }, { year: 2025, asOf: "2026-01-15", unitResults: false });
    expect(full.settings.unitResults).toBe(true);
    expect(lean.settings.unitResults).toBe(false);
    for (const [i, r] of lean.indicators.entries()) {
      const f = full.indicators[i];
      expect(r.byUnit).toEqual([]);
      expect(f?.byUnit.length).toBeGreaterThan(100);
      expect({ ...r, byUnit: [], adjustedGroups: 0 }).toEqual({ ...f, byUnit: [], adjustedGroups: 0 });
    }
    expect(() =>
      evaluate(plan, { units, tallies }, { year: 2025, asOf: "2026-01-15", unitResults: "no" as never }),
    ).toThrow(/argument\.type/);
  });
});
