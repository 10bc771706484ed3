// How one group is judged: why a group cannot be computed (each reason), the units counted in it, the key-leader
// share, when a milestone is missed rather than not yet met, what a target resolver is asked and what it changes,
// and a trajectory's status.
import { describe, expect, it } from "vitest";
import {
  type EvaluateOptions,
  evaluate,
  type Plan,
  type TargetContext,
  type TargetResolver,
  type Unit,
  type UnitTallyInput,
} from "../../src/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";

const unit = (id: string, over: Partial<Unit> = {}): Unit => ({
  id,
  kind: "state-agency",
  tier: "province",
  ...over,
});
const t = (
  unitId: string,
  kl: [number, number],
  pool: [number, number, number] = [2, 4, 1],
  wf?: [number, number],
): UnitTallyInput => ({
  unitId,
  keyLeaders: { women: kl[0], total: kl[1] },
  planningPool: { women: pool[0], total: pool[1], womenTrained: pool[2] },
  ...(wf === undefined ? {} : { workforce: { women: wf[0], total: wf[1] } }),
});
const ok: EvaluateOptions = { year: 2025, asOf: "2026-01-15" };
const run = (
  units: Unit[],
  tallies: UnitTallyInput[],
  options: Partial<EvaluateOptions> = {},
  plan: Plan = hungYen53 as unknown as Plan,
) => evaluate(plan, { units, tallies, keyLeaders: "heads-and-deputies" }, { ...ok, ...options });
const ind = (e: ReturnType<typeof evaluate>, i: number) => {
  const r = e.indicators[i];
  if (r === undefined) throw new Error(`no indicator ${i}`);
  return r;
};

describe("why a group cannot be computed", () => {
  it("no unit in scope, none reporting, a unit not reporting, a unit without key leaders", () => {
    const outOfScope = run([unit("bv", { kind: "public-service-unit" })], [t("bv", [1, 2])]);
    expect(ind(outOfScope, 0).overall).toEqual({
      by: "overall",
      key: "(all)",
      units: { inScope: 0, reporting: 0, missing: 0, withoutKeyLeaders: 0 },
      keyLeaderShare: { women: 0, total: 0, percent: null },
      status: "not-computable",
      reason: "no-units-in-scope",
    });
    const silent = run([unit("a"), unit("b")], [], { settings: { missingUnits: "exclude" } });
    expect(ind(silent, 0).overall).toMatchObject({
      units: { inScope: 2, reporting: 0, missing: 2, withoutKeyLeaders: 0 },
      status: "not-computable",
      reason: "no-units-reporting",
    });
    const units = run([unit("a"), unit("b"), unit("c")], [t("a", [1, 2]), t("b", [0, 0])], {
      unitResults: true,
    });
    const byUnit = Object.fromEntries(ind(units, 0).byUnit.map((g) => [g.key, g]));
    expect(byUnit["b"]).toMatchObject({
      units: { inScope: 1, reporting: 1, missing: 0, withoutKeyLeaders: 1 },
      status: "not-computable",
      reason: "no-key-leaders-reported",
    });
    expect(byUnit["c"]).toMatchObject({
      units: { inScope: 1, reporting: 0, missing: 1, withoutKeyLeaders: 0 },
      status: "not-computable",
      reason: "unit-not-reporting",
    });
    expect(byUnit["a"]).toMatchObject({ status: "met", value: { numerator: 1, denominator: 1 } });
    // Counted as not meeting the criterion, the silent and the leaderless units are in the denominator.
    expect(ind(units, 0).overall).toMatchObject({
      units: { inScope: 3, reporting: 2, missing: 1, withoutKeyLeaders: 1 },
      value: { numerator: 1, denominator: 3 },
      keyLeaderShare: { women: 1, total: 2, percent: "50.00" },
    });
  });

  it("an empty planning pool, no women in it, no unit reporting, a unit not reporting", () => {
    const empty = run([unit("a"), unit("b")], [t("a", [1, 2], [0, 0, 0])], { unitResults: true });
    expect(ind(empty, 1).overall).toMatchObject({
      units: { inScope: 2, reporting: 1, missing: 1 },
      status: "not-computable",
      reason: "empty-planning-pool",
    });
    expect(ind(empty, 1).overall).not.toHaveProperty("keyLeaderShare");
    expect(ind(empty, 2).overall).toMatchObject({
      status: "not-computable",
      reason: "no-women-in-planning-pool",
    });
    expect(ind(empty, 1).byUnit.find((g) => g.key === "b")).toMatchObject({ reason: "unit-not-reporting" });
    const none = run([unit("a")], []);
    expect(ind(none, 1).overall).toMatchObject({ status: "not-computable", reason: "no-units-reporting" });
    expect(ind(none, 2).overall).toMatchObject({ status: "not-computable", reason: "no-units-reporting" });
  });

  it("a qualitative target, and a year before the programme", () => {
    const q = run([unit("a")], [t("a", [1, 2])], {}, national2282 as unknown as Plan);
    const qualitative = q.indicators.find((i) => i.measure === "qualitative");
    expect(qualitative?.overall).toMatchObject({ status: "not-computable", reason: "qualitative" });
    const before = run([unit("a")], [t("a", [1, 2])], { year: 2020, asOf: "2021-01-15" });
    expect(ind(before, 0).overall).toMatchObject({ status: "not-computable", reason: "before-programme" });
  });
});

describe("milestones", () => {
  // 1 of 2 units with a female key leader: 50% against 60% for 2025.
  const units = [unit("a"), unit("b")];
  const tallies = [t("a", [1, 2]), t("b", [0, 2])];
  it("is not yet missed before the counts describe the end of its year, and missed after", () => {
    expect(ind(run(units, tallies, { asOf: "2025-12-30" }), 0).overall).toMatchObject({
      status: "below",
      milestoneStatus: "not-yet-met",
    });
    expect(ind(run(units, tallies, { asOf: "2025-12-31" }), 0).overall).toMatchObject({
      milestoneStatus: "missed",
    });
    expect(
      ind(run(units, tallies, { asOf: "2025-06-30", snapshotDate: "2025-06-30" }), 0).overall,
    ).toMatchObject({
      milestoneStatus: "not-yet-met",
    });
    // 2024 is judged against the next milestone, 2025, which is not due at the end of 2024.
    expect(ind(run(units, tallies, { year: 2024, asOf: "2025-01-15" }), 0).overall).toMatchObject({
      milestoneStatus: "not-yet-met",
    });
    const met = run([unit("a")], [t("a", [1, 2])]);
    expect(ind(met, 0).overall).toMatchObject({
      status: "met",
      milestoneStatus: "met",
      requiredUnits: 1,
      shortfall: { units: 0 },
    });
  });

  it("says on track or behind on a trajectory, and judges the milestone against the milestone", () => {
    // 2023 on the line from 0% (2021) to 60% (2025): 30%. 1 of 2 = 50%: on track, and below the 60% milestone.
    const e = run(units, tallies, {
      year: 2023,
      asOf: "2024-01-15",
      trajectory: { kind: "linear", baseline: { year: 2021, value: "0%" } },
    });
    expect(ind(e, 0).overall).toMatchObject({
      status: "met",
      trajectoryStatus: "on-track",
      milestoneStatus: "not-yet-met",
    });
    const behind = run(
      [unit("a"), unit("b"), unit("c"), unit("d")],
      [t("a", [1, 2]), t("b", [0, 2]), t("c", [0, 2]), t("d", [0, 2])],
      {
        year: 2023,
        asOf: "2024-01-15",
        trajectory: { kind: "linear", baseline: { year: 2021, value: "0%" } },
      },
    );
    expect(ind(behind, 0).overall).toMatchObject({ status: "below", trajectoryStatus: "behind" });
    expect(ind(run(units, tallies), 0).overall).not.toHaveProperty("trajectoryStatus");
    // The pool indicator on the same line: 2/4 women = 50% against 30% (2023) and 40% (2025).
    expect(ind(e, 1).overall).toMatchObject({
      status: "met",
      trajectoryStatus: "on-track",
      milestoneStatus: "met",
    });
  });
});

describe("a target resolver", () => {
  it("is asked for each group with the group's units, sector and workforce, and changes only what it answers", () => {
    const asked: TargetContext["group"][] = [];
    const resolver: TargetResolver = (ctx) => {
      asked.push(ctx.group);
      return ctx.group.by === "sector" && ctx.group.key === "police"
        ? {
            target: {
              numerator: 1,
              denominator: 5,
              percent: "20.00",
              rounding: { digits: 2, mode: "half-up" },
            },
            audit: { policy: "explicit" } as never,
          }
        : undefined;
    };
    const units = [unit("ca", { sector: "police" }), unit("yt", { sector: "health" }), unit("x")];
    const tallies = [
      t("ca", [1, 3], [1, 4, 1], [100, 1000]),
      t("yt", [0, 3], [2, 4, 1], [600, 1000]),
      t("x", [0, 3]),
    ];
    const e = run(units, tallies, { targetResolver: resolver });
    const police = ind(e, 0).bySector.find((g) => g.key === "police");
    expect(police).toMatchObject({ status: "met", targetSource: "resolver", target: { percent: "20.00" } });
    expect(ind(e, 0).bySector.find((g) => g.key === "health")).toMatchObject({
      targetSource: "plan",
      target: { percent: "60.00" },
    });
    expect(ind(e, 0).overall).toMatchObject({ targetSource: "plan" });
    expect(ind(e, 0).adjustedGroups).toBe(1);
    const policeGroup = asked.find((g) => g.by === "sector" && g.key === "police");
    expect(policeGroup).toEqual({
      by: "sector",
      key: "police",
      unitIds: ["ca"],
      sector: "police",
      workforce: { women: 100, total: 1000 },
    });
    const overall = asked.find((g) => g.by === "overall");
    expect(overall).toEqual({
      by: "overall",
      key: "(all)",
      unitIds: ["ca", "yt", "x"],
      workforce: { women: 700, total: 2000 },
    });
    expect(overall).not.toHaveProperty("sector");
  });

  it("on a trajectory, is asked again for the milestone, and the milestone is judged against its answer", () => {
    // Half of whatever base it is given, for the police: 2023 on the line from 0% (2021) to 40% (2025) is 20%,
    // so the target is 10% and the milestone 20% (not the plan's 40%).
    const bases: string[] = [];
    const half: TargetResolver = (ctx) => {
      if (ctx.group.key !== "police" || ctx.indicator.id !== "women-in-planning-pool") return undefined;
      bases.push(ctx.base.percent);
      const numerator = ctx.base.numerator;
      const denominator = ctx.base.denominator * 2;
      return {
        target: { numerator, denominator, percent: "", rounding: { digits: 2, mode: "half-up" } },
        audit: { policy: "explicit" } as never,
      };
    };
    // 3 women of 10 in the pool: above the adjusted 20% milestone, below the plan's 40%.
    const e = run([unit("ca", { sector: "police" })], [t("ca", [1, 3], [3, 10, 1], [100, 1000])], {
      year: 2023,
      asOf: "2024-01-15",
      trajectory: { kind: "linear", baseline: { year: 2021, value: "0%" } },
      targetResolver: half,
    });
    const police = ind(e, 1).bySector.find((g) => g.key === "police");
    expect(bases).toEqual(["20.00", "40.00"]);
    expect(police).toMatchObject({
      status: "met",
      targetSource: "resolver",
      target: { numerator: 1, denominator: 10 },
      milestoneStatus: "met",
      trajectoryStatus: "on-track",
    });
    // An explicit adjustment without its justification and approval is reported, once per group it changed.
    expect(e.warnings.filter((w) => w.code === "warning.adjustment-without-justification")).toEqual([
      expect.objectContaining({ params: { group: "women-in-planning-pool sector police" } }),
    ]);
    const audited =
      (audit: object): TargetResolver =>
      (ctx) =>
        ctx.group.key === "police"
          ? { target: { ...ctx.base }, audit: { policy: "explicit", ...audit } as never }
          : undefined;
    const justification = { vi: "Ít nữ", en: "Few women" };
    const approvedBy = { number: "1/QĐ-UBND", issueDate: "2024-01-01", issuer: "UBND tỉnh" };
    const warned = (audit: object) =>
      run([unit("ca", { sector: "police" })], [t("ca", [1, 3], [3, 10, 1], [100, 1000])], {
        targetResolver: audited(audit),
      }).warnings.filter((w) => w.code === "warning.adjustment-without-justification").length;
    expect(warned({ justification, approvedBy })).toBe(0);
    expect(warned({ justification })).toBeGreaterThan(0);
    expect(warned({ approvedBy })).toBeGreaterThan(0);
    // Without the resolver, the same group is judged against the plan's 20% and 40%.
    const plain = run([unit("ca", { sector: "police" })], [t("ca", [1, 3], [3, 10, 1], [100, 1000])], {
      year: 2023,
      asOf: "2024-01-15",
      trajectory: { kind: "linear", baseline: { year: 2021, value: "0%" } },
    });
    expect(ind(plain, 1).bySector.find((g) => g.key === "police")).toMatchObject({
      status: "met",
      milestoneStatus: "not-yet-met",
    });
  });
});
