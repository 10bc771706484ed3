// The text renderers at their edges: an evaluation with no rejected tally and no warning, the cut of long lists
// at exactly maxGroups, and maxGroups refused at its path.
import { describe, expect, it } from "vitest";
import { evaluate, evaluationText, type Unit } from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";
import { input, plan } from "../fixtures/province.js";
import { refusal } from "../helpers/issues.js";

const units: Unit[] = [
  { id: "tinh", kind: "local-government", tier: "province", name: "Tỉnh" },
  { id: "xa", kind: "local-government", tier: "commune", parent: "tinh" },
];
const tallies = ["tinh", "xa"].map((unitId) => ({
  unitId,
  keyLeaders: { women: 2, total: 4 },
  planningPool: { women: 9, total: 10, womenTrained: 9 },
}));

describe("evaluationText", () => {
  it("says nothing of rejected tallies or warnings when there are none", () => {
    const e = evaluate(
      hungYen53,
      { units, tallies, keyLeaders: "heads-and-deputies" },
      { year: 2025, asOf: "2026-01-15" },
    );
    expect(e.coverage.rejected).toEqual([]);
    expect(e.warnings).toEqual([]);
    for (const locale of ["vi", "en"] as const)
      expect(evaluationText(e, { locale }), locale).toMatchSnapshot();
  });

  const e = evaluate(plan, input(2025), { year: 2025, asOf: "2026-01-15", unitResults: true });
  const below = e.indicators.map(
    (r) => [...r.bySector, ...r.byTier].filter((g) => g.status === "below").length,
  );
  const rejected = e.coverage.rejected.length;

  it("lists exactly maxGroups groups and rejected tallies, and says how many more there are", () => {
    expect(Math.max(...below)).toBeGreaterThan(1);
    expect(rejected).toBeGreaterThan(1);
    const all = evaluationText(e, { locale: "en", maxGroups: Math.max(...below, rejected) });
    expect(all).not.toMatch(/… \+\d/);
    const cut = evaluationText(e, { locale: "en", maxGroups: 1 });
    const more = cut.split("\n").filter((l) => /… \+\d/.test(l));
    expect(more).toEqual([
      ...below.filter((n) => n > 1).map((n) => `    … +${n - 1}`),
      `  … +${rejected - 1}`,
    ]);
    expect(evaluationText(e, { locale: "en" })).toBe(evaluationText(e, { locale: "en", maxGroups: 8 }));
  });

  it("refuses maxGroups that is not a whole number from 0 to 10,000, at its path", () => {
    for (const maxGroups of [1.5, -1, 10_001, "8"]) {
      expect(
        refusal(() => evaluationText(e, { maxGroups } as never)),
        String(maxGroups),
      ).toMatchObject({
        issues: [{ path: ["options", "maxGroups"] }],
      });
    }
  });
});
