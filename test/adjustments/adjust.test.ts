import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import { fromZodIssues } from "../../src/i18n/issues.js";
import {
  type AdjustmentPolicy,
  AdjustmentPolicySchema,
  AdjustmentRefusedError,
  adjustmentResolver,
  adjustTarget,
  evaluate,
  isEligibleForAdjustment,
  type Percent,
} from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";
import { loose, looseGroup } from "../helpers/loose.js";
import { fc, test } from "../helpers/prop.js";

const fail = (): never => {
  throw new Error("no such result");
};

import { compareFractions, type Fraction, fraction } from "../../src/rational/fraction.js";
import { ratioToFraction } from "../../src/rational/ratio.js";

const clause =
  hungYen53.adjustment ??
  (() => {
    throw new Error("Plan 53 has the clause");
  })();
const explicit = (target: string): AdjustmentPolicy =>
  AdjustmentPolicySchema.parse({
    policy: "explicit",
    target,
    justification: { vi: "Ngành có ít nữ", en: "Few women in the sector" },
    approvedBy: { number: "15/QĐ-UBND", issueDate: "2024-03-01", issuer: "UBND tỉnh" },
  });

describe("isEligibleForAdjustment: the boundary, exactly", () => {
  it("3 of 10 women (30%) is not eligible: the text says strictly below", () => {
    expect(isEligibleForAdjustment({ women: 3, total: 10 }, clause).status).toBe("not-eligible");
  });
  it("299 of 1,000 is eligible", () => {
    expect(isEligibleForAdjustment({ women: 299, total: 1000 }, clause)).toMatchObject({
      status: "eligible",
      share: { numerator: 299, denominator: 1000, percent: "29.90" },
    });
  });
  it("0 of 0 is not computable, not eligible", () => {
    expect(isEligibleForAdjustment({ women: 0, total: 0 }, clause)).toEqual({
      status: "not-computable",
      reason: "empty-workforce",
    });
  });
  it("at-or-below makes 30% itself eligible", () => {
    expect(
      isEligibleForAdjustment({ women: 3, total: 10 }, { threshold: "30%", comparison: "at-or-below" })
        .status,
    ).toBe("eligible");
  });
  it("refuses impossible counts", () => {
    expect(() => isEligibleForAdjustment({ women: 4, total: 3 }, clause)).toThrow(InvalidInputError);
  });
});

describe("policies on a police-like sector at 12% women, base 60%", () => {
  const police = { women: 12, total: 100 };
  it("none keeps 60%", () => {
    const r = adjustTarget({ base: "60%", workforce: police, clause, policy: { policy: "none" } });
    expect(r.audit).toMatchObject({
      adjusted: false,
      eligibility: "eligible",
      adjustedTarget: { percent: "60.00" },
    });
  });
  it("capAtWorkforceShare gives 12%", () => {
    const r = adjustTarget({
      base: "60%",
      workforce: police,
      clause,
      policy: { policy: "capAtWorkforceShare" },
    });
    expect(r.audit.adjustedTarget).toMatchObject({ numerator: 3, denominator: 25, percent: "12.00" });
  });
  it("proportional gives 60% × 12% ÷ 30% = 24%", () => {
    const r = adjustTarget({ base: "60%", workforce: police, clause, policy: { policy: "proportional" } });
    expect(r.audit).toMatchObject({
      adjusted: true,
      adjustedTarget: { numerator: 6, denominator: 25 },
      rule: expect.stringContaining("threshold"),
    });
  });
  it("explicit gives the declared 25% with its justification and approving document", () => {
    const r = adjustTarget({ base: "60%", workforce: police, clause, policy: explicit("25%") });
    expect(r.success).toBe(true);
    expect(r.audit).toMatchObject({
      policy: "explicit",
      adjustedTarget: { percent: "25.00" },
      approvedBy: { number: "15/QĐ-UBND" },
      citation: { document: "53/KH-UBND", clause: "I.1.1" },
    });
  });
  it("explicit above the base is refused", () => {
    const r = adjustTarget({ base: "60%", workforce: police, clause, policy: explicit("70%") });
    expect(r).toMatchObject({ success: false, code: "adjustment.raises-target" });
  });
  it("explicit without a justification or approving document is refused by the schema", () => {
    const r = AdjustmentPolicySchema.safeParse({ policy: "explicit", target: "25%" });
    expect(fromZodIssues(r.error?.issues ?? []).map((i) => i.code)).toEqual([
      "adjustment.justification-required",
    ]);
  });
});

// Workforces built by construction; bases from 0% to 100% in 0.1% steps.
const workforce = fc
  .integer({ min: 1, max: 5000 })
  .chain((total) => fc.record({ women: fc.integer({ min: 0, max: total }), total: fc.constant(total) }));
const base = fc.integer({ min: 0, max: 1000 }).map((p) => `${p / 10}%` as Percent);
const policy = fc.oneof(
  fc.constant<AdjustmentPolicy>({ policy: "none" }),
  fc.constant<AdjustmentPolicy>({ policy: "capAtWorkforceShare" }),
  fc.constant<AdjustmentPolicy>({ policy: "proportional" }),
);
const target = (r: ReturnType<typeof adjustTarget>): Fraction => ratioToFraction(r.audit.adjustedTarget);

describe("properties of every policy", () => {
  test.prop([workforce, base, policy])("never raises a target", (w, b, p) => {
    const r = adjustTarget({ base: b, workforce: w, clause, policy: p });
    expect(r.success).toBe(true);
    expect(compareFractions(target(r), ratioToFraction(r.audit.baseTarget))).toBeLessThanOrEqual(0);
  });

  test.prop([
    workforce,
    base,
    fc.oneof(
      policy,
      fc.integer({ min: 0, max: 100 }).map((t) => explicit(`${t}%`)),
    ),
  ])("leaves ineligible groups untouched", (w, b, p) => {
    fc.pre(isEligibleForAdjustment(w, clause).status !== "eligible");
    const r = adjustTarget({ base: b, workforce: w, clause, policy: p });
    expect(r.audit.adjusted).toBe(false);
    expect(r.audit.adjustedTarget).toEqual(r.audit.baseTarget);
  });

  test.prop([fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.nat(), base, policy])(
    "is monotone: more women in the workforce never lowers the adjusted target",
    (total, a, b, baseTarget, p) => {
      const lo = Math.min(a, b) % (total + 1);
      const hi = Math.max(lo, Math.max(a, b) % (total + 1));
      const low = adjustTarget({ base: baseTarget, workforce: { women: lo, total }, clause, policy: p });
      const high = adjustTarget({ base: baseTarget, workforce: { women: hi, total }, clause, policy: p });
      expect(compareFractions(target(low), target(high))).toBeLessThanOrEqual(0);
    },
  );

  test.prop([fc.integer({ min: 1, max: 100 }), base])(
    "proportional is continuous at the threshold: just below, it is just below the base",
    (k, b) => {
      // women/total = 30% − 1/(1000k): the adjusted target is base × (1 − 1/(300k)), within base/300k of the base
      const total = 1000 * k;
      const r = adjustTarget({
        base: b,
        workforce: { women: 300 * k - 1, total },
        clause,
        policy: { policy: "proportional" },
      });
      const baseF = ratioToFraction(r.audit.baseTarget);
      const gap = fraction(baseF.n * 1n, baseF.d * BigInt(300 * k));
      const adjusted = target(r);
      // base − adjusted = gap exactly
      expect(
        compareFractions({ n: baseF.n * adjusted.d - adjusted.n * baseF.d, d: baseF.d * adjusted.d }, gap),
      ).toBe(0);
      const at = adjustTarget({
        base: b,
        workforce: { women: 300 * k, total },
        clause,
        policy: { policy: "proportional" },
      });
      expect(at.audit.adjustedTarget).toEqual(at.audit.baseTarget);
    },
  );

  test.prop([workforce, base, fc.integer({ min: 0, max: 1000 })])(
    "explicit above the base is refused, at or below accepted",
    (w, b, declared) => {
      const r = adjustTarget({
        base: b,
        workforce: { women: 0, total: w.total },
        clause,
        policy: explicit(`${declared / 10}%`),
      });
      const above = declared / 10 > Number.parseFloat(b); // both are tenths: the float comparison is exact here
      expect(r.success).toBe(!above);
    },
  );

  test.prop([workforce, base, policy])(
    "the audit record reproduces the adjusted target from its own numbers",
    (w, b, p) => {
      const { audit } = adjustTarget({ base: b, workforce: w, clause, policy: p });
      const baseF = ratioToFraction(audit.baseTarget);
      let expected = baseF;
      if (audit.eligibility === "eligible") {
        const share = fraction(audit.workforce.women, audit.workforce.total);
        const thr = fraction(Number(audit.threshold.slice(0, -1)), 100);
        if (audit.policy === "capAtWorkforceShare")
          expected = compareFractions(share, baseF) < 0 ? share : baseF;
        if (audit.policy === "proportional")
          expected = fraction(baseF.n * share.n * thr.d, baseF.d * share.d * thr.n);
      }
      expect(compareFractions(ratioToFraction(audit.adjustedTarget), expected)).toBe(0);
    },
  );
});

describe("adjustmentResolver in evaluate", () => {
  const units = [
    { id: "so-cong-an", kind: "state-agency" as const, tier: "province" as const, sector: "police" },
    { id: "so-y-te", kind: "state-agency" as const, tier: "province" as const, sector: "health" },
    { id: "so-xay-dung", kind: "state-agency" as const, tier: "province" as const, sector: "construction" },
  ];
  const t = (unitId: string, women: number, wfWomen: number, wfTotal: number) => ({
    unitId,
    keyLeaders: { women, total: 3 },
    planningPool: { women: 0, total: 0, womenTrained: 0 },
    workforce: { women: wfWomen, total: wfTotal },
  });
  const tallies = [t("so-cong-an", 0, 12, 100), t("so-y-te", 1, 70, 100), t("so-xay-dung", 0, 30, 100)];

  it("adjusts only eligible sectors of adjustable indicators, shows the audit and counts the groups", () => {
    const resolver = adjustmentResolver(hungYen53, { default: { policy: "proportional" } });
    const e = evaluate(
      hungYen53,
      { units, tallies },
      { year: 2025, asOf: "2026-01-15", targetResolver: resolver },
    );
    const r = e.indicators[0] === undefined ? undefined : loose(e.indicators[0]);
    const police = r?.bySector.find((g) => g.key === "police");
    expect(police).toMatchObject({
      targetSource: "resolver",
      target: { percent: "24.00" },
      adjustment: { policy: "proportional", eligibility: "eligible" },
    });
    expect(r?.bySector.find((g) => g.key === "construction")?.targetSource).toBe("plan"); // exactly 30%: not eligible
    expect(r?.byUnit.find((g) => g.key === "so-cong-an")?.targetSource).toBe("resolver");
    expect(r?.adjustedGroups).toBe(2); // the police sector and its one unit
    expect(e.indicators[1]?.adjustedGroups).toBe(0); // the pool indicator is not adjustable in Plan 53
  });

  it("judges per unit when asked, and takes per-sector policies", () => {
    const resolver = adjustmentResolver(hungYen53, {
      basis: "unit",
      bySector: { police: { policy: "capAtWorkforceShare" } },
    });
    const e = evaluate(
      hungYen53,
      { units, tallies },
      { year: 2025, asOf: "2026-01-15", targetResolver: resolver },
    );
    expect(e.indicators[0]?.byUnit.map(looseGroup).find((g) => g.key === "so-cong-an")?.target?.percent).toBe(
      "12.00",
    );
    expect(e.indicators[0]?.bySector.map(looseGroup).find((g) => g.key === "police")?.targetSource).toBe(
      "plan",
    );
  });

  it("refuses a plan without the clause", () => {
    const { adjustment: _, ...rest } = JSON.parse(JSON.stringify(hungYen53));
    expect(() => adjustmentResolver({ ...rest, adjustment: null })).toThrow(InvalidInputError);
  });
});

describe("adjustmentResolver: edge cases", () => {
  const base = { kind: "state-agency" as const, tier: "province" as const };
  const tally = (unitId: string, wfWomen: number) => ({
    unitId,
    keyLeaders: { women: 0, total: 3 },
    planningPool: { women: 0, total: 0, womenTrained: 0 },
    workforce: { women: wfWomen, total: 100 },
  });

  it("never adjusts units without a sector by sector: they belong to no ngành", () => {
    const units = [
      { id: "a", ...base },
      { id: "b", ...base },
    ];
    const resolver = adjustmentResolver(hungYen53, { default: { policy: "proportional" } });
    const e = evaluate(
      hungYen53,
      { units, tallies: [tally("a", 5), tally("b", 5)] },
      { year: 2025, asOf: "2026-01-15", targetResolver: resolver },
    );
    expect(e.indicators[0]?.adjustedGroups).toBe(0);
  });

  it("throws, naming the group, when an explicit target would raise the target", () => {
    const units = [{ id: "a", ...base, sector: "police" }];
    const resolver = adjustmentResolver(hungYen53, { bySector: { police: explicit("70%") } });
    let error: unknown;
    try {
      evaluate(
        hungYen53,
        { units, tallies: [tally("a", 5)] },
        { year: 2025, asOf: "2026-01-15", targetResolver: resolver },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AdjustmentRefusedError);
    const refused = error as AdjustmentRefusedError;
    expect(refused.issues[0]?.code).toBe("adjustment.raises-target");
    expect(refused.issues[0]?.path).toEqual(["agencies-with-female-key-leader", "sector", "police"]);
    // trap 8: a refused declared target is recorded as not adjusted, the declared value beside the base
    expect(refused.audit.adjusted).toBe(false);
    expect(refused.audit.adjustedTarget.percent).toBe("60.00");
    expect(refused.audit.declaredTarget?.percent).toBe("70.00");
  });

  it("reads policies of sectors named like Object.prototype members, and refuses __proto__ keys", () => {
    const units = [{ id: "a", ...base, sector: "toString" }];
    const resolver = adjustmentResolver(hungYen53, {
      bySector: { toString: { policy: "capAtWorkforceShare" as const } },
    });
    const e = evaluate(
      hungYen53,
      { units, tallies: [tally("a", 10)] },
      { year: 2025, asOf: "2026-01-15", targetResolver: resolver },
    );
    expect(looseGroup(e.indicators[0]?.bySector[0] ?? fail()).target?.percent).toBe("10.00");
    expect(() =>
      adjustmentResolver(hungYen53, JSON.parse('{"bySector":{"__proto__":{"policy":"none"}}}')),
    ).toThrow(InvalidInputError);
    expect(() =>
      adjustmentResolver(hungYen53, { bySector: { constructor: { policy: "none" as const } } }),
    ).toThrow(/constructor/);
  });
});
