/**
 * What an evaluation takes and what it returns: plain JSON, with types that say which fields each status has.
 *
 * @module
 */
import type { AdjustmentAudit } from "../adjustments/adjust.js";
import type { GroupBy, TargetResolver } from "../adjustments/hook.js";
import type { Bilingual } from "../i18n/locale.js";
import type { IssueCode, IssueParams } from "../i18n/messages.js";
import type { Tier } from "../organisation/tier.js";
import type { Unit } from "../organisation/unit.js";
import type { Indicator, Settings } from "../plan/schema.js";
import type { Citation } from "../primitives/citation.js";
import type { DecimalOptions } from "../rational/percent.js";
import type { ExactRatio } from "../rational/ratio.js";
import type { RejectedTally } from "../tally/accept.js";
import type { UnitTallyInput } from "../tally/input.js";
import type { KeyLeaderDefinition } from "../tally/records.js";
import type { TargetForYear, Trajectory } from "../targets/target-for.js";
import type { PeopleShortfall } from "./shortfall.js";

/**
 * What is evaluated: the units (with kind, tier, sector, parent, validity dates) and one tally per reporting
 * unit, as an app or a `GROUP BY` query has them (or as `tallyRecords` makes them from people).
 *
 * @example
 * ```ts
 * const input: EvaluationInput = {
 *   units: [{ id: "so-noi-vu", kind: "state-agency", tier: "province" }],
 *   tallies: [{ unitId: "so-noi-vu", keyLeaders: { women: 1, total: 3 }, planningPool: { women: 4, total: 10, womenTrained: 3 } }],
 * };
 * ```
 */
export interface EvaluationInput {
  /** The units. */
  readonly units: readonly Unit[];
  /** One tally per reporting unit. A unit without a tally did not report. */
  readonly tallies: readonly UnitTallyInput[];
  /**
   * Who was counted as a key leader in `tallies` (`tallyRecords` returns it as `settings.keyLeaderDefinition`).
   * When given, it must be the plan's `settings.keyLeaders`: a result must not claim a reading its counts did not
   * use. When absent, the result says `"not-stated"`.
   */
  readonly keyLeaders?: KeyLeaderDefinition | undefined;
}

/**
 * Options of `evaluate`. `year` and `asOf` are required: nothing reads a clock.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { year: 2025, asOf: "2026-01-15" };
 * ```
 */
export interface EvaluateOptions {
  /** The year whose target applies. */
  readonly year: number;
  /** The date of the evaluation, `YYYY-MM-DD`. */
  readonly asOf: string;
  /**
   * The date the counts describe (units in force on it are counted). Default: 31 December of `year`, or `asOf`
   * if earlier.
   */
  readonly snapshotDate?: string;
  /** How a year between milestones is judged (default: the next milestone). */
  readonly trajectory?: Trajectory;
  /** Overrides of the plan's settings for this evaluation (recorded in the result). */
  readonly settings?: Partial<Pick<Settings, "missingUnits" | "unitTargetReading" | "adjustment">>;
  /** How percentages are written in the result (default: 2 digits, half-up). Comparisons are always exact. */
  readonly percent?: DecimalOptions;
  /**
   * A hook that may replace the plan's target for a group. Default: the plan's adjustment clause applied with
   * `settings.adjustment` (see `adjustmentResolver`); with the default policy `none` nothing is replaced.
   */
  readonly targetResolver?: TargetResolver;
  /** Check every tally with its zod schema (default true); `false` trusts the shape (for trusted pipelines). */
  readonly validate?: boolean;
  /**
   * List each unit's own result in `byUnit` (default true). `false` skips them: overall, per level and per sector
   * only, at a fraction of the time and size for 10,000 units (the result records it in `settings.unitResults`).
   */
  readonly unitResults?: boolean;
}

/**
 * Why a value could not be computed.
 *
 * @example
 * ```ts
 * const reason: NotComputableReason = "empty-planning-pool";
 * ```
 */
export type NotComputableReason =
  | "qualitative"
  | "before-programme"
  | "no-units-in-scope"
  | "no-units-reporting"
  | "unit-not-reporting"
  | "no-key-leaders-reported"
  | "empty-planning-pool"
  | "no-women-in-planning-pool";

/**
 * The units of a group: counted (for I.1.1 the units in scope, for the people indicators every unit in force),
 * reporting, not reporting, and (I.1.1) reporting no key leaders at all.
 *
 * @example
 * ```ts
 * const u: GroupUnits = { inScope: 17, reporting: 16, missing: 1, withoutKeyLeaders: 0 };
 * ```
 */
export interface GroupUnits {
  /** Units counted. */
  readonly inScope: number;
  /** Of them, units that reported. */
  readonly reporting: number;
  /** Of them, units that did not report. */
  readonly missing: number;
  /** I.1.1 only: reporting units with no key leader at all. */
  readonly withoutKeyLeaders?: number;
}

/**
 * I.1.1 only: the second ratio national reports publish, female key leaders ÷ all key leaders.
 *
 * @example
 * ```ts
 * const k: KeyLeaderShare = { women: 10, total: 51, percent: "19.61" };
 * ```
 */
export interface KeyLeaderShare {
  /** Female key leaders. */
  readonly women: number;
  /** All key leaders. */
  readonly total: number;
  /** The percentage, rounded as the evaluation's `percent` option says; `null` without key leaders. */
  readonly percent: string | null;
}

/**
 * A group's exact value: raw numerator and denominator (not reduced: they are counts) and the percentage.
 *
 * @example
 * ```ts
 * const v: GroupValue = { numerator: 10, denominator: 17, percent: "58.82" };
 * ```
 */
export interface GroupValue {
  /** Units or people that meet the criterion. */
  readonly numerator: number;
  /** Units or people counted. */
  readonly denominator: number;
  /** `100 × numerator ÷ denominator`, rounded for display only. */
  readonly percent: string;
}

/**
 * What a group still misses: units that must gain a female key leader (I.1.1). Zero when met.
 *
 * @example
 * ```ts
 * const s: UnitsShortfall = { units: 1 };
 * ```
 */
export interface UnitsShortfall {
  /** Units that must gain a female key leader. */
  readonly units: number;
}

/**
 * What every group result has: how the group was formed, its key and its units.
 *
 * @example
 * ```ts
 * const g: GroupBase = { by: "tier", key: "commune", units: { inScope: 3, reporting: 3, missing: 0 } };
 * ```
 */
export interface GroupBase {
  /** How the group was formed. */
  readonly by: GroupBy;
  /** The group's key: `(all)`, a tier, a sector or a unit id. */
  readonly key: string;
  /** The group's units, as counted for this indicator. */
  readonly units: GroupUnits;
}

/**
 * A group with a value: `met` (at or above its target) or `below`, with the value, the target applied and why,
 * and the exact shortfall.
 *
 * @example
 * ```ts
 * const g = evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }).indicators[0]!.overall;
 * if (g.status !== "not-computable") g.value.percent; //=> "58.82" (the compiler knows value is there)
 * ```
 */
export interface JudgedGroup extends GroupBase {
  /** `met` (at or above the target) or `below`. */
  readonly status: "met" | "below";
  /** The exact value. */
  readonly value: GroupValue;
  /** The target applied to this group. */
  readonly target: ExactRatio;
  /** Where the target came from: the plan (milestone or trajectory) or the target resolver (an adjustment). */
  readonly targetSource: "plan" | "resolver";
  /** The adjustment's audit record, when the resolver replaced the target. */
  readonly adjustment?: AdjustmentAudit;
  /** Against the milestone itself: met, not yet met (its year has not come), or missed (its year has come). */
  readonly milestoneStatus: "met" | "not-yet-met" | "missed";
  /** Against a linear trajectory, when one was asked for. */
  readonly trajectoryStatus?: "on-track" | "behind";
  /** What is still missing, in units (I.1.1) or in people (add and replace readings). Zero when met. */
  readonly shortfall: UnitsShortfall | PeopleShortfall;
  /** I.1.1 only: units the target requires under the unit reading (e.g. 11 of 17 at 60%). */
  readonly requiredUnits?: number;
  /** I.1.1 only: female key leaders ÷ all key leaders. */
  readonly keyLeaderShare?: KeyLeaderShare;
}

/**
 * A group whose value cannot be computed, and why.
 *
 * @example
 * ```ts
 * const g: NotComputableGroup = { by: "unit", key: "xa-a", units: { inScope: 1, reporting: 0, missing: 1 }, status: "not-computable", reason: "unit-not-reporting" };
 * ```
 */
export interface NotComputableGroup extends GroupBase {
  /** No value. */
  readonly status: "not-computable";
  /** Why. */
  readonly reason: NotComputableReason;
  /** I.1.1 only: female key leaders ÷ all key leaders, which may exist without a value. */
  readonly keyLeaderShare?: KeyLeaderShare;
}

/**
 * The result of one indicator for one group of units: a {@link JudgedGroup} (`met` or `below`) or a
 * {@link NotComputableGroup}; `status` tells them apart.
 *
 * @example
 * ```ts
 * const g: GroupResult = evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }).indicators[0]!.overall;
 * g.status === "not-computable" ? g.reason : g.shortfall;
 * ```
 */
export type GroupResult = JudgedGroup | NotComputableGroup;

/**
 * The result of one indicator.
 *
 * @example
 * ```ts
 * const r: IndicatorResult = evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }).indicators[0]!;
 * r.citation; //=> { document: "53/KH-UBND", clause: "I.1.1" }
 * ```
 */
export interface IndicatorResult {
  /** The indicator's id. */
  readonly indicatorId: string;
  /** What it measures. */
  readonly measure: Indicator["measure"];
  /** Its name. */
  readonly name: Indicator["name"];
  /** Its clause. */
  readonly citation: Citation;
  /** The plan's target for the year, and why. */
  readonly target: TargetForYear;
  /** All units together. */
  readonly overall: GroupResult;
  /** Per tier. */
  readonly byTier: readonly GroupResult[];
  /** Per sector (units without a sector under `(none)`). */
  readonly bySector: readonly GroupResult[];
  /** Per unit. */
  readonly byUnit: readonly GroupResult[];
  /** How many groups (tiers, sectors, units) had their target replaced by the resolver. */
  readonly adjustedGroups: number;
}

/**
 * The readings an evaluation used: the plan's settings with the evaluation's overrides, the reading the tallies
 * were counted under, the trajectory and how percentages were written.
 *
 * @example
 * ```ts
 * const s: EvaluationSettings = evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }).settings;
 * s.keyLeadersCountedUnder; //=> "not-stated"
 * ```
 */
export interface EvaluationSettings extends Settings {
  /** The reading the tallies were counted under, as the input stated it. */
  readonly keyLeadersCountedUnder: KeyLeaderDefinition | "not-stated";
  /** How a year between milestones was judged. */
  readonly trajectory: Trajectory;
  /** How percentages were written. */
  readonly percent: { readonly digits: number; readonly rounding: string };
  /** Whether each unit's own result is listed (`byUnit`); `false`: `byUnit` is empty by request, not for want of units. */
  readonly unitResults: boolean;
}

/**
 * Units in force that indicator I.1.1 does not count (their kind or tier is outside `settings.scope`), by kind
 * and tier: a unit modelled with an unexpected kind shows here instead of vanishing.
 *
 * @example
 * ```ts
 * const o: OutOfScopeUnits = { kind: "public-service-unit", tier: "province", count: 668 };
 * ```
 */
export interface OutOfScopeUnits {
  /** The units' kind. */
  readonly kind: string;
  /** The units' tier. */
  readonly tier: string;
  /** How many. */
  readonly count: number;
}

/**
 * Reporting coverage: units in force, reporting, missing (their ids), out of scope, tallies rejected.
 *
 * @example
 * ```ts
 * const c: Coverage = evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }).coverage;
 * c.missingUnitIds; //=> []
 * ```
 */
export interface Coverage {
  /** Units in force on the snapshot date. */
  readonly unitsInForce: number;
  /** Of them, units with an accepted tally. */
  readonly unitsReporting: number;
  /** Units in force outside the scope of I.1.1, by kind and tier. */
  readonly unitsOutOfScope: readonly OutOfScopeUnits[];
  /** Units in force without an accepted tally, sorted. */
  readonly missingUnitIds: readonly string[];
  /** Tallies not used, each with its issues. */
  readonly rejected: readonly RejectedTally[];
}

/**
 * A fact the reader of an evaluation must see that did not stop it: the key-leader reading not stated, a year
 * outside the plan's period, units of a tier no longer in force, tallies rejected, units that did not report, …
 * Codes start with `warning.`; the message is in Vietnamese and English, like an issue's.
 *
 * @example
 * ```ts
 * const w: EvaluationWarning = evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }).warnings[0]!;
 * w.code; //=> "warning.reading-not-stated"
 * ```
 */
export interface EvaluationWarning {
  /** The catalogue code (`warning.…`). */
  readonly code: IssueCode;
  /** The values the message was built from. */
  readonly params: IssueParams;
  /** The message, in Vietnamese and English. */
  readonly message: Bilingual;
}

/**
 * The result of `evaluate`: plain JSON.
 *
 * @example
 * ```ts
 * const e: Evaluation = evaluate(hungYen53, input, { year: 2025, asOf: "2026-01-15" });
 * JSON.stringify(e); // storable as it is
 * ```
 */
export interface Evaluation {
  /** The plan's id and document number. */
  readonly plan: { readonly id: string; readonly document: string };
  /** The year whose targets applied. */
  readonly year: number;
  /** The date of the evaluation. */
  readonly asOf: string;
  /** The date the counts describe. */
  readonly snapshotDate: string;
  /** The tiers counted by I.1.1 on the snapshot date. */
  readonly tiers: readonly Tier[];
  /** Every reading used, so that the result can be defended. */
  readonly settings: EvaluationSettings;
  /** Reporting coverage. */
  readonly coverage: Coverage;
  /** One result per indicator of the plan. */
  readonly indicators: readonly IndicatorResult[];
  /** What the reader must know that did not stop the evaluation (see {@link EvaluationWarning}). */
  readonly warnings: readonly EvaluationWarning[];
}
