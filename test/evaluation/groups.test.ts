// How an evaluation orders its groups whatever the order of the input (sectors and units by id in code-unit order,
// units out of scope by kind then tier), and what a resolver reads of a sector's workforce.
import { describe, expect, it } from "vitest";
import { evaluate, type TargetResolver, type Unit, type UnitTallyInput } from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";

const tally = (unitId: string, wf?: [number, number]): UnitTallyInput => ({
  unitId,
  keyLeaders: { women: 1, total: 2 },
  planningPool: { women: 1, total: 2, womenTrained: 1 },
  ...(wf === undefined ? {} : { workforce: { women: wf[0], total: wf[1] } }),
});
const units: Unit[] = [
  { id: "z", kind: "state-agency", tier: "province", sector: "zeta" },
  { id: "psu-p", kind: "public-service-unit", tier: "province" },
  { id: "m", kind: "state-agency", tier: "province", sector: "mu" },
  { id: "psu-c", kind: "public-service-unit", tier: "commune" },
  { id: "party", kind: "party-or-mass-organisation", tier: "province" },
  { id: "a", kind: "state-agency", tier: "province", sector: "alpha" },
];
const options = { year: 2025, asOf: "2026-01-15", unitResults: true } as const;

describe("the groups of an evaluation", () => {
  it("are in id order, whatever the order of the units", () => {
    for (const list of [units, [...units].reverse()]) {
      const e = evaluate(
        hungYen53,
        { units: list, tallies: list.map((u) => tally(u.id)), keyLeaders: "heads-and-deputies" },
        options,
      );
      const pool = e.indicators[1];
      expect(pool?.bySector.map((g) => g.key)).toEqual(["(none)", "alpha", "mu", "zeta"]);
      expect(pool?.byUnit.map((g) => g.key)).toEqual(["a", "m", "party", "psu-c", "psu-p", "z"]);
      const outside = e.warnings.find((w) => w.code === "warning.units-out-of-scope");
      expect(outside?.params).toMatchObject({
        kinds: [
          "party-or-mass-organisation/province (1)",
          "public-service-unit/commune (1)",
          "public-service-unit/province (1)",
        ],
      });
    }
  });

  it("give a resolver a sector's workforce, and nothing for a sector no unit has", () => {
    const seen: unknown[] = [];
    const resolver: TargetResolver = (ctx) => {
      if (ctx.group.by === "overall") seen.push(ctx.sectorWorkforce("alpha"), ctx.sectorWorkforce("nope"));
      return undefined;
    };
    evaluate(
      hungYen53,
      {
        units,
        tallies: units.map((u) => tally(u.id, u.sector === "alpha" ? [3, 10] : [1, 10])),
        keyLeaders: "heads-and-deputies",
      },
      { ...options, targetResolver: resolver },
    );
    expect(seen.slice(0, 2)).toEqual([
      { women: 3, total: 10 },
      { women: 0, total: 0 },
    ]);
  });
});
