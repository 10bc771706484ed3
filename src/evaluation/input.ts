/**
 * Stage 1 of an evaluation: accept the input. Checks the options and the units, fixes the readings and dates,
 * and sorts the tallies into accepted and rejected.
 *
 * @module
 */

import type { TargetResolver } from "../adjustments/hook.js";
import { adjustmentResolver } from "../adjustments/resolver.js";
import { requireDate } from "../calendar/calendar-date.js";
import {
  fail,
  integerIn,
  oneOf,
  optionalBoolean,
  optionalFunction,
  optionsObject,
  requireArray,
  requireRecord,
} from "../internal/args.js";
import { defineUnitsForReading } from "../organisation/hierarchy.js";
import { TIERS, type Tier } from "../organisation/tier.js";
import type { Unit } from "../organisation/unit.js";
import { readAdjustmentSettings } from "../plan/adjustment-settings.js";
import { requirePlan } from "../plan/guard.js";
import type { Plan, Settings } from "../plan/schema.js";
import { decimalOptions } from "../rational/percent.js";
import { acceptTallies, type RejectedTally } from "../tally/accept.js";
import type { UnitTallyInput } from "../tally/input.js";
import { readTrajectory, type Trajectory } from "../targets/target-for.js";
import type { EvaluateOptions, EvaluationInput, EvaluationWarning } from "./types.js";
import { warning } from "./warnings.js";

/** Everything the later stages need, fixed once. */
export interface Accepted {
  readonly plan: Plan;
  readonly year: number;
  readonly asOf: string;
  readonly snapshotDate: string;
  readonly settings: Settings;
  /** The tiers I.1.1 counts. */
  readonly tiers: readonly Tier[];
  /** The units in force on the snapshot date. */
  readonly inForce: readonly Unit[];
  /** Accepted tallies by unit id. */
  readonly tallies: ReadonlyMap<string, UnitTallyInput>;
  readonly rejected: readonly RejectedTally[];
  readonly resolver: TargetResolver | undefined;
  readonly trajectory: Trajectory;
  readonly percent: { readonly digits: number; readonly rounding: "half-up" | "half-even" | "down" | "up" };
  readonly keyLeadersCountedUnder: NonNullable<EvaluationInput["keyLeaders"]> | "not-stated";
  /** Whether the result lists each unit's own result (`byUnit`). */
  readonly unitResults: boolean;
  /** The warnings found while accepting the input. */
  readonly warnings: readonly EvaluationWarning[];
}

/** Stage 1: checks the options and the units, fixes readings and dates, accepts or rejects each tally. */
export function acceptInput(plan: Plan, input: EvaluationInput, options: EvaluateOptions): Accepted {
  plan = requirePlan(plan, ["plan"]);
  const i = requireRecord(input, ["input"]);
  const o = requireRecord(options, ["options"]);
  const year = integerIn(o["year"], YEARS.first, YEARS.last, ["options", "year"]);
  const asOf = requireDate(o["asOf"], ["options", "asOf"]);
  const givenSnapshot =
    o["snapshotDate"] === undefined ? undefined : requireDate(o["snapshotDate"], ["options", "snapshotDate"]);
  const overrides = readOverrides(o["settings"]);
  const percent = decimalOptions(o["percent"], ["options", "percent"]);
  const trajectory = readTrajectory(o["trajectory"], ["options", "trajectory"]);
  const targetResolver = optionalFunction<TargetResolver>(o["targetResolver"], ["options", "targetResolver"]);
  const validate = optionalBoolean(o["validate"], ["options", "validate"], true);
  const unitResults = optionalBoolean(o["unitResults"], ["options", "unitResults"], true);
  const keyLeaders =
    i["keyLeaders"] === undefined
      ? undefined
      : oneOf(i["keyLeaders"], KEY_LEADER_READINGS, ["input", "keyLeaders"]);
  // The units are only read here and none is returned: checked and copied as defineUnits does, not frozen.
  const units = defineUnitsForReading(requireArray(i["units"], ["input", "units"]));
  const tallyList = requireArray(i["tallies"], ["input", "tallies"]);
  const settings: Settings = { ...plan.settings, ...overrides };
  if (keyLeaders !== undefined && keyLeaders !== settings.keyLeaders) {
    fail("tally.reading-mismatch", ["input", "keyLeaders"], {
      counted: keyLeaders,
      plan: settings.keyLeaders,
    });
  }
  const resolver = targetResolver ?? defaultResolver(plan, settings);
  const yearEnd = `${String(year).padStart(4, "0")}-12-31`;
  const snapshotDate = givenSnapshot ?? (asOf < yearEnd ? asOf : yearEnd);
  // Before the programme no target applies, and the plan's structure need not reach back that far.
  // A national plan also counts the central level (ministries, ministry-level and Government agencies), which is
  // always in force and not part of local government.
  const local = year < plan.period.start ? undefined : tiersOn(plan.localGovernment, snapshotDate);
  const structure: readonly Tier[] | undefined =
    local === undefined ? undefined : plan.jurisdiction.level === "national" ? ["central", ...local] : local;
  const tiers: readonly Tier[] =
    settings.scope.tiers !== "all-in-force" ? settings.scope.tiers : (structure ?? []);
  const warnings: EvaluationWarning[] = [];
  if (keyLeaders === undefined)
    warnings.push(warning("warning.reading-not-stated", { plan: settings.keyLeaders }));
  if (year < plan.period.start || year > plan.period.end) {
    warnings.push(
      warning("warning.year-outside-period", { year, start: plan.period.start, end: plan.period.end }),
    );
  }
  if (snapshotDate > asOf) warnings.push(warning("warning.snapshot-after-as-of", { snapshotDate, asOf }));
  const inForceOnSnapshot = units.filter(
    (u) =>
      (u.validFrom === undefined || u.validFrom <= snapshotDate) &&
      (u.validTo === undefined || snapshotDate <= u.validTo),
  );
  // Central bodies are outside a province's plan: never counted, whatever lapsedTiers says.
  const outsidePlan =
    plan.jurisdiction.level === "national" ? [] : inForceOnSnapshot.filter((u) => u.tier === "central");
  if (outsidePlan.length > 0) {
    const ids = outsidePlan.map((u) => u.id).sort();
    warnings.push(warning("warning.central-outside-plan", { count: ids.length, ids }));
  }
  // Units whose tier does not exist on the snapshot date (a district left in force after 2025-07-01, trap 6):
  // by default they count nowhere, and the reader is told which.
  const structureTiers = structure === undefined ? undefined : new Set<string>(structure);
  const lapsed =
    structureTiers === undefined
      ? []
      : inForceOnSnapshot.filter((u) => u.tier !== "central" && !structureTiers.has(u.tier));
  const excludeLapsed = settings.lapsedTiers === "exclude" && lapsed.length > 0;
  for (const tier of [...new Set(lapsed.map((u) => u.tier))]) {
    const ids = lapsed
      .filter((u) => u.tier === tier)
      .map((u) => u.id)
      .sort();
    warnings.push(
      warning("warning.lapsed-tier", {
        tier,
        count: ids.length,
        ids,
        date: snapshotDate,
        counted: !excludeLapsed,
      }),
    );
  }
  // The tiers whose units count: those in force, and the lapsed ones when the setting counts them.
  const counted = new Set<string>(
    TIERS.filter((t) =>
      t === "central"
        ? plan.jurisdiction.level === "national"
        : structureTiers === undefined || structureTiers.has(t) || !excludeLapsed,
    ),
  );
  const restricted = excludeLapsed || outsidePlan.length > 0;
  const inForce = restricted ? inForceOnSnapshot.filter((u) => counted.has(u.tier)) : inForceOnSnapshot;
  // Accept each tally or say why not: the same rule as rollUp.
  const { accepted, rejected } = acceptTallies(units, tallyList, {
    date: snapshotDate,
    validate,
    ...(restricted ? { tiersInForce: counted } : {}),
  });
  return {
    plan,
    year,
    asOf,
    snapshotDate,
    settings,
    tiers,
    inForce,
    tallies: accepted,
    rejected,
    unitResults,
    resolver,
    trajectory,
    percent,
    keyLeadersCountedUnder: keyLeaders ?? "not-stated",
    warnings,
  };
}

/**
 * The tiers of the structure period covering a date: the last to start on or before it (a plan's periods follow
 * on without gaps); the first period's for a date before them all (a snapshot date given before the plan).
 */
function tiersOn(structure: Plan["localGovernment"], date: string): readonly Tier[] {
  const covering = structure.filter((p) => p.from <= date).at(-1) ?? structure[0];
  return (covering as Plan["localGovernment"][number]).tiers;
}

/** The years an evaluation may be asked for: those a plan's period may have. */
const YEARS = { first: 1900, last: 2200 } as const;
const KEY_LEADER_READINGS = ["heads-and-deputies", "heads-only"] as const;

/** The settings an evaluation may override, each checked as the plan's own are. */
function readOverrides(value: unknown): Partial<Settings> {
  const s = optionsObject(value, ["options", "settings"]);
  const allowed = new Set(["missingUnits", "unitTargetReading", "adjustment"]);
  for (const key of Object.keys(s)) {
    if (!allowed.has(key)) {
      fail("argument.one-of", ["options", "settings", key], {
        path: `options.settings.${key}`,
        values: [...allowed],
        value: key,
      });
    }
  }
  const out: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (s["missingUnits"] !== undefined) {
    out.missingUnits = oneOf(s["missingUnits"], ["count-as-not-met", "exclude"] as const, [
      "options",
      "settings",
      "missingUnits",
    ]);
  }
  if (s["unitTargetReading"] !== undefined) {
    out.unitTargetReading = oneOf(
      s["unitTargetReading"],
      ["at-least-share", "round-half-up", "round-down"] as const,
      ["options", "settings", "unitTargetReading"],
    );
  }
  if (s["adjustment"] !== undefined)
    out.adjustment = readAdjustmentSettings(s["adjustment"], ["options", "settings", "adjustment"]);
  return out;
}

/** The plan's own adjustment, when its settings choose any policy other than `none`. */
function defaultResolver(plan: Plan, settings: Settings): TargetResolver | undefined {
  const a = settings.adjustment;
  const all = [a.default, ...Object.values(a.bySector), ...Object.values(a.byUnit)];
  if (plan.adjustment === null || all.every((p) => p.policy === "none")) return undefined;
  return adjustmentResolver(plan, a);
}
