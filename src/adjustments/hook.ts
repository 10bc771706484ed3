/**
 * The target-resolver hook: how `evaluate` asks whether a group's target is replaced (the adjustment of sectors
 * under 30% plugs in here, through `adjustmentResolver`).
 *
 * @module
 */
import type { Indicator, Plan } from "../plan/schema.js";
import type { ExactRatio, Ratio } from "../rational/ratio.js";
import type { AdjustmentAudit } from "./adjust.js";

/**
 * How a group of units was formed in an evaluation.
 *
 * @example
 * ```ts
 * const by: GroupBy = "sector";
 * ```
 */
export type GroupBy = "overall" | "tier" | "sector" | "unit";

/**
 * The context a target resolver receives: the group being judged and the plan's own target for it.
 *
 * @example
 * ```ts
 * const resolver: TargetResolver = (ctx: TargetContext) => undefined; // keep the plan's target
 * ```
 */
export interface TargetContext {
  /** The plan. */
  readonly plan: Plan;
  /** The indicator. */
  readonly indicator: Indicator;
  /** The year. */
  readonly year: number;
  /** The group: how it was formed, its key, the units in it, their sector (if one) and their workforce. */
  readonly group: {
    readonly by: GroupBy;
    readonly key: string;
    readonly unitIds: readonly string[];
    readonly sector?: string;
    readonly workforce: { readonly women: number; readonly total: number };
  };
  /** The workforce of a whole sector (all its units in force), for judging eligibility per sector. */
  readonly sectorWorkforce: (sector: string) => { readonly women: number; readonly total: number };
  /** The plan's target for the year. */
  readonly base: ExactRatio;
}

/**
 * A target chosen by a resolver, with the audit record that explains it.
 *
 * @example
 * ```ts
 * const r = adjustTarget({ base: "60%", workforce: { women: 12, total: 100 }, clause: hungYen53.adjustment!, policy: { policy: "proportional" } });
 * const t: ResolvedTarget | undefined = r.success ? { target: r.target, audit: r.audit } : undefined;
 * ```
 */
export interface ResolvedTarget {
  /** The target to apply instead of the plan's, exactly (a reduced fraction of safe integers). */
  readonly target: Ratio;
  /** Why: the adjustment's audit record, shown with the result. */
  readonly audit: AdjustmentAudit;
}

/**
 * A hook that may replace the plan's target for a group. Return `undefined` to keep the plan's target.
 *
 * @example
 * ```ts
 * const clause = hungYen53.adjustment!;
 * const halfForPolice: TargetResolver = (ctx) => {
 *   if (ctx.group.key !== "police") return undefined;
 *   const r = adjustTarget({ base: ctx.base, workforce: ctx.group.workforce, clause, policy: { policy: "proportional" } });
 *   return r.success && r.audit.adjusted ? { target: r.target, audit: r.audit } : undefined;
 * };
 * ```
 */
export type TargetResolver = (ctx: TargetContext) => ResolvedTarget | undefined;
