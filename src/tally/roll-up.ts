/**
 * Rolling per-unit tallies up into groups: by parent, tier, sector, or overall.
 *
 * @module
 */
import { requireDate } from "../calendar/calendar-date.js";
import { UnitValidationError } from "../errors/errors.js";
import { oneOf, requireArray, requireRecord } from "../internal/args.js";
import { defineUnitsForReading, forestIssues } from "../organisation/hierarchy.js";
import { type Tier, tierRank } from "../organisation/tier.js";
import { NO_SECTOR, type Unit } from "../organisation/unit.js";
import { inForce } from "../primitives/validity.js";
import { acceptTallies, type RejectedTally } from "./accept.js";
import type { UnitTallyInput } from "./input.js";
import {
  addAccumulator,
  addInto,
  finishTally,
  newAccumulator,
  type Tally,
  type TallyAccumulator,
  unitTally,
} from "./tally.js";

/**
 * How {@link rollUp} groups units:
 * - `"parent"`: one group per unit in scope, holding the unit itself and all its descendants in scope (groups
 *   overlap: a province's group contains its districts' groups);
 * - `"tier"`: one group per level (central, province, district, commune), a partition;
 * - `"sector"`: one group per sector, units without one in the group {@link NO_SECTOR}, a partition;
 * - `"overall"`: one group, {@link OVERALL}, of every unit in scope.
 *
 * @example
 * ```ts
 * const by: RollUpBy = "sector";
 * ```
 */
export type RollUpBy = "parent" | "tier" | "sector" | "overall";

/**
 * The key of the single group of `rollUp(…, { by: "overall" })`.
 *
 * @example
 * ```ts
 * OVERALL; //=> "(all)"
 * ```
 */
export const OVERALL = "(all)";

/**
 * Settings of {@link rollUp}.
 *
 * @example
 * ```ts
 * const options: RollUpOptions = { by: "tier", date: "2024-12-31" };
 * ```
 */
export interface RollUpOptions {
  /** How to group units. */
  readonly by: RollUpBy;
  /**
   * Keep only the units in force on this date (`YYYY-MM-DD`); tallies of other units are rejected. Absent:
   * every unit is in scope.
   */
  readonly date?: string | undefined;
}

/**
 * One group of a roll-up.
 *
 * @example
 * ```ts
 * const g: RollUpGroup = { key: "commune", unitIds: ["xa-a", "xa-b"], unitCount: 2, tally: emptyTally() };
 * ```
 */
export interface RollUpGroup {
  /** The unit id (by parent), tier, sector (or {@link NO_SECTOR}), or {@link OVERALL}. */
  readonly key: string;
  /**
   * The group's own units in scope, sorted, whether they reported or not. By tier, sector and overall: every unit
   * of the group. By parent: the unit itself and the units whose nearest ancestor in scope it is (its direct
   * members), so that the lists stay as long as the hierarchy is large, however deep it is; the group's tally and
   * `unitCount` still cover the whole subtree.
   */
  readonly unitIds: readonly string[];
  /**
   * Units in scope the group's tally covers (by parent: the whole subtree): `tally.units / unitCount` is the
   * group's reporting coverage.
   */
  readonly unitCount: number;
  /** By parent: the key of the group above (the nearest ancestor in scope), absent for a root. */
  readonly parent?: string;
  /** The merged tallies of the group's units that reported. */
  readonly tally: Tally;
}

/**
 * The result of {@link rollUp}. Every tally given is either in the groups or in `rejected`, and every unit in
 * scope is in a group, with or without a tally.
 *
 * @example
 * ```ts
 * const r: RollUpResult = rollUp([], [], { by: "overall" });
 * r.groups; //=> [{ key: "(all)", unitIds: [], unitCount: 0, tally: emptyTally() }]
 * ```
 */
export interface RollUpResult {
  /** How units were grouped. */
  readonly by: RollUpBy;
  /** The date that fixed the units in scope, when one was given. */
  readonly date?: string;
  /** The groups: by tier in tier order, otherwise sorted by key (code-unit order). */
  readonly groups: readonly RollUpGroup[];
  /** Units in scope without an accepted tally (not reported, or only rejected tallies), sorted. */
  readonly unitsWithoutTally: readonly string[];
  /** Tallies not added to any group, in input order. */
  readonly rejected: readonly RejectedTally[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups per-unit tallies by parent, tier, sector or overall, counting each unit once.
 *
 * - Units must form a hierarchy: unique ids, known parents, no cycles (check them first with `validateUnits`);
 *   otherwise a `UnitValidationError` is thrown.
 * - With `date`, only units in force on that date are in scope. By parent, a unit's group takes its descendants
 *   in scope through the whole parent chain, even where an intermediate unit is out of scope.
 * - By parent, a unit's own tally is included in its group (a province's People's Committee counts in the
 *   province's group, with the departments under it).
 * - Each tally is checked with `UnitTallyInputSchema`. A tally for a unit not in the list
 *   (`tally.unknown-unit`), or not in force on `date` (`tally.unit-not-in-force`), is rejected, not dropped.
 * - A unit with more than one tally is an error, not a sum: all its tallies are rejected
 *   (`tally.duplicate-unit`), since two sets of counts for one unit usually mean data loaded twice, and adding
 *   them would count people twice. The unit is then listed in `unitsWithoutTally`.
 *
 * @throws UnitValidationError when units have duplicate ids, unknown parents or cycles.
 * @throws InvalidInputError when `date` is not a calendar date `YYYY-MM-DD` or `by` is unknown.
 * @example
 * ```ts
 * const units: Unit[] = [
 *   { id: "tinh", kind: "peoples-committee", tier: "province" },
 *   { id: "xa-a", kind: "peoples-committee", tier: "commune", parent: "tinh", sector: "local" },
 *   { id: "xa-b", kind: "peoples-committee", tier: "commune", parent: "tinh", sector: "local" },
 * ];
 * const pool = { women: 0, total: 0, womenTrained: 0 };
 * const r = rollUp(
 *   units,
 *   [
 *     { unitId: "xa-a", keyLeaders: { women: 2, total: 4 }, planningPool: pool },
 *     { unitId: "xa-b", keyLeaders: { women: 0, total: 4 }, planningPool: pool },
 *   ],
 *   { by: "tier" },
 * );
 * r.groups.map((g) => [g.key, g.tally.unitsWithFemaleKeyLeader, g.unitIds.length]);
 * //=> [["province", 0, 1], ["commune", 1, 2]]
 * r.unitsWithoutTally; //=> ["tinh"]
 * ```
 */
export function rollUp(
  givenUnits: readonly Unit[],
  givenTallies: readonly UnitTallyInput[],
  options: RollUpOptions,
): RollUpResult {
  const o = requireRecord(options, ["options"]);
  const by = oneOf(o["by"], ["parent", "tier", "sector", "overall"] as const, ["options", "by"]);
  const date = o["date"] === undefined ? undefined : requireDate(o["date"], ["options", "date"]);
  const units = defineUnitsForReading(requireArray(givenUnits, ["units"]));
  const tallies = requireArray(givenTallies, ["tallies"]);
  const forest = forestIssues(units);
  if (forest.issues.length > 0) throw new UnitValidationError(forest.issues);
  const inScope = (u: Unit): boolean => date === undefined || inForce(u, date);

  // Accept or reject each tally (the rule evaluate shares); a unit's accepted tally is kept as a Tally.
  const checked = acceptTallies(units, tallies, { date });
  const accepted = new Map<string, Tally>();
  for (const [id, t] of checked.accepted) accepted.set(id, unitTally(t));
  const rejected = checked.rejected;

  if (by === "parent") return byParent(units, forest.parents, inScope, accepted, rejected, date);

  // Each unit in scope goes to its one group, with its tally if it has one.
  const groups = new Map<string, { unitIds: string[]; acc: TallyAccumulator }>();
  const unitsWithoutTally: string[] = [];
  for (const unit of units) {
    if (!inScope(unit)) continue;
    const tally = accepted.get(unit.id);
    if (tally === undefined) unitsWithoutTally.push(unit.id);
    const key = by === "overall" ? OVERALL : by === "tier" ? unit.tier : (unit.sector ?? NO_SECTOR);
    let g = groups.get(key);
    if (g === undefined) {
      g = { unitIds: [], acc: newAccumulator() };
      groups.set(key, g);
    }
    g.unitIds.push(unit.id);
    if (tally !== undefined) addInto(g.acc, tally);
  }
  if (by === "overall" && groups.size === 0) groups.set(OVERALL, { unitIds: [], acc: newAccumulator() });

  const entries = [...groups];
  if (by === "tier") entries.sort(([a], [b]) => tierRank(a as Tier) - tierRank(b as Tier));
  else entries.sort(([a], [b]) => byCodeUnit(a, b));
  return {
    by,
    ...(date === undefined ? {} : { date }),
    groups: entries.map(([key, g]) => ({
      key,
      unitIds: g.unitIds.sort(byCodeUnit),
      unitCount: g.unitIds.length,
      tally: finishTally(g.acc),
    })),
    unitsWithoutTally: unitsWithoutTally.sort(byCodeUnit),
    rejected,
  };
}

/**
 * Roll-up by parent in time linear in the number of units, whatever the shape of the hierarchy (F20): children
 * before parents (a breadth-first order from the roots, read backwards), each unit's subtree sum added once into
 * its parent's.
 */
function byParent(
  units: readonly Unit[],
  parents: Int32Array,
  inScope: (u: Unit) => boolean,
  accepted: ReadonlyMap<string, Tally>,
  rejected: readonly RejectedTally[],
  date: string | undefined,
): RollUpResult {
  const n = units.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = parents[i] ?? -1;
    if (p < 0) order.push(i);
    else children[p]?.push(i);
  }
  for (let k = 0; k < order.length; k++) for (const c of children[order[k] as number] ?? []) order.push(c);
  // The nearest ancestor in scope of every unit (parents come first in `order`).
  const nearest = new Int32Array(n).fill(-1);
  for (const i of order) {
    const p = parents[i] ?? -1;
    if (p >= 0) nearest[i] = inScope(units[p] as Unit) ? p : (nearest[p] ?? -1);
  }
  const sums = Array.from({ length: n }, () => newAccumulator());
  const counts = new Int32Array(n);
  const members: string[][] = Array.from({ length: n }, () => []);
  const unitsWithoutTally: string[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    const unit = units[i] as Unit;
    const acc = sums[i] as TallyAccumulator;
    if (inScope(unit)) {
      const tally = accepted.get(unit.id);
      if (tally === undefined) unitsWithoutTally.push(unit.id);
      else addInto(acc, tally);
      counts[i] = (counts[i] ?? 0) + 1;
      members[i]?.push(unit.id);
      const up = nearest[i] ?? -1;
      if (up >= 0) members[up]?.push(unit.id);
    }
    const p = parents[i] ?? -1;
    if (p >= 0) {
      addAccumulator(sums[p] as TallyAccumulator, acc);
      counts[p] = (counts[p] ?? 0) + (counts[i] ?? 0);
    }
  }
  const groups: RollUpGroup[] = [];
  for (let i = 0; i < n; i++) {
    const unit = units[i] as Unit;
    if (!inScope(unit)) continue;
    const up = nearest[i] ?? -1;
    groups.push({
      key: unit.id,
      unitIds: (members[i] ?? []).sort(byCodeUnit),
      unitCount: counts[i] ?? 0,
      ...(up >= 0 ? { parent: (units[up] as Unit).id } : {}),
      tally: finishTally(sums[i] as TallyAccumulator),
    });
  }
  groups.sort((a, b) => byCodeUnit(a.key, b.key));
  return {
    by: "parent",
    ...(date === undefined ? {} : { date }),
    groups,
    unitsWithoutTally: unitsWithoutTally.sort(byCodeUnit),
    rejected,
  };
}
