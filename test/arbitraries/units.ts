// Units forming a valid hierarchy, built by construction (never filtered): unit i's parent, if any, is a unit
// listed before it, so there is no cycle; a child's tier is never above its parent's; ids are unique. Defects
// (cycles, duplicates, unknown parents) are then injected at known places.
import fc from "fast-check";
import { TIERS, type Tier } from "../../src/organisation/tier.js";
import { UNIT_KINDS, type Unit } from "../../src/organisation/unit.js";

const shape = fc.record({
  parentPick: fc.option(fc.nat(), { nil: undefined }),
  tierStep: fc.nat({ max: 2 }),
  kind: fc.constantFrom(...UNIT_KINDS),
  sector: fc.option(fc.constantFrom("education", "health", "home-affairs", "finance"), { nil: undefined }),
});

/** A valid forest of `minUnits` to `maxUnits` units with ids `u0`, `u1`, …, listed in a shuffled order. */
export const forest = (maxUnits = 25, minUnits = 0): fc.Arbitrary<Unit[]> =>
  fc.array(shape, { minLength: minUnits, maxLength: maxUnits }).chain((shapes) => {
    const units: Unit[] = [];
    shapes.forEach((s, i) => {
      const parentIndex = i === 0 || s.parentPick === undefined ? undefined : s.parentPick % i;
      const parent = parentIndex === undefined ? undefined : units[parentIndex];
      const base = parent === undefined ? 0 : TIERS.indexOf(parent.tier);
      const tier = TIERS[Math.min(TIERS.length - 1, base + s.tierStep)] as Tier;
      units.push({
        id: `u${i}`,
        kind: s.kind,
        tier,
        ...(parent === undefined ? {} : { parent: parent.id }),
        ...(s.sector === undefined ? {} : { sector: s.sector }),
      });
    });
    return fc.shuffledSubarray(units, { minLength: units.length });
  });

/** A forest with disjoint cycles injected; `cycles` lists each cycle's ids as sets. */
export const forestWithCycles: fc.Arbitrary<{ units: Unit[]; cycles: string[][] }> = forest(25, 1).chain(
  (units) =>
    fc
      .record({
        members: fc.shuffledSubarray(
          units.map((_, i) => i),
          { minLength: 1 },
        ),
        sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
      })
      .map(({ members, sizes }) => {
        const result = units.map((u) => ({ ...u }));
        const cycles: string[][] = [];
        let at = 0;
        for (const size of sizes) {
          const group = members.slice(at, at + size);
          at += size;
          if (group.length === 0) break;
          group.forEach((k, j) => {
            const next = group[(j + 1) % group.length] as number;
            result[k] = { ...(result[k] as Unit), parent: (units[next] as Unit).id };
          });
          cycles.push(group.map((k) => (units[k] as Unit).id));
        }
        return { units: result, cycles };
      }),
);

/** A forest with copies of some units appended (same id); `duplicates` lists the indexes of the copies. */
export const forestWithDuplicates: fc.Arbitrary<{ units: Unit[]; duplicates: number[] }> = forest(
  20,
  1,
).chain((units) =>
  fc.array(fc.nat({ max: units.length - 1 }), { minLength: 1, maxLength: 5 }).map((picks) => ({
    units: [...units, ...picks.map((k) => ({ ...(units[k] as Unit), kind: "other" as const }))],
    duplicates: picks.map((_, j) => units.length + j),
  })),
);

/** A forest where some units name a parent that does not exist; `orphans` lists their indexes. */
export const forestWithUnknownParents: fc.Arbitrary<{ units: Unit[]; orphans: number[] }> = forest(
  20,
  1,
).chain((units) =>
  fc.uniqueArray(fc.nat({ max: units.length - 1 }), { minLength: 1, maxLength: 5 }).map((picks) => ({
    units: units.map((u, i) => (picks.includes(i) ? { ...u, parent: `missing-${i}` } : u)),
    orphans: [...picks].sort((a, b) => a - b),
  })),
);
