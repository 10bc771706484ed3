// rollUp against a brute-force oracle on generated hierarchies: each group's units, count and tally computed here
// by walking every unit's ancestors, with units out of force on the date skipped but their subtrees still counted
// under the nearest ancestor in force. The roll-up by parent is a linear-time walk (F20); the oracle is the
// quadratic definition it replaces.
import { describe, expect } from "vitest";
import {
  emptyTally,
  mergeTallies,
  rollUp,
  type Tally,
  type Unit,
  type UnitTallyInput,
  unitTally,
} from "../../src/index.js";
import { fc, test } from "../helpers/prop.js";

const TIERS = ["central", "province", "district", "commune"] as const;
const DATE = "2025-12-31";
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A forest of up to 9 units: each unit's parent comes before it, its tier is not above its parent's. */
const forest = fc
  .array(
    fc.record({
      parent: fc.nat(),
      hasParent: fc.boolean(),
      tierStep: fc.nat({ max: 2 }),
      ended: fc.boolean(),
      sector: fc.constantFrom(undefined, "health", "police"),
      tally: fc.option(
        fc.record({ women: fc.nat({ max: 2 }), total: fc.nat({ max: 3 }), pool: fc.nat({ max: 4 }) }),
        {
          nil: undefined,
        },
      ),
    }),
    { maxLength: 9 },
  )
  .map((specs) => {
    const units: Unit[] = [];
    const tallies: UnitTallyInput[] = [];
    const bounded: boolean[] = [];
    specs.forEach((s, i) => {
      const parent = s.hasParent && i > 0 ? s.parent % i : -1;
      const parentTier = parent < 0 ? 0 : TIERS.indexOf(units[parent]?.tier as (typeof TIERS)[number]);
      const tier = TIERS[
        Math.min(3, parentTier + (parent < 0 ? s.tierStep : s.tierStep % 2))
      ] as Unit["tier"];
      // Only a unit whose ancestors have no end date may end (a unit may not outlive its parent).
      const mayEnd = parent < 0 || !bounded[parent];
      const ends = mayEnd && s.ended;
      bounded[i] = ends || (parent >= 0 && (bounded[parent] ?? false));
      units.push({
        id: `u${i}`,
        kind: "state-agency",
        tier,
        ...(parent < 0 ? {} : { parent: `u${parent}` }),
        ...(s.sector === undefined ? {} : { sector: s.sector }),
        ...(ends ? { validTo: "2025-06-30" } : {}),
      });
      if (s.tally !== undefined && !ends)
        tallies.push({
          unitId: `u${i}`,
          keyLeaders: { women: Math.min(s.tally.women, s.tally.total), total: s.tally.total },
          planningPool: { women: s.tally.pool, total: s.tally.pool + 1, womenTrained: 0 },
        });
    });
    return { units, tallies };
  });

function oracle(units: readonly Unit[], tallies: readonly UnitTallyInput[]) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const tallyOf = new Map(tallies.map((t) => [t.unitId, unitTally(t)]));
  const inForce = (u: Unit) => u.validTo === undefined || DATE <= u.validTo;
  const ancestors = (u: Unit): Unit[] => {
    const out: Unit[] = [];
    for (let p = u.parent === undefined ? undefined : byId.get(u.parent); p !== undefined; ) {
      out.push(p);
      p = p.parent === undefined ? undefined : byId.get(p.parent);
    }
    return out;
  };
  const nearest = (u: Unit) => ancestors(u).find(inForce);
  const sum = (list: readonly Unit[]): Tally => {
    const ts = list.map((u) => tallyOf.get(u.id)).filter((t): t is Tally => t !== undefined);
    return ts.length === 0 ? emptyTally() : mergeTallies(...ts);
  };
  const scope = units.filter(inForce);
  const parentGroups = scope
    .map((u) => {
      const subtree = scope.filter((d) => d === u || ancestors(d).includes(u));
      const up = nearest(u);
      return {
        key: u.id,
        unitIds: scope
          .filter((d) => d === u || nearest(d) === u)
          .map((d) => d.id)
          .sort(byCodeUnit),
        unitCount: subtree.length,
        ...(up === undefined ? {} : { parent: up.id }),
        tally: sum(subtree),
      };
    })
    .sort((a, b) => byCodeUnit(a.key, b.key));
  const grouped = (keyOf: (u: Unit) => string, order: (a: string, b: string) => number) =>
    [...new Set(scope.map(keyOf))].sort(order).map((key) => {
      const members = scope.filter((u) => keyOf(u) === key);
      return {
        key,
        unitIds: members.map((u) => u.id).sort(byCodeUnit),
        unitCount: members.length,
        tally: sum(members),
      };
    });
  return {
    parent: parentGroups,
    tier: grouped(
      (u) => u.tier,
      (a, b) => TIERS.indexOf(a as (typeof TIERS)[number]) - TIERS.indexOf(b as (typeof TIERS)[number]),
    ),
    sector: grouped((u) => u.sector ?? "(none)", byCodeUnit),
    overall:
      scope.length === 0
        ? [{ key: "(all)", unitIds: [], unitCount: 0, tally: emptyTally() }]
        : grouped(() => "(all)", byCodeUnit),
    withoutTally: scope
      .filter((u) => !tallyOf.has(u.id))
      .map((u) => u.id)
      .sort(byCodeUnit),
  };
}

describe("rollUp against its oracle", () => {
  test.prop([forest], { numRuns: 300 })(
    "every grouping gives the groups, members, counts and sums of the definition",
    ({ units, tallies }) => {
      const expected = oracle(units, tallies);
      for (const by of ["parent", "tier", "sector", "overall"] as const) {
        const r = rollUp(units, tallies, { by, date: DATE });
        expect(r.by).toBe(by);
        expect(r.date).toBe(DATE);
        expect(r.groups, by).toEqual(expected[by]);
        expect(r.unitsWithoutTally, by).toEqual(expected.withoutTally);
        expect(r.rejected, by).toEqual([]);
      }
    },
  );
});
