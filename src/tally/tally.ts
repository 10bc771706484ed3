/**
 * Tallies: the counts every indicator is a rule over, mergeable in any order.
 *
 * A tally is a plain JSON object of non-negative integers. Merging is field-wise addition, so it is associative
 * and commutative with {@link emptyTally} as identity: commune tallies roll up into a province and provinces
 * into the nation in any order or partition, in whatever engine the caller runs. Percentages are never averaged.
 *
 * @module
 */
import { fail, requireArray, requireCount, requireRecord } from "../internal/args.js";
import { type PlanningPoolCounts, readUnitTally, type UnitTallyInput, type WomenAndTotal } from "./input.js";

/**
 * The counts of a group of units, from which indicators I.1.1–I.1.3 and the under-30% adjustment are
 * computed.
 *
 * @example
 * ```ts
 * const t: Tally = mergeTallies(
 *   unitTally({ unitId: "a", keyLeaders: { women: 1, total: 4 }, planningPool: { women: 3, total: 9, womenTrained: 2 } }),
 *   unitTally({ unitId: "b", keyLeaders: { women: 0, total: 3 }, planningPool: { women: 2, total: 6, womenTrained: 2 } }),
 * );
 * t.unitsWithFemaleKeyLeader; //=> 1
 * t.keyLeaders; //=> { women: 1, total: 7 }
 * ```
 */
export interface Tally {
  /** Units counted (that reported a tally). */
  readonly units: number;
  /** Units that reported at least one key leader. */
  readonly unitsWithKeyLeaders: number;
  /**
   * Units with at least one woman among their key leaders (có lãnh đạo chủ chốt là nữ): the numerator of
   * indicator I.1.1.
   */
  readonly unitsWithFemaleKeyLeader: number;
  /**
   * Key leaders (lãnh đạo chủ chốt), women and all: the second ratio national reports publish (female key leaders
   * ÷ all key leaders).
   */
  readonly keyLeaders: WomenAndTotal;
  /** The planning pool (diện quy hoạch): indicators I.1.2 (women ÷ total) and I.1.3 (trained ÷ women). */
  readonly planningPool: PlanningPoolCounts;
  /** The workforce, for the under-30% adjustment of clause I.1.1; zero for units that did not report it. */
  readonly workforce: WomenAndTotal;
}

/**
 * The tally of no units: all zeros, the identity of {@link mergeTallies}.
 *
 * @example
 * ```ts
 * emptyTally().units; //=> 0
 * ```
 */
export function emptyTally(): Tally {
  return {
    units: 0,
    unitsWithKeyLeaders: 0,
    unitsWithFemaleKeyLeader: 0,
    keyLeaders: { women: 0, total: 0 },
    planningPool: { women: 0, total: 0, womenTrained: 0 },
    workforce: { women: 0, total: 0 },
  };
}

/** Reads a tally given to a function: counts, women at most the total, units that add up. */
function readTally(value: unknown, path: readonly (string | number)[]): Tally {
  const t = requireRecord(value, path);
  const pair = (key: string): WomenAndTotal => {
    const c = requireRecord(t[key], [...path, key]);
    const women = requireCount(c["women"], [...path, key, "women"]);
    const total = requireCount(c["total"], [...path, key, "total"]);
    if (women > total)
      fail("tally.women-exceed-total", [...path, key, "women"], { group: key, women, total });
    return { women, total };
  };
  const units = requireCount(t["units"], [...path, "units"]);
  const unitsWithKeyLeaders = requireCount(t["unitsWithKeyLeaders"], [...path, "unitsWithKeyLeaders"]);
  const unitsWithFemaleKeyLeader = requireCount(t["unitsWithFemaleKeyLeader"], [
    ...path,
    "unitsWithFemaleKeyLeader",
  ]);
  // Each count at most the one it is part of, the issue at the count that is too large.
  const atMost = (key: string, value: number, max: number) => {
    if (value > max)
      fail("argument.range", [...path, key], { path: [...path, key].join("."), min: 0, max, value });
  };
  atMost("unitsWithKeyLeaders", unitsWithKeyLeaders, units);
  atMost("unitsWithFemaleKeyLeader", unitsWithFemaleKeyLeader, unitsWithKeyLeaders);
  const keyLeaders = pair("keyLeaders");
  const poolPair = pair("planningPool");
  const pool = requireRecord(t["planningPool"], [...path, "planningPool"]);
  const womenTrained = requireCount(pool["womenTrained"], [...path, "planningPool", "womenTrained"]);
  if (womenTrained > poolPair.women) {
    fail("tally.trained-exceed-women", [...path, "planningPool", "womenTrained"], {
      trained: womenTrained,
      women: poolPair.women,
    });
  }
  const workforce = pair("workforce");
  return {
    units,
    unitsWithKeyLeaders,
    unitsWithFemaleKeyLeader,
    keyLeaders,
    planningPool: { ...poolPair, womenTrained },
    workforce,
  };
}

/**
 * The tally of one unit from its counts: `units` is 1; `unitsWithKeyLeaders` is 1 when it has any key leader;
 * `unitsWithFemaleKeyLeader` is 1 when at least one of them is a woman, however many (two female deputies count
 * the unit once). A missing workforce counts as zero.
 *
 * @throws InvalidInputError when the counts are not valid (see `UnitTallyInputSchema`): a count that is not a
 * non-negative safe integer, women above a total, trained women above the women in the pool.
 * @example
 * ```ts
 * unitTally({
 *   unitId: "xa-a",
 *   keyLeaders: { women: 2, total: 4 },
 *   planningPool: { women: 3, total: 10, womenTrained: 1 },
 * }).unitsWithFemaleKeyLeader; //=> 1
 * ```
 */
export function unitTally(input: UnitTallyInput): Tally {
  const { keyLeaders, planningPool, workforce } = readUnitTally(input, ["input"]);
  return {
    units: 1,
    unitsWithKeyLeaders: keyLeaders.total > 0 ? 1 : 0,
    unitsWithFemaleKeyLeader: keyLeaders.women > 0 ? 1 : 0,
    keyLeaders: { women: keyLeaders.women, total: keyLeaders.total },
    planningPool: {
      women: planningPool.women,
      total: planningPool.total,
      womenTrained: planningPool.womenTrained,
    },
    workforce: { women: workforce?.women ?? 0, total: workforce?.total ?? 0 },
  };
}

/**
 * One unit's counts under construction: flat and mutable, one object per unit (the only memory that grows while
 * streaming records), shared by `tallyRecords` and {@link mergeUnitTallies}.
 *
 * @internal
 */
export interface UnitCounts {
  keyLeadersWomen: number;
  keyLeadersTotal: number;
  poolWomen: number;
  poolTotal: number;
  poolWomenTrained: number;
  workforceWomen: number;
  workforceTotal: number;
}

/** @internal */
export function newUnitCounts(): UnitCounts {
  return {
    keyLeadersWomen: 0,
    keyLeadersTotal: 0,
    poolWomen: 0,
    poolTotal: 0,
    poolWomenTrained: 0,
    workforceWomen: 0,
    workforceTotal: 0,
  };
}

/**
 * A tally under construction: a unit's counts plus the unit counts, so that summing many tallies allocates
 * nothing per tally.
 *
 * @internal
 */
export interface TallyAccumulator extends UnitCounts {
  units: number;
  unitsWithKeyLeaders: number;
  unitsWithFemaleKeyLeader: number;
}

/** @internal */
export function newAccumulator(): TallyAccumulator {
  return { units: 0, unitsWithKeyLeaders: 0, unitsWithFemaleKeyLeader: 0, ...newUnitCounts() };
}

/** @internal */
export function addInto(acc: TallyAccumulator, t: Tally): void {
  acc.units += t.units;
  acc.unitsWithKeyLeaders += t.unitsWithKeyLeaders;
  acc.unitsWithFemaleKeyLeader += t.unitsWithFemaleKeyLeader;
  acc.keyLeadersWomen += t.keyLeaders.women;
  acc.keyLeadersTotal += t.keyLeaders.total;
  acc.poolWomen += t.planningPool.women;
  acc.poolTotal += t.planningPool.total;
  acc.poolWomenTrained += t.planningPool.womenTrained;
  acc.workforceWomen += t.workforce.women;
  acc.workforceTotal += t.workforce.total;
}

/** @internal */
export function addAccumulator(acc: TallyAccumulator, t: TallyAccumulator): void {
  acc.units += t.units;
  acc.unitsWithKeyLeaders += t.unitsWithKeyLeaders;
  acc.unitsWithFemaleKeyLeader += t.unitsWithFemaleKeyLeader;
  acc.keyLeadersWomen += t.keyLeadersWomen;
  acc.keyLeadersTotal += t.keyLeadersTotal;
  acc.poolWomen += t.poolWomen;
  acc.poolTotal += t.poolTotal;
  acc.poolWomenTrained += t.poolWomenTrained;
  acc.workforceWomen += t.workforceWomen;
  acc.workforceTotal += t.workforceTotal;
}

/**
 * The finished tally of an accumulator.
 *
 * @throws InvalidInputError (`tally.sum-too-large`) when a sum went beyond `Number.MAX_SAFE_INTEGER`.
 * @internal
 */
export function finishTally(acc: TallyAccumulator): Tally {
  for (const [field, value] of Object.entries(acc)) {
    if (!Number.isSafeInteger(value))
      fail("tally.sum-too-large", [], { field, max: Number.MAX_SAFE_INTEGER });
  }
  return {
    units: acc.units,
    unitsWithKeyLeaders: acc.unitsWithKeyLeaders,
    unitsWithFemaleKeyLeader: acc.unitsWithFemaleKeyLeader,
    keyLeaders: { women: acc.keyLeadersWomen, total: acc.keyLeadersTotal },
    planningPool: { women: acc.poolWomen, total: acc.poolTotal, womenTrained: acc.poolWomenTrained },
    workforce: { women: acc.workforceWomen, total: acc.workforceTotal },
  };
}

/**
 * Merges the tallies of groups of different units by field-wise addition (to add partial counts of the same
 * unit, use {@link mergeUnitTallies}). Variadic: `mergeTallies(a, b)`, `mergeTallies(a, b, c)`,
 * `mergeTallies(...list)`; `mergeTallies()` is the empty tally. The operation is associative and commutative with
 * {@link emptyTally} as identity, so groups can be merged in any order or partition. Returns a new object; the
 * inputs are not changed. For very long lists (hundreds of thousands, beyond what a spread can pass), fold:
 * `list.reduce((a, b) => mergeTallies(a, b), emptyTally())`.
 *
 * @throws InvalidInputError when a tally is not valid (counts, women above a total), or a sum exceeds
 *   `Number.MAX_SAFE_INTEGER` (`tally.sum-too-large`).
 * @example
 * ```ts
 * const a = unitTally({ unitId: "a", keyLeaders: { women: 1, total: 2 }, planningPool: { women: 1, total: 3, womenTrained: 1 } });
 * const b = unitTally({ unitId: "b", keyLeaders: { women: 0, total: 0 }, planningPool: { women: 0, total: 1, womenTrained: 0 } });
 * mergeTallies(a, b).units; //=> 2
 * mergeTallies(a, b).unitsWithKeyLeaders; //=> 1
 * mergeTallies(a, emptyTally()); // equal to a
 * ```
 */
export function mergeTallies(...tallies: readonly Tally[]): Tally {
  const acc = newAccumulator();
  for (const [i, t] of tallies.entries()) addInto(acc, readTally(t, [i]));
  return finishTally(acc);
}

interface UnitSums extends UnitCounts {
  hasWorkforce: boolean;
}

/**
 * Merges lists of per-unit counts that may describe the same unit, summing the counts of each unit: the step
 * between tallying a stream in chunks (or in parallel workers) and rolling it up. The result has one entry per
 * unit, sorted by `unitId` (code-unit order). A unit's workforce is the sum of the workforces given, and absent
 * when no list gives one.
 *
 * This is not {@link mergeTallies}: that one adds groups of *different* units (and counts units); this one adds
 * partial counts of the *same* unit, so that a unit with a woman key leader in two chunks is still one unit.
 * `rollUp` refuses two tallies for one unit; merge chunks here first.
 *
 * @throws InvalidInputError when a list is not an array, counts are not valid (see `UnitTallyInputSchema`), or a
 *   sum exceeds `Number.MAX_SAFE_INTEGER` (`tally.sum-too-large`).
 * @example
 * ```ts
 * const firstHalf = tallyRecords(records.slice(0, 5000)).tallies;
 * const secondHalf = tallyRecords(records.slice(5000)).tallies;
 * mergeUnitTallies(firstHalf, secondHalf); // equal to tallyRecords(records).tallies
 * ```
 */
export function mergeUnitTallies(...lists: readonly (readonly UnitTallyInput[])[]): UnitTallyInput[] {
  const units = new Map<string, UnitSums>();
  for (const [l, given] of lists.entries()) {
    const list = requireArray(given, [l]);
    for (const [i, raw] of list.entries()) {
      const t = readUnitTally(raw, [l, i]);
      let s = units.get(t.unitId);
      if (s === undefined) {
        s = { ...newUnitCounts(), hasWorkforce: false };
        units.set(t.unitId, s);
      }
      s.keyLeadersWomen += t.keyLeaders.women;
      s.keyLeadersTotal += t.keyLeaders.total;
      s.poolWomen += t.planningPool.women;
      s.poolTotal += t.planningPool.total;
      s.poolWomenTrained += t.planningPool.womenTrained;
      if (t.workforce !== undefined) {
        s.workforceWomen += t.workforce.women;
        s.workforceTotal += t.workforce.total;
        s.hasWorkforce = true;
      }
    }
  }
  return [...units]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitId, s]): UnitTallyInput => {
      for (const value of Object.values(s)) {
        if (typeof value === "number" && !Number.isSafeInteger(value)) {
          fail("tally.sum-too-large", [], { field: `unit ${unitId}`, max: Number.MAX_SAFE_INTEGER });
        }
      }
      return {
        unitId,
        keyLeaders: { women: s.keyLeadersWomen, total: s.keyLeadersTotal },
        planningPool: { women: s.poolWomen, total: s.poolTotal, womenTrained: s.poolWomenTrained },
        ...(s.hasWorkforce ? { workforce: { women: s.workforceWomen, total: s.workforceTotal } } : {}),
      };
    });
}
