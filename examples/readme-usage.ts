// The usage example of the README, kept here so that `npm test` runs it.
import { evaluate, evaluationText } from "vn-women-leadership";
import { hungYen53 } from "vn-women-leadership/presets";

const units = [1, 2, 3, 4, 5].map(
  (i) => ({ id: `so-${i}`, kind: "state-agency", tier: "province" }) as const,
);
const tallies = units.map((u, i) => ({
  unitId: u.id,
  keyLeaders: { women: i < 3 ? 1 : 0, total: 3 },
  planningPool: { women: 4, total: 10, womenTrained: 3 },
}));
const result = evaluate(hungYen53, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
console.log(result.indicators[0]?.overall.status); // "met": 3 of 5 units is exactly 60%
console.log(evaluationText(result, { locale: "en" }));
if (result.indicators[0]?.overall.status !== "met") throw new Error("3 of 5 must meet 60%");
