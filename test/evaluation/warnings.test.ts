// An evaluation of a province that takes every branch (test/fixtures/province.ts): every warning with its
// parameters, the coverage, the order of groups and of units out of scope, adjusted groups, and the whole result
// pinned (snapshot; its figures are those the Markdown report of test/report/outputs.test.ts shows).
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { national2282 } from "../../src/presets/index.js";
import { input, plan, units } from "../fixtures/province.js";

const e = evaluate(plan, input(2025), { year: 2025, asOf: "2026-01-15" });
const first = e.indicators[0];

describe("an evaluation that takes every branch", () => {
  it("warns of everything a reader must know, with its parameters", () => {
    expect(e.warnings.map((w) => [w.code, w.params])).toEqual([
      ["warning.central-outside-plan", { count: 1, ids: ["bo"] }],
      [
        "warning.lapsed-tier",
        { tier: "district", count: 1, ids: ["huyen"], date: "2025-12-31", counted: false },
      ],
      [
        "warning.tallies-rejected",
        { count: 3, codes: ["tally.unit-tier-lapsed", "tally.women-exceed-total"] },
      ],
      ["warning.units-missing", { count: 2, ids: ["xa-b", "xa-c"], setting: "count-as-not-met" }],
      ["warning.units-out-of-scope", { count: 1, kinds: ["public-service-unit/province (1)"] }],
    ]);
  });

  it("accounts for every unit", () => {
    expect(e.coverage).toMatchObject({
      unitsInForce: 9,
      unitsReporting: 7,
      missingUnitIds: ["xa-b", "xa-c"],
      unitsOutOfScope: [{ kind: "public-service-unit", tier: "province", count: 1 }],
    });
    expect(e.coverage.rejected.map((r) => [r.unitId, r.issues.map((i) => i.code)])).toEqual([
      ["huyen", ["tally.unit-tier-lapsed"]],
      ["bo", ["tally.unit-tier-lapsed"]],
      ["xa-c", ["tally.women-exceed-total"]],
    ]);
  });

  it("orders groups by tier from the top and by key otherwise, and counts the adjusted ones", () => {
    expect(first?.byTier.map((g) => g.key)).toEqual(["province", "commune"]);
    expect(first?.bySector.map((g) => g.key)).toEqual([
      "(none)",
      "construction",
      "health",
      "military",
      "police",
    ]);
    expect(first?.byUnit.map((g) => g.key)).toEqual([
      "cong-an",
      "quan-su",
      "so-xd",
      "so-y-te",
      "tinh",
      "xa-a",
      "xa-b",
      "xa-c",
    ]);
    // three sectors and the three units in them are judged against an adjusted target
    expect(first?.adjustedGroups).toBe(6);
    expect(e.indicators.slice(1).map((i) => i.adjustedGroups)).toEqual([0, 0]);
  });

  it("is the same result as pinned", () => {
    expect(e).toMatchSnapshot();
  });

  it("warns that a qualitative target is reported, not computed, and counts out-of-scope units by kind and tier", () => {
    const more = [
      ...units,
      { id: "bv-2", kind: "public-service-unit" as const, tier: "province" as const },
      { id: "dang", kind: "party-or-mass-organisation" as const, tier: "commune" as const },
      { id: "bv-3", kind: "public-service-unit" as const, tier: "commune" as const },
    ];
    const n = evaluate(national2282, { ...input(2025), units: more }, { year: 2025, asOf: "2026-01-15" });
    const qualitative = n.indicators.filter((i) => i.measure === "qualitative").map((i) => i.indicatorId);
    expect(qualitative.length).toBeGreaterThan(0);
    expect(
      n.warnings.filter((w) => w.code === "warning.qualitative").map((w) => w.params["indicator"]),
    ).toEqual(qualitative);
    expect(n.coverage.unitsOutOfScope).toEqual([
      { kind: "party-or-mass-organisation", tier: "commune", count: 1 },
      { kind: "public-service-unit", tier: "commune", count: 1 },
      { kind: "public-service-unit", tier: "province", count: 2 },
    ]);
    expect(n.warnings.find((w) => w.code === "warning.units-out-of-scope")?.params).toEqual({
      count: 4,
      kinds: [
        "party-or-mass-organisation/commune (1)",
        "public-service-unit/commune (1)",
        "public-service-unit/province (2)",
      ],
    });
  });

  it("gives no warning of what is not there", () => {
    const clean = evaluate(
      plan,
      {
        units: units.filter((u) => u.id === "tinh" || u.id === "xa-a"),
        tallies: input(2025).tallies.filter((t) => t.unitId === "tinh" || t.unitId === "xa-a"),
        keyLeaders: "heads-and-deputies",
      },
      { year: 2025, asOf: "2026-01-15" },
    );
    expect(clean.warnings).toEqual([]);
    expect(clean.indicators.map((i) => i.adjustedGroups)).toEqual([0, 0, 0]);
  });
});
