/**
 * Checking a list of units as a hierarchy, and looking up the units in force on a date.
 *
 * @module
 */
import { requireDate } from "../calendar/calendar-date.js";
import { InvalidInputError, UnitValidationError } from "../errors/errors.js";
import { fromZodIssues, makeIssue, type ValidationIssue } from "../i18n/issues.js";
import { inForce, isAfter } from "../primitives/validity.js";
import { tierRank } from "./tier.js";
import { quickUnit, type Unit, UnitSchema } from "./unit.js";

/**
 * The result of {@link validateUnits}: the units, checked and deeply frozen, or every issue found.
 *
 * @example
 * ```ts
 * const r: UnitsValidation = validateUnits([]);
 * if (r.success) r.units; //=> []
 * ```
 */
export type UnitsValidation =
  | {
      /** The units are a valid hierarchy. */
      readonly success: true;
      /** The units as parsed, in input order, deeply frozen. */
      readonly units: readonly Unit[];
    }
  | {
      /** Something is wrong. */
      readonly success: false;
      /** Every issue found, with paths such as `[3, "parent"]` (the fourth unit's parent). */
      readonly issues: readonly ValidationIssue[];
    };

/**
 * The checks that make a list of units a forest: unique ids, known parents, no cycles. Returns the index of each
 * id's first occurrence, the index of each unit's parent (-1 for a root or an unknown parent) and the issues found.
 *
 * @internal
 */
export function forestIssues(units: readonly Unit[]): {
  readonly byId: ReadonlyMap<string, number>;
  readonly parents: Int32Array;
  readonly issues: ValidationIssue[];
} {
  const byId = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  units.forEach((unit, i) => {
    const first = byId.get(unit.id);
    if (first === undefined) byId.set(unit.id, i);
    else issues.push(makeIssue("unit.duplicate-id", [i, "id"], { id: unit.id, first }));
  });
  // Each parent is looked up once, here; the walks below and the consistency checks use its index.
  const parents = new Int32Array(units.length).fill(-1);
  units.forEach((unit, i) => {
    if (unit.parent === undefined) return;
    const p = byId.get(unit.parent);
    if (p === undefined) {
      issues.push(makeIssue("unit.unknown-parent", [i, "parent"], { id: unit.id, parent: unit.parent }));
    } else parents[i] = p;
  });
  // Each unit has at most one parent, so walking up from every unit finds every cycle; `state` marks units on
  // the current walk (1) and units already known to lead to a root or a reported cycle (2).
  // A root's parent is −1, and `state[-1]` is undefined: the walk stops there, and finds no cycle.
  const state = new Uint8Array(units.length);
  const walk: number[] = []; // one buffer for every walk
  units.forEach((_, start) => {
    walk.length = 0;
    let cur = start;
    while (state[cur] === 0) {
      state[cur] = 1;
      walk.push(cur);
      cur = parents[cur] as number;
    }
    if (state[cur] === 1) {
      const cycle = walk.slice(walk.indexOf(cur));
      const lowest = cycle.reduce((a, b) => Math.min(a, b));
      const from = cycle.indexOf(lowest);
      const ordered = [...cycle.slice(from), ...cycle.slice(0, from)];
      const ids = ordered.map((k) => (units[k] as Unit).id);
      issues.push(makeIssue("unit.cycle", [lowest, "parent"], { id: ids[0] as string, ids }));
    }
    for (const k of walk) state[k] = 2;
  });
  return { byId, parents, issues };
}

const period = (u: Unit): string => `${u.validFrom ?? "…"} – ${u.validTo ?? "…"}`;

// Checks between a unit and its parent that do not break the hierarchy but make it wrong.
function consistencyIssues(units: readonly Unit[], parents: Int32Array): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  units.forEach((unit, i) => {
    // No parent (−1) reads undefined. A unit that is its own parent is a cycle, reported above; against itself
    // it would find nothing here.
    const parent = units[parents[i] as number];
    if (parent === undefined) return;
    if (tierRank(unit.tier) < tierRank(parent.tier)) {
      issues.push(
        makeIssue("unit.tier-above-parent", [i, "tier"], {
          id: unit.id,
          tier: unit.tier,
          parent: parent.id,
          parentTier: parent.tier,
        }),
      );
    }
    // Only what the dates given make clear: a bound missing on either side is not compared.
    const { validFrom: from, validTo: to } = unit;
    const { validFrom: pFrom, validTo: pTo } = parent;
    const outside = isAfter(pFrom, from) || isAfter(to, pTo) || isAfter(from, pTo) || isAfter(pFrom, to);
    if (outside) {
      issues.push(
        makeIssue("unit.parent-not-in-force", [i, "parent"], {
          id: unit.id,
          parent: parent.id,
          period: period(unit),
          parentPeriod: period(parent),
        }),
      );
    }
  });
  return issues;
}

function freezeUnit(unit: Unit): Unit {
  // Freezing a text or undefined does nothing: no test needed.
  Object.freeze(unit.name);
  Object.freeze(unit.predecessors);
  return Object.freeze(unit);
}

/**
 * Checks a list of units: each against {@link UnitSchema}, then, when all are well-formed, the list as a
 * hierarchy: duplicate ids (`unit.duplicate-id`, on every occurrence after the first), unknown parents
 * (`unit.unknown-parent`), cycles (`unit.cycle`, once per cycle, with the ids in parent order starting from the
 * unit listed first), a unit above its parent's tier (`unit.tier-above-parent`), and a unit in force outside its
 * parent's validity (`unit.parent-not-in-force`; only bounds given on both sides are compared). Paths start with
 * the unit's index: `[3, "parent"]`.
 *
 * Returns new, deeply frozen units; the input is not changed.
 *
 * @example
 * ```ts
 * const r = validateUnits([
 *   { id: "tinh", kind: "peoples-committee", tier: "province" },
 *   { id: "xa-a", kind: "peoples-committee", tier: "commune", parent: "tinh" },
 *   { id: "xa-b", kind: "peoples-committee", tier: "commune", parent: "huyen" },
 * ]);
 * r.success; //=> false
 * if (!r.success) r.issues[0]?.path; //=> [2, "parent"]
 * ```
 */
export function validateUnits(input: unknown): UnitsValidation {
  const r = checkUnits(input);
  return r.success ? { success: true, units: Object.freeze(r.units.map(freezeUnit)) } : r;
}

// validateUnits without the freezing: new units (copies, as zod makes them), or the issues; the hierarchy is
// checked too unless `hierarchy` is false (each unit alone).
function checkUnits(input: unknown, hierarchy = true): UnitsValidation {
  if (!Array.isArray(input)) {
    return { success: false, issues: [makeIssue("invalid_type", [], { expected: "array" })] };
  }
  const units: Unit[] = [];
  const issues: ValidationIssue[] = [];
  const list: readonly unknown[] = input;
  for (let i = 0; i < list.length; i++) {
    // A hole in a sparse array is neither a unit nor nothing: it is reported, never skipped (F16).
    if (!(i in list)) {
      issues.push(
        makeIssue("argument.type", [i], { path: String(i), expected: "object", received: "sparse-array" }),
      );
      continue;
    }
    const raw = list[i];
    // The quick check accepts (and copies, as zod would) the units that are certainly valid; zod decides and
    // explains every other one.
    const quick = quickUnit(raw);
    if (quick !== undefined) {
      units.push(quick);
      continue;
    }
    const r = UnitSchema.safeParse(raw);
    if (r.success) units.push(r.data);
    else
      for (const issue of fromZodIssues(r.error.issues)) issues.push({ ...issue, path: [i, ...issue.path] });
  }
  if (issues.length > 0) return { success: false, issues };
  if (!hierarchy) return { success: true, units };
  const forest = forestIssues(units);
  const all = [...forest.issues, ...consistencyIssues(units, forest.parents)];
  if (all.length > 0) return { success: false, issues: all };
  return { success: true, units };
}

/**
 * Like {@link validateUnits}, but returns the units directly and throws a {@link UnitValidationError} holding the
 * issues when they are not valid.
 *
 * @throws UnitValidationError when the units are not a valid hierarchy.
 * @example
 * ```ts
 * const units = defineUnits([{ id: "tinh", kind: "peoples-committee", tier: "province" }]);
 * Object.isFrozen(units[0]); //=> true
 * ```
 */
export function defineUnits(input: unknown): readonly Unit[] {
  const r = validateUnits(input);
  if (!r.success) throw new UnitValidationError(r.issues);
  return r.units;
}

/**
 * {@link defineUnits} for a caller that only reads the units and lets none of them out (`evaluate`): the same
 * checks, issues and copies, without freezing them, which is all that would tell the two apart.
 *
 * @throws UnitValidationError when the units are not a valid hierarchy.
 * @internal
 */
export function defineUnitsForReading(input: unknown): readonly Unit[] {
  const r = checkUnits(input);
  if (!r.success) throw new UnitValidationError(r.issues);
  return r.units;
}

/**
 * The units in force on a date: `validFrom ≤ date ≤ validTo`, an absent bound being open. Keeps input order.
 *
 * @throws InvalidInputError when a unit is not valid (see `UnitSchema`) or `date` is not a calendar date.
 * @example
 * ```ts
 * const units: Unit[] = [
 *   { id: "huyen", kind: "peoples-committee", tier: "district", validTo: "2025-06-30" },
 *   { id: "xa", kind: "peoples-committee", tier: "commune", validFrom: "2025-07-01" },
 * ];
 * unitsInForce(units, "2025-06-30").map((u) => u.id); //=> ["huyen"]
 * unitsInForce(units, "2025-07-01").map((u) => u.id); //=> ["xa"]
 * ```
 */
export function unitsInForce<U extends Unit>(units: readonly U[], date: string): U[] {
  const checked = checkUnits(units, false);
  if (!checked.success) {
    throw new InvalidInputError(checked.issues.map((i) => ({ ...i, path: ["units", ...i.path] })));
  }
  requireDate(date, ["date"]);
  return units.filter((u) => inForce(u, date));
}
