/**
 * Accepting per-unit tallies against a list of units: the one rule `rollUp` and `evaluate` share, so that both
 * count and reject the same tallies.
 *
 * @module
 */
import { fromZodIssues, makeIssue, type ValidationIssue } from "../i18n/issues.js";
import type { Unit } from "../organisation/unit.js";
import { inForce } from "../primitives/validity.js";
import { isValidTally, type UnitTallyInput, UnitTallyInputSchema } from "./input.js";

/**
 * A tally that was not used, and why.
 *
 * @example
 * ```ts
 * const r: RejectedTally = {
 *   index: 4,
 *   unitId: "huyen-x",
 *   issues: [makeIssue("tally.unknown-unit", [4, "unitId"], { id: "huyen-x" })],
 * };
 * ```
 */
export interface RejectedTally {
  /** Position of the tally in the input, from 0. */
  readonly index: number;
  /** Its unit id, or `null` when it has none that is a string. */
  readonly unitId: string | null;
  /** What is wrong; paths start with the index. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The tallies accepted (by unit id) and those rejected, each with its issues.
 *
 * @example
 * ```ts
 * const { accepted, rejected }: AcceptedTallies = acceptTallies(units, tallies);
 * ```
 */
export interface AcceptedTallies {
  /** Accepted tallies by unit id. */
  readonly accepted: ReadonlyMap<string, UnitTallyInput>;
  /** Rejected tallies, in input order. */
  readonly rejected: readonly RejectedTally[];
}

// The unit id of a tally, in NFC (as units' ids are), or null when it has none that is a string.
function unitIdOf(t: unknown): string | null {
  if (typeof t !== "object" || t === null) return null;
  const id: unknown = (t as { unitId?: unknown }).unitId;
  return typeof id === "string" ? id.normalize("NFC") : null;
}

/**
 * Sorts tallies into accepted and rejected. A tally is rejected when its shape or counts are invalid (with
 * `validate`, the default), when its unit is unknown (`tally.unknown-unit`) or not in force on `date`
 * (`tally.unit-not-in-force`), or when its unit has more than one tally (`tally.duplicate-unit`: two sets of
 * counts usually mean data loaded twice, so neither is added). Every tally is accepted or rejected; none is
 * dropped. With `validate: false` the shape is trusted (for pipelines that validated upstream).
 *
 * @example
 * ```ts
 * const units = [{ id: "xa-a", kind: "local-government", tier: "commune" }] as const;
 * acceptTallies(units, [
 *   { unitId: "xa-a", keyLeaders: { women: 1, total: 3 }, planningPool: { women: 2, total: 5, womenTrained: 1 } },
 *   { unitId: "xa-z", keyLeaders: { women: 0, total: 2 }, planningPool: { women: 0, total: 0, womenTrained: 0 } },
 * ]).rejected.map((r) => r.issues[0]?.code); //=> ["tally.unknown-unit"]
 * ```
 */
export function acceptTallies(
  units: readonly Unit[],
  tallies: readonly unknown[],
  options: {
    readonly date?: string | undefined;
    readonly validate?: boolean;
    /** Tiers in force on `date`: a unit of another tier has its tally rejected (`tally.unit-tier-lapsed`). */
    readonly tiersInForce?: ReadonlySet<string> | undefined;
  } = {},
): AcceptedTallies {
  const { date } = options;
  const byId = new Map<string, Unit>();
  for (const u of units) byId.set(u.id, u);
  const occurrences = new Map<string, number>();
  for (const t of tallies) {
    const id = unitIdOf(t);
    if (id !== null) occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
  }
  const accepted = new Map<string, UnitTallyInput>();
  const rejected: RejectedTally[] = [];
  for (let index = 0; index < tallies.length; index++) {
    const raw = tallies[index];
    const unitId = unitIdOf(raw);
    const issues: ValidationIssue[] = [];
    if ((options.validate !== false || unitId === null) && !isValidTally(raw)) {
      const parsed = UnitTallyInputSchema.safeParse(raw);
      if (!parsed.success)
        issues.push(...fromZodIssues(parsed.error.issues).map((i) => ({ ...i, path: [index, ...i.path] })));
    }
    if (unitId !== null) {
      const count = occurrences.get(unitId) ?? 0;
      const unit = byId.get(unitId);
      if (count > 1) issues.push(makeIssue("tally.duplicate-unit", [index, "unitId"], { id: unitId, count }));
      else if (unit === undefined)
        issues.push(makeIssue("tally.unknown-unit", [index, "unitId"], { id: unitId }));
      else if (date !== undefined && !inForce(unit, date)) {
        issues.push(makeIssue("tally.unit-not-in-force", [index, "unitId"], { id: unitId, date }));
      } else if (options.tiersInForce !== undefined && !options.tiersInForce.has(unit.tier)) {
        issues.push(
          makeIssue("tally.unit-tier-lapsed", [index, "unitId"], {
            id: unitId,
            tier: unit.tier,
            date: date ?? "",
          }),
        );
      }
    }
    if (issues.length > 0 || unitId === null) rejected.push({ index, unitId, issues });
    else accepted.set(unitId, raw as UnitTallyInput);
  }
  return { accepted, rejected };
}
