import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { adaptPlan, definePlan, inheritedValues, PlanConfigError, safeAdaptPlan } from "../../src/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";
import { planConfig } from "../arbitraries/plan.js";
import { fc, test } from "../helpers/prop.js";

const mine = { document: "12/KH-UBND", clause: "I.2.a" } as const;

describe("adaptPlan", () => {
  it("overrides only what differs, with the province's own citations", () => {
    const plan = adaptPlan(national2282, {
      id: "bac-kan-12-2022",
      document: { number: "12/KH-UBND", issueDate: "2022-05-10", type: { vi: "Kế hoạch", en: "Plan" } },
      indicators: [
        { id: "women-in-planning-pool", milestones: [{ year: 2025, target: "35%", citation: mine }] },
        { id: "ethnic-minority-leaders", $remove: true },
      ],
      reportingDuties: [
        {
          id: "unit-report",
          name: { vi: "Báo cáo hằng năm", en: "Annual report" },
          actor: "ministries-and-provinces",
          recipient: "ministry-of-home-affairs",
          schedule: { kind: "annual", due: { month: 12, day: 1, inclusive: true } },
          citation: mine,
        },
      ],
    });
    expect(plan.document.number).toBe("12/KH-UBND");
    expect(plan.document.issuer.en).toBe("Prime Minister"); // inherited: a province would change it too
    const pool = plan.indicators.find((i) => i.id === "women-in-planning-pool");
    expect(pool?.milestones).toEqual([
      { year: 2025, target: "35%", citation: mine },
      {
        year: 2030,
        target: "50%",
        citation: expect.objectContaining({ document: "2282/QĐ-TTg", clause: "1.I.2.b" }),
      },
    ]);
    expect(plan.indicators.map((i) => i.id)).not.toContain("ethnic-minority-leaders");
    expect(plan.reportingDuties.at(-1)?.schedule).toEqual({
      kind: "annual",
      due: { month: 12, day: 1, inclusive: true },
    });
  });

  it("requires a citation for a changed cited value", () => {
    const r = safeAdaptPlan(hungYen53, {
      indicators: [{ id: "women-in-planning-pool", milestones: [{ year: 2025, target: "35%" }] }],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]?.code).toBe("adapt.citation-required");
    // The path points into the patch as written; the message names the elements.
    expect(r.issues[0]?.path).toEqual(["indicators", 0, "milestones", 0, "citation"]);
    expect(r.issues[0]?.message.en).toContain("indicators.women-in-planning-pool.milestones.2025");
  });

  it("validates the result like any configuration, and throws with adaptPlan", () => {
    expect(() =>
      adaptPlan(hungYen53, {
        indicators: [
          { id: "women-in-planning-pool", milestones: [{ year: 2040, target: "50%", citation: mine }] },
        ],
      }),
    ).toThrow(PlanConfigError);
    const r = safeAdaptPlan(hungYen53, {
      adjustment: { threshold: 30 as unknown as string, citation: mine },
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.code).toBe("share.bare-number");
  });

  it("refuses a patch element that is not an object, and polluting keys", () => {
    const r = safeAdaptPlan(hungYen53, { indicators: ["x" as never] });
    expect(!r.success && r.issues[0]?.code).toBe("adapt.not-an-object");
    const p = safeAdaptPlan(hungYen53, JSON.parse('{"settings":{"__proto__":{"polluted":true}}}'));
    expect(!p.success && p.issues[0]?.code).toBe("key.forbidden");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("replaces lists without ids (tiers, scope) wholesale", () => {
    const plan = adaptPlan(hungYen53, {
      settings: { scope: { unitKinds: ["state-agency", "peoples-committee", "peoples-council"] } },
    });
    expect(plan.settings.scope.unitKinds).toEqual(["state-agency", "peoples-committee", "peoples-council"]);
    expect(plan.settings.scope.tiers).toBe("all-in-force");
  });

  it("lists the values inherited unchanged, with the base's citation", () => {
    const plan = adaptPlan(hungYen53, {
      id: "thai-nguyen-2022",
      document: { number: "120/KH-UBND" },
      indicators: [
        {
          id: "agencies-with-female-key-leader",
          milestones: [{ year: 2025, target: "55%", citation: mine }],
        },
      ],
    });
    const inherited = inheritedValues(hungYen53, plan);
    const paths = inherited.map((v) => v.path);
    expect(paths).not.toContain("document.number");
    expect(paths).not.toContain("indicators[agencies-with-female-key-leader].milestones[2025].target");
    const kept = inherited.find(
      (v) => v.path === "indicators[agencies-with-female-key-leader].milestones[2030].target",
    );
    expect(kept).toEqual({
      path: "indicators[agencies-with-female-key-leader].milestones[2030].target",
      value: "75%",
      citation: {
        document: "53/KH-UBND",
        clause: "I.1.1",
        provenance: "text",
        quote: "đến năm 2030 đạt 75%",
      },
    });
    expect(inherited.find((v) => v.path === "settings.keyLeaders")?.value).toBe("heads-and-deputies");
    expect(inherited.find((v) => v.path === "localGovernment[0].tiers[1]")?.value).toBe("district");
  });

  it("does not list a value the province kept but cites anew", () => {
    const plan = adaptPlan(hungYen53, {
      indicators: [
        { id: "women-in-planning-pool", milestones: [{ year: 2030, target: "50%", citation: mine }] },
      ],
    });
    const paths = inheritedValues(hungYen53, plan).map((v) => v.path);
    expect(paths).not.toContain("indicators[women-in-planning-pool].milestones[2030].target");
    expect(paths).toContain("indicators[women-in-planning-pool].milestones[2025].target");
  });
});

describe("properties", () => {
  test.prop([planConfig])("an empty patch returns an equal plan and inherits every value", (input) => {
    const base = definePlan(input);
    const adapted = adaptPlan(base, {});
    expect(isDeepStrictEqual(adapted, base)).toBe(true);
    const leaves = inheritedValues(base, adapted).length;
    expect(leaves).toBe(inheritedValues(base, base).length);
  });

  test.prop([planConfig, fc.integer({ min: 0, max: 1000 })])(
    "the base is never mutated, and a milestone the patch cites anew is no longer listed as inherited",
    (input, permille) => {
      const base = definePlan(input);
      const before = JSON.stringify(base);
      const first = base.indicators[0];
      const m = first?.milestones[0];
      if (first === undefined || m === undefined) throw new Error("generator gives at least one milestone");
      const target = `${permille / 10}%`;
      const adapted = adaptPlan(base, {
        indicators: [{ id: first.id, milestones: [{ year: m.year, target, citation: mine }] }],
      });
      expect(JSON.stringify(base)).toBe(before);
      const path = `indicators[${first.id}].milestones[${m.year}].target`;
      const inherited = inheritedValues(base, adapted).some((v) => v.path === path);
      expect(inherited).toBe(false);
      // its sibling milestones, untouched, still are
      for (const other of first.milestones.filter((x) => x.year !== m.year)) {
        expect(
          inheritedValues(base, adapted).some(
            (v) => v.path === `indicators[${first.id}].milestones[${other.year}].target`,
          ),
        ).toBe(true);
      }
    },
  );
});
