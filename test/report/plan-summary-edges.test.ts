// planSummary on a plan that lacks what the presets have (no title, a signer without a formula, no recipients, no
// adjustment, scope tiers as a list) and has what they lack (a responsibility not yet in force, one no longer in
// force, a milestone cited to another text than its indicator).
import { describe, expect, it } from "vitest";
import { definePlan, planSummary } from "../../src/index.js";
import { hungYen53Config } from "../../src/presets/hung-yen-53.config.js";

// A configuration changed by hand.
const config = structuredClone(hungYen53Config) as any;
delete config.document.title;
delete config.document.signer.formula;
config.document.recipients = [];
config.adjustment = null;
config.settings = { ...config.settings, scope: { unitKinds: ["state-agency"], tiers: ["province"] } };
config.responsibilities[0].validFrom = "2027-01-01";
config.responsibilities[1].validTo = "2023-12-31";
config.indicators[1].milestones[1].citation = { document: "2282/QĐ-TTg", clause: "1.I.2.b" };
const plan = definePlan(config);

describe("planSummary of a plan unlike the presets", () => {
  for (const locale of ["vi", "en"] as const) {
    it(`says what it has and leaves out what it lacks (${locale})`, () => {
      const text = planSummary(plan, { locale, asOf: "2026-06-01" });
      expect(text).toMatchSnapshot();
      expect(text).toContain(config.document.signer.title[locale]);
      expect(text).toContain("[2282/QĐ-TTg 1.I.2.b]");
      expect(text).toContain("scope=state-agency/province");
      expect(text).toContain("2027");
      expect(text).toContain("2023");
    });
  }

  it("marks no responsibility as out of force without a date to judge by", () => {
    const undated = planSummary(plan, { locale: "en" });
    expect(undated).not.toContain("2027");
    expect(planSummary(plan, { locale: "en", asOf: "2026-06-01" })).not.toBe(undated);
  });
});
