// Type tests: what the compiler knows about results and inputs. `tsc` (npm run typecheck) checks this file;
// each @ts-expect-error fails the build if the line it marks ever compiles.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type AdjustmentAudit,
  evaluate,
  type GroupResult,
  type GroupValue,
  type NotComputableReason,
  type PeopleShortfall,
  type Plan,
  type PlanPatch,
  safeAdaptPlan,
  type TargetForYear,
  targetFor,
  type UnitsShortfall,
} from "../../src/index.js";
import { type HungYen53IndicatorId, hungYen53 } from "../../src/presets/index.js";

describe("types that guide", () => {
  it("narrows a group result on its status", () => {
    const g = evaluate(
      hungYen53,
      { units: [{ id: "a", kind: "state-agency", tier: "province" }], tallies: [] },
      { year: 2025, asOf: "2026-01-15" },
    ).indicators[0]?.overall as GroupResult;
    // at run time too: a unit that did not report counts as not meeting the target (missingUnits), a value of 0/1
    expect(g.status === "not-computable" ? g.reason : `${g.value.numerator}/${g.value.denominator}`).toBe(
      "0/1",
    );
    if (g.status === "not-computable") {
      expectTypeOf(g.reason).toEqualTypeOf<NotComputableReason>();
      // @ts-expect-error: a group that is not computable has no value
      void g.value;
    } else {
      expectTypeOf(g.value).toEqualTypeOf<GroupValue>();
      expectTypeOf(g.shortfall).toEqualTypeOf<UnitsShortfall | PeopleShortfall>();
      expectTypeOf(g.adjustment).toEqualTypeOf<AdjustmentAudit | undefined>();
    }
  });

  it("knows the presets' indicator ids", () => {
    expectTypeOf(hungYen53).toEqualTypeOf<Plan<HungYen53IndicatorId>>();
    expectTypeOf(targetFor(hungYen53, "women-in-planning-pool", 2025)).toEqualTypeOf<TargetForYear>();
    // @ts-expect-error: a misspelt id of a preset does not compile
    expect(() => targetFor(hungYen53, "agencies-with-female-key-leadr", 2025)).toThrow(
      /indicator\.unknown-id/,
    );
    // A plan read from JSON has string ids: any string compiles (and an unknown one throws at run time).
    const anyPlan = hungYen53 as Plan;
    expectTypeOf(targetFor).toBeCallableWith(anyPlan, "anything", 2025);
  });

  it("types every field of a patch", () => {
    const ok: PlanPatch = {
      indicators: [{ id: "x", milestones: [{ year: 2025, target: "55%", $remove: true }] }],
      localGovernment: [{ from: "2025-07-01", tiers: ["province", "commune"] }],
    };
    void ok;
    // @ts-expect-error: a bare number is not a share
    const bare: PlanPatch = { indicators: [{ id: "x", milestones: [{ year: 2025, target: 60 }] }] };
    // @ts-expect-error: "$remove" must be true
    const removeFalse: PlanPatch = { indicators: [{ id: "x", $remove: false }] };
    // @ts-expect-error: tiers are a known list
    const tier: PlanPatch = { localGovernment: [{ from: "2025-07-01", tiers: ["ward"] }] };
    void [bare, removeFalse, tier];
    // at run time: adaptPlan refuses what the types refuse (a bare number as a target)
    expect(safeAdaptPlan(hungYen53, bare as never).success).toBe(false);
  });
});
