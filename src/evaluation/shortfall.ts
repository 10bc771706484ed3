/**
 * Shortfalls: the least whole number of people or units that would meet a target. Closed formulas on integers,
 * checked in the tests against a brute-force search.
 *
 * @module
 */

import { fail, oneOf, requireCount } from "../internal/args.js";
import { ceilDiv, type Fraction, floorDiv } from "../rational/fraction.js";
import type { Percent } from "../rational/percent.js";
import { type Ratio, shareToFraction } from "../rational/ratio.js";

/**
 * How many more women (or trained women) a group needs to reach a target share, in two readings:
 * - `replace`: women take places already counted; the denominator stays (`(w + x) / t ≥ target`);
 * - `add`: women join; the denominator grows with them (`(w + x) / (t + x) ≥ target`).
 * `null` when a reading can never meet the target (a 100% target with any man in the group, in the add reading).
 *
 * @example
 * ```ts
 * const s: PeopleShortfall = { replace: 20, add: 40 }; // a pool of 100 with 30 women against 50%
 * ```
 */
export interface PeopleShortfall {
  /** Women who must replace men already counted. */
  readonly replace: number;
  /** Women who must be added to the group. `null` if no number suffices. */
  readonly add: number | null;
}

/**
 * The people shortfall of `women` out of `total` against a target share, in both readings (see
 * {@link PeopleShortfall}). Zero when the target is met. Requires `0 ≤ women ≤ total`, `total > 0`.
 *
 * @param target - a share (`"40%"`, `"0.4"`) or an exact ratio (`{ numerator: 2, denominator: 5 }`).
 * @throws InvalidInputError on counts that are not safe non-negative integers with `women ≤ total`, an empty
 *   group, or a target that is not a share from 0 to 100%.
 * @example
 * ```ts
 * peopleShortfall(30, 100, "50%"); //=> { replace: 20, add: 40 }
 * peopleShortfall(9, 23, { numerator: 2, denominator: 5 }); //=> { replace: 1, add: 1 }
 * ```
 */
export function peopleShortfall(women: number, total: number, target: Percent | Ratio): PeopleShortfall {
  return exactPeopleShortfall(women, total, shareToFraction(target, ["target"]));
}

/**
 * {@link peopleShortfall} against an exact fraction.
 *
 * @internal
 */
export function exactPeopleShortfall(women: number, total: number, target: Fraction): PeopleShortfall {
  checkCounts(women, total);
  if (total === 0)
    fail("argument.range", ["total"], { path: "total", min: 1, max: Number.MAX_SAFE_INTEGER, value: 0 });
  const w = BigInt(women);
  const t = BigInt(total);
  const { n, d } = target;
  // replace: least x with (w + x)·d ≥ n·t
  const replace = ceilDiv(n * t, d) - w;
  // add: least x with (w + x)·d ≥ n·(t + x)  ⇔  x·(d − n) ≥ n·t − w·d
  const need = n * t - w * d;
  let add: bigint | null;
  if (need <= 0n) add = 0n;
  else if (d === n) add = null;
  else add = ceilDiv(need, d - n);
  if (add !== null && add > BigInt(Number.MAX_SAFE_INTEGER)) {
    // Exact or nothing: a number above 2^53 would be rounded.
    fail("argument.too-large", ["shortfall", "add"], {
      path: "shortfall.add",
      value: add.toString(),
      max: Number.MAX_SAFE_INTEGER,
    });
  }
  return { replace: Number(replace > 0n ? replace : 0n), add: add === null ? null : Number(add) };
}

/**
 * How a share target becomes a number of units: `at-least-share` (the ceiling: 60% of 23 units is 14),
 * `round-half-up` (13.8 → 14, 13.5 → 14), `round-down` (13).
 *
 * @example
 * ```ts
 * const reading: UnitTargetReading = "at-least-share";
 * ```
 */
export type UnitTargetReading = "at-least-share" | "round-half-up" | "round-down";

/**
 * The number of units that must meet a criterion for `units` units to meet a target share, under a reading.
 * A positive target over a non-empty group always requires at least one unit: no reading lets 0 units meet 60%
 * (without this, `round-down` would call 0 of 1 “met”).
 *
 * @param target - a share (`"60%"`) or an exact ratio (`{ numerator: 3, denominator: 5 }`).
 * @throws InvalidInputError on a count that is not a safe non-negative integer, a target that is not a share from
 *   0 to 100%, or an unknown reading.
 * @example
 * ```ts
 * requiredUnits(17, "60%", "at-least-share"); //=> 11
 * requiredUnits(23, { numerator: 3, denominator: 5 }, "round-down"); //=> 13
 * ```
 */
export function requiredUnits(units: number, target: Percent | Ratio, reading: UnitTargetReading): number {
  const r = oneOf(reading, ["at-least-share", "round-half-up", "round-down"] as const, ["reading"]);
  return exactRequiredUnits(units, shareToFraction(target, ["target"]), r);
}

/**
 * {@link requiredUnits} against an exact fraction.
 *
 * @internal
 */
export function exactRequiredUnits(units: number, target: Fraction, reading: UnitTargetReading): number {
  checkCounts(0, units, ["women", "units"]);
  const exact = target.n * BigInt(units);
  let need: bigint;
  switch (reading) {
    case "at-least-share":
      need = ceilDiv(exact, target.d);
      break;
    case "round-down":
      need = floorDiv(exact, target.d);
      break;
    case "round-half-up":
      need = floorDiv(2n * exact + target.d, 2n * target.d);
      break;
  }
  return Number(exact > 0n && need === 0n ? 1n : need);
}

function checkCounts(
  part: number,
  whole: number,
  names: readonly [string, string] = ["women", "total"],
): void {
  requireCount(part, [names[0]]);
  requireCount(whole, [names[1]]);
  if (part > whole)
    fail("tally.women-exceed-total", ["women"], { group: "group", women: part, total: whole });
}
