// What a wrong rule in the adjustment would change and the behaviour tests do not read: the path, code and
// parameters of every refusal, the exact rule and fields of the audit record, and the resolver's choice of group
// and policy, called directly with the context `evaluate` gives it.
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import {
  type AdjustmentPolicy,
  AdjustmentPolicySchema,
  AdjustmentRefusedError,
  adjustmentResolver,
  adjustTarget,
  isEligibleForAdjustment,
  type TargetContext,
} from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";
import { issueOf } from "../helpers/issues.js";

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
const call = (args: unknown) => adjustTarget(args as Parameters<typeof adjustTarget>[0]);
const good = { base: "60%", workforce: { women: 12, total: 100 }, clause, policy: { policy: "none" } };

describe("isEligibleForAdjustment: refusals name the argument", () => {
  it.each([
    [null, clause, "argument.type", ["workforce"]],
    [{ women: -1, total: 3 }, clause, "argument.type", ["workforce", "women"]],
    [{ women: 1, total: 1.5 }, clause, "argument.type", ["workforce", "total"]],
    [{ women: 1, total: 3 }, { ...clause, threshold: "30" }, undefined, ["clause", "threshold"]],
    [{ women: 1, total: 3 }, { ...clause, comparison: "below" }, "argument.one-of", ["clause", "comparison"]],
  ])("case %#: the path of the refused argument", (w, c, code, path) => {
    const i = issueOf(() => isEligibleForAdjustment(w as never, c as never));
    expect(i.path).toEqual(path);
    if (code !== undefined) expect(i.code).toBe(code);
  });

  it("more women than people: tally.women-exceed-total on the women, with both counts", () => {
    expect(issueOf(() => isEligibleForAdjustment({ women: 4, total: 3 }, clause))).toEqual({
      code: "tally.women-exceed-total",
      path: ["workforce", "women"],
      params: { group: "workforce", women: 4, total: 3 },
    });
  });

  it("at-or-below: a share above the threshold is still not eligible", () => {
    const atOrBelow = { threshold: "30%", comparison: "at-or-below" } as const;
    expect(isEligibleForAdjustment({ women: 4, total: 10 }, atOrBelow).status).toBe("not-eligible");
    expect(isEligibleForAdjustment({ women: 2, total: 10 }, atOrBelow).status).toBe("eligible");
  });
});

describe("adjustTarget: refusals name the argument", () => {
  it.each([
    [null, ["args"]],
    [{ ...good, base: "sixty" }, ["args", "base"]],
    [{ ...good, workforce: 12 }, ["args", "workforce"]],
    [{ ...good, workforce: { women: "12", total: 100 } }, ["args", "workforce", "women"]],
    [{ ...good, workforce: { women: 12, total: -1 } }, ["args", "workforce", "total"]],
    [{ ...good, clause: { ...clause, threshold: 30 } }, ["args", "clause", "threshold"]],
    [{ ...good, policy: { policy: "halve" } }, ["args", "policy", "policy"]],
  ])("case %#: the path of the refused argument", (args, path) => {
    expect(() => call(args)).toThrow(InvalidInputError);
    expect(issueOf(() => call(args)).path).toEqual(path);
  });

  it("refuses a polluting key in the clause or the policy before zod drops it", () => {
    const polluted = JSON.parse('{"policy":"none","__proto__":{"policy":"explicit"}}');
    const i = issueOf(() => call({ ...good, policy: polluted }));
    expect(i.path?.slice(0, 2)).toEqual(["args", "policy"]);
    expect(i.path).toContain("__proto__");
    const clausePolluted = { ...JSON.parse('{"__proto__":{"x":1}}'), ...clause };
    Object.defineProperty(clausePolluted, "__proto__", { value: {}, enumerable: true });
    expect(issueOf(() => call({ ...good, clause: clausePolluted })).path?.slice(0, 2)).toEqual([
      "args",
      "clause",
    ]);
  });
});

describe("adjustTarget: the audit record, field by field", () => {
  const police = { women: 12, total: 100 };
  const rule = (policy: AdjustmentPolicy) =>
    adjustTarget({ base: "60%", workforce: police, clause, policy }).audit.rule;

  it("states each policy's rule", () => {
    expect(rule({ policy: "none" })).toBe("adjustedTarget = baseTarget");
    expect(rule({ policy: "capAtWorkforceShare" })).toBe(
      "adjustedTarget = min(baseTarget, workforce.women / workforce.total)",
    );
    expect(rule({ policy: "proportional" })).toBe(
      "adjustedTarget = baseTarget × (workforce.women / workforce.total) ÷ threshold",
    );
    expect(rule(explicit("25%"))).toBe(
      "adjustedTarget = the declared target (approvedBy), never above baseTarget",
    );
  });

  it("has no declared target, justification or approving document but for explicit", () => {
    for (const policy of [
      { policy: "none" },
      { policy: "capAtWorkforceShare" },
      { policy: "proportional" },
    ] as const) {
      const { audit } = adjustTarget({ base: "60%", workforce: police, clause, policy });
      expect(Object.keys(audit).sort()).toEqual(
        [
          "adjusted",
          "adjustedTarget",
          "baseTarget",
          "citation",
          "comparison",
          "eligibility",
          "policy",
          "rule",
          "threshold",
          "workforce",
        ].sort(),
      );
    }
    const { audit } = adjustTarget({ base: "60%", workforce: police, clause, policy: explicit("25%") });
    expect(audit).toMatchObject({
      declaredTarget: { percent: "25.00" },
      justification: { vi: "Ngành có ít nữ", en: "Few women in the sector" },
      approvedBy: { number: "15/QĐ-UBND", issueDate: "2024-03-01", issuer: "UBND tỉnh" },
      threshold: "30%",
      comparison: "strictly-below",
      workforce: { women: 12, total: 100 },
    });
  });

  it("proportional under a 0% threshold (at-or-below, no women) keeps the base: the rule's limit", () => {
    const zero = { ...clause, threshold: "0%", comparison: "at-or-below" } as const;
    const r = adjustTarget({
      base: "60%",
      workforce: { women: 0, total: 10 },
      clause: zero,
      policy: { policy: "proportional" },
    });
    expect(r.audit).toMatchObject({
      eligibility: "eligible",
      adjusted: false,
      adjustedTarget: { percent: "60.00" },
    });
  });
});

describe("adjustmentResolver: refusals and the error it throws", () => {
  it("names the plan, its missing clause, and the settings", () => {
    expect(issueOf(() => adjustmentResolver(null as never)).path).toEqual(["plan"]);
    const bare = { ...JSON.parse(JSON.stringify(hungYen53)), adjustment: null };
    expect(issueOf(() => adjustmentResolver(bare))).toMatchObject({
      code: "adjustment.no-clause",
      path: ["plan", "adjustment"],
    });
    expect(issueOf(() => adjustmentResolver(hungYen53, { basis: "region" } as never)).path).toEqual([
      "settings",
      "basis",
    ]);
  });

  it("AdjustmentRefusedError carries its name, headline in both languages, issue and audit", () => {
    const audit = adjustTarget({
      base: "60%",
      workforce: { women: 12, total: 100 },
      clause,
      policy: explicit("70%"),
    }).audit;
    const issue = {
      code: "adjustment.raises-target",
      path: ["i", "sector", "police"],
      message: { vi: "v", en: "e" },
    };
    const e = new AdjustmentRefusedError(issue as never, audit);
    expect(e.name).toBe("AdjustmentRefusedError");
    expect(e.code).toBe("adjustment.raises-target");
    expect(e.message).toContain("Adjustment refused:");
    expect(e.messages.vi).toContain("Điều chỉnh chỉ tiêu bị từ chối:");
    expect(e.audit).toBe(audit);
    expect(AdjustmentRefusedError.is(e)).toBe(true);
    expect(AdjustmentRefusedError.is(new InvalidInputError([]))).toBe(false);
    expect(AdjustmentRefusedError.is(new Error("x"))).toBe(false);
  });
});

describe("adjustmentResolver: which groups, which policy", () => {
  const I = "agencies-with-female-key-leader";
  const indicatorOf = (id: string) => {
    const found = hungYen53.indicators.find((i) => i.id === id);
    if (found === undefined) throw new Error(`no indicator ${id}`);
    return found;
  };
  const sectors: Record<string, { women: number; total: number }> = {
    police: { women: 12, total: 100 },
    undefined: { women: 12, total: 100 },
  };
  const ctx = (group: Partial<TargetContext["group"]>, indicator = I): TargetContext => ({
    plan: hungYen53,
    indicator: indicatorOf(indicator),
    year: 2025,
    group: { by: "unit", key: "a", unitIds: ["a"], workforce: { women: 12, total: 100 }, ...group },
    sectorWorkforce: (s) => sectors[s] ?? { women: 0, total: 0 },
    base: { numerator: 3, denominator: 5, percent: "60.00", rounding: { digits: 2, mode: "half-up" } },
  });
  const percent = (r: ReturnType<ReturnType<typeof adjustmentResolver>>) => r?.audit.adjustedTarget.percent;

  it("adjusts only the indicators the clause names", () => {
    const resolve = adjustmentResolver(hungYen53, { default: { policy: "capAtWorkforceShare" } });
    const other = hungYen53.indicators.find((i) => !clause.appliesTo.includes(i.id));
    expect(other).toBeDefined();
    expect(resolve(ctx({ sector: "police" }, other?.id))).toBeUndefined();
    expect(percent(resolve(ctx({ sector: "police" })))).toBe("12.00");
  });

  it("per sector: tier and overall groups, and groups without a sector, keep the plan's target", () => {
    const resolve = adjustmentResolver(hungYen53, { default: { policy: "capAtWorkforceShare" } });
    expect(resolve(ctx({ by: "tier", key: "province", sector: "police" }))).toBeUndefined();
    expect(resolve(ctx({ by: "overall", key: "all", sector: "police" }))).toBeUndefined();
    expect(resolve(ctx({ by: "sector", key: "?" }))).toBeUndefined();
    expect(percent(resolve(ctx({ by: "sector", key: "police", sector: "police" })))).toBe("12.00");
    expect(resolve(ctx({ by: "sector", key: "police", sector: "police" }))?.audit.basis).toBe("sector");
  });

  it("per sector: a unit's own policy applies to the unit only, not to a sector of the same name", () => {
    const resolve = adjustmentResolver(hungYen53, {
      default: { policy: "proportional" },
      byUnit: { police: { policy: "capAtWorkforceShare" }, a: { policy: "capAtWorkforceShare" } },
    });
    expect(percent(resolve(ctx({ by: "sector", key: "police", sector: "police" })))).toBe("24.00");
    expect(percent(resolve(ctx({ by: "unit", key: "a", sector: "police" })))).toBe("12.00");
  });

  it("per unit: the unit's workforce; a unit without a sector takes no sector's policy", () => {
    const resolve = adjustmentResolver(hungYen53, {
      basis: "unit",
      default: { policy: "proportional" },
      bySector: { undefined: { policy: "capAtWorkforceShare" } },
    });
    const r = resolve(ctx({ by: "unit", key: "a", workforce: { women: 6, total: 100 } }));
    expect(percent(r)).toBe("12.00"); // 60% × 6% ÷ 30%
    expect(r?.audit.basis).toBe("unit");
    expect(resolve(ctx({ by: "sector", key: "police", sector: "police" }))).toBeUndefined();
  });

  it("a refused explicit target names the indicator and group, with the declared and base targets", () => {
    const resolve = adjustmentResolver(hungYen53, { default: explicit("70%") });
    let error: unknown;
    try {
      resolve(ctx({ by: "unit", key: "a", sector: "police" }));
    } catch (e) {
      error = e;
    }
    expect(AdjustmentRefusedError.is(error)).toBe(true);
    const issue = (error as AdjustmentRefusedError).issues[0];
    expect(issue).toMatchObject({
      code: "adjustment.raises-target",
      path: [I, "unit", "a"],
      params: { declared: "70.00%", base: "60.00%" },
    });
  });
});
