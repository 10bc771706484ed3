// Evaluate a small province from tallies (the counts a database query already has) against Plan 53 for 2025,
// and print what is still missing — exactly, in units and in people.
import { type EvaluationInput, evaluate, evaluationText } from "vn-women-leadership";
import { hungYen53 } from "vn-women-leadership/presets";

const input: EvaluationInput = {
  units: [
    { id: "tinh", kind: "local-government", tier: "province", sector: "government" },
    { id: "so-noi-vu", kind: "state-agency", tier: "province", sector: "home-affairs", parent: "tinh" },
    { id: "so-xay-dung", kind: "state-agency", tier: "province", sector: "construction", parent: "tinh" },
    { id: "so-y-te", kind: "state-agency", tier: "province", sector: "health", parent: "tinh" },
    { id: "xa-an-thi", kind: "local-government", tier: "commune", parent: "tinh" },
  ],
  tallies: [
    {
      unitId: "tinh",
      keyLeaders: { women: 1, total: 6 },
      planningPool: { women: 9, total: 25, womenTrained: 7 },
    },
    {
      unitId: "so-noi-vu",
      keyLeaders: { women: 1, total: 3 },
      planningPool: { women: 6, total: 12, womenTrained: 5 },
    },
    {
      unitId: "so-xay-dung",
      keyLeaders: { women: 0, total: 3 },
      planningPool: { women: 2, total: 11, womenTrained: 1 },
    },
    {
      unitId: "so-y-te",
      keyLeaders: { women: 2, total: 4 },
      planningPool: { women: 8, total: 14, womenTrained: 6 },
    },
    // xa-an-thi did not report: under the default reading it counts as not meeting I.1.1
  ],
};

const result = evaluate(hungYen53, input, { year: 2025, asOf: "2026-01-15" });
console.log(evaluationText(result, { locale: "en" }));

// 3 of 5 units have a female key leader: 60% is met exactly (3/5 = 60%, no floating point involved).
const i111 = result.indicators.find((i) => i.indicatorId === "agencies-with-female-key-leader");
if (i111?.overall.status !== "met" || i111.overall.requiredUnits !== 3)
  throw new Error("expected 3 of 5 to meet 60%");
// Pool: 25 women of 62 = 40.3% ≥ 40%.
const pool = result.indicators.find((i) => i.indicatorId === "women-in-planning-pool");
if (pool?.overall.status !== "met") throw new Error("expected the pool target met");
