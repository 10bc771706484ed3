/**
 * The adjustment of clause I.1.1 (last sentence): sectors whose workforce is less than 30% female may adjust
 * the target. Eligibility is exact (`women × 100 < 30 × total`, never a float); each policy never raises a target,
 * leaves ineligible groups untouched and is monotone in the women's share; every adjustment comes with an audit
 * record from which the adjusted target can be recomputed.
 *
 * @module
 */

import type * as z from "zod";
import { InvalidInputError } from "../errors/errors.js";
import { fromZodIssues } from "../i18n/issues.js";
import { fail, oneOf, requireCount, requireRecord } from "../internal/args.js";
import { unsafeInput } from "../internal/walk.js";
import type { AdjustmentPolicy, AdjustmentPolicyInput } from "../plan/adjustment-settings.js";
import { AdjustmentPolicySchema } from "../plan/adjustment-settings.js";
import type { AdjustmentClause } from "../plan/schema.js";
import { AdjustmentClauseSchema } from "../plan/schema.js";
import type { Citation } from "../primitives/citation.js";
import { compareFractions, type Fraction, fraction } from "../rational/fraction.js";
import { type Percent, percentToFraction } from "../rational/percent.js";
import { type ExactRatio, exactRatio, type Ratio, shareToFraction } from "../rational/ratio.js";

/**
 * Whether a workforce is eligible for the adjustment, and its women's share.
 *
 * @example
 * ```ts
 * const e: Eligibility = isEligibleForAdjustment({ women: 299, total: 1000 }, { threshold: "30%", comparison: "strictly-below" });
 * e.status; //=> "eligible"
 * ```
 */
export interface Eligibility {
  /** `eligible`, `not-eligible`, or `not-computable` for an empty workforce. */
  readonly status: "eligible" | "not-eligible" | "not-computable";
  /** Why not computable. */
  readonly reason?: "empty-workforce";
  /** The women's share of the workforce. */
  readonly share?: ExactRatio;
}

/** Reads a workforce `{ women, total }`: counts with women at most the total. */
function readWorkforce(value: unknown, path: readonly (string | number)[]): { women: number; total: number } {
  const w = requireRecord(value, path);
  const women = requireCount(w["women"], [...path, "women"]);
  const total = requireCount(w["total"], [...path, "total"]);
  if (women > total)
    fail("tally.women-exceed-total", [...path, "women"], { group: "workforce", women, total });
  return { women, total };
}

/**
 * The threshold part of an adjustment clause.
 *
 * @example
 * ```ts
 * const t: AdjustmentThreshold = { threshold: "30%", comparison: "strictly-below" };
 * ```
 */
export type AdjustmentThreshold = Pick<AdjustmentClause, "threshold" | "comparison">;

/**
 * Judges eligibility exactly: with `strictly-below` (Plan 53: “thấp dưới 30%”), eligible only when
 * `women × 100 < 30 × total`; 30% itself is not eligible. An empty workforce is not computable, not eligible.
 *
 * @throws InvalidInputError when the counts are not safe integers with `0 ≤ women ≤ total`.
 * @example
 * ```ts
 * const clause = { threshold: "30%", comparison: "strictly-below" } as const;
 * isEligibleForAdjustment({ women: 3, total: 10 }, clause).status; //=> "not-eligible"
 * isEligibleForAdjustment({ women: 299, total: 1000 }, clause).status; //=> "eligible"
 * isEligibleForAdjustment({ women: 0, total: 0 }, clause).status; //=> "not-computable"
 * ```
 */
export function isEligibleForAdjustment(
  workforce: { readonly women: number; readonly total: number },
  clause: AdjustmentThreshold,
): Eligibility {
  const w = readWorkforce(workforce, ["workforce"]);
  return eligibilityOf(w, readThreshold(clause, ["clause"]));
}

/** A threshold given to a function: a share and a comparison from the list. */
function readThreshold(value: unknown, path: readonly (string | number)[]): ExactThreshold {
  const c = requireRecord(value, path);
  return {
    threshold: percentToFraction(c["threshold"], [...path, "threshold"]),
    comparison: oneOf(c["comparison"], ["strictly-below", "at-or-below"] as const, [...path, "comparison"]),
  };
}

interface ExactThreshold {
  readonly threshold: Fraction;
  readonly comparison: AdjustmentClause["comparison"];
}

function eligibilityOf(
  w: { readonly women: number; readonly total: number },
  t: ExactThreshold,
): Eligibility {
  if (w.total === 0) return { status: "not-computable", reason: "empty-workforce" };
  const share = fraction(w.women, w.total);
  const c = compareFractions(share, t.threshold);
  const eligible = t.comparison === "strictly-below" ? c < 0 : c <= 0;
  return { status: eligible ? "eligible" : "not-eligible", share: exactRatio(share) };
}

/**
 * The audit record of an adjustment: everything an inspector needs to retrace it.
 *
 * @example
 * ```ts
 * const a: AdjustmentAudit = adjustTarget({ base: "60%", workforce: { women: 12, total: 100 }, clause, policy: { policy: "proportional" } }).audit;
 * a.adjustedTarget.percent; //=> "24.00"
 * ```
 */
export interface AdjustmentAudit {
  /** The policy applied. */
  readonly policy: AdjustmentPolicy["policy"];
  /** Whether the target changed. */
  readonly adjusted: boolean;
  /** The clause's threshold and comparison. */
  readonly threshold: Percent;
  /** `strictly-below` or `at-or-below`. */
  readonly comparison: AdjustmentClause["comparison"];
  /** The workforce judged. */
  readonly workforce: { readonly women: number; readonly total: number };
  /** Eligibility under the clause. */
  readonly eligibility: Eligibility["status"];
  /** The target before adjustment. */
  readonly baseTarget: ExactRatio;
  /** The target after adjustment (equal to the base when not adjusted). */
  readonly adjustedTarget: ExactRatio;
  /** How the adjusted target is computed from the numbers above. */
  readonly rule: string;
  /** For `explicit`: the target declared (applied only when eligible and not above the base). */
  readonly declaredTarget?: ExactRatio;
  /** For `explicit`: the justification. */
  readonly justification?: { readonly vi: string; readonly en: string };
  /** For `explicit`: the approving document. */
  readonly approvedBy?: { readonly number: string; readonly issueDate: string; readonly issuer: string };
  /** The clause that allows the adjustment. */
  readonly citation: Citation;
  /** Where eligibility was judged (per sector or per unit), when the adjustment was applied by an evaluation. */
  readonly basis?: "sector" | "unit";
}

/**
 * The result of {@link adjustTarget}: the target to apply and its audit record, or the issue that refused it.
 *
 * @example
 * ```ts
 * const r: AdjustTargetResult = adjustTarget({ base: "60%", workforce: { women: 1, total: 10 }, clause, policy: { policy: "none" } });
 * ```
 */
export type AdjustTargetResult =
  | {
      /** The policy applied. */
      readonly success: true;
      /** The target to apply (the base when not adjusted). */
      readonly target: ExactRatio;
      /** How it was found. */
      readonly audit: AdjustmentAudit;
    }
  | {
      /** The policy was refused. */
      readonly success: false;
      /** Why. */
      readonly code: "adjustment.raises-target";
      /** The record of what was asked. */
      readonly audit: AdjustmentAudit;
    };

const RULES: Record<AdjustmentPolicy["policy"], string> = {
  none: "adjustedTarget = baseTarget",
  capAtWorkforceShare: "adjustedTarget = min(baseTarget, workforce.women / workforce.total)",
  proportional: "adjustedTarget = baseTarget × (workforce.women / workforce.total) ÷ threshold",
  explicit: "adjustedTarget = the declared target (approvedBy), never above baseTarget",
};

const min = (a: Fraction, b: Fraction): Fraction => (compareFractions(a, b) <= 0 ? a : b);

/**
 * Applies a policy to a base target for a group with a given workforce, under the plan's adjustment clause.
 * Ineligible groups (and empty workforces) keep the base target. `explicit` above the base is refused.
 *
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * const clause = hungYen53.adjustment!;
 * const police = { women: 12, total: 100 }; // 12% women
 * adjustTarget({ base: "60%", workforce: police, clause, policy: { policy: "capAtWorkforceShare" } }).audit.adjustedTarget.percent; //=> "12.00"
 * adjustTarget({ base: "60%", workforce: police, clause, policy: { policy: "proportional" } }).audit.adjustedTarget.percent; //=> "24.00"
 * ```
 */
export function adjustTarget(args: {
  readonly base: Percent | Ratio;
  readonly workforce: { readonly women: number; readonly total: number };
  readonly clause: AdjustmentClause;
  readonly policy: AdjustmentPolicyInput;
}): AdjustTargetResult {
  const a = requireRecord(args, ["args"]);
  const base = shareToFraction(a["base"], ["args", "base"]);
  const workforce = readWorkforce(a["workforce"], ["args", "workforce"]);
  const clause = parseWith(AdjustmentClauseSchema, a["clause"], ["args", "clause"]);
  const policy = parseWith(AdjustmentPolicySchema, a["policy"], ["args", "policy"]);
  return adjustExact(base, workforce, clause, policy);
}

/** Parses a value with a schema, or throws the library's error with the issues under `path`. */
function parseWith<T>(schema: z.ZodType<T, unknown>, value: unknown, path: readonly (string | number)[]): T {
  const unsafe = unsafeInput(value, path);
  if (unsafe.length > 0) throw new InvalidInputError(unsafe);
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new InvalidInputError(
    fromZodIssues(r.error.issues).map((i) => ({ ...i, path: [...path, ...i.path] })),
  );
}

/**
 * {@link adjustTarget} on checked arguments: the policies' arithmetic, exactly.
 *
 * @internal
 */
export function adjustExact(
  base: Fraction,
  workforce: { readonly women: number; readonly total: number },
  clause: AdjustmentClause,
  policy: AdjustmentPolicy,
): AdjustTargetResult {
  const threshold = percentToFraction(clause.threshold);
  const eligibility = eligibilityOf(workforce, { threshold, comparison: clause.comparison });
  let target = base;
  if (eligibility.status === "eligible") {
    const share = fraction(workforce.women, workforce.total);
    switch (policy.policy) {
      case "none":
        break;
      case "capAtWorkforceShare":
        target = min(base, share);
        break;
      case "proportional":
        // base × share ÷ threshold; share ≤ threshold here, so the result is at most the base. A 0% threshold
        // (only reachable `at-or-below`, with no women) leaves the base: the limit of the rule at the threshold.
        if (threshold.n > 0n)
          target = min(base, fraction(base.n * share.n * threshold.d, base.d * share.d * threshold.n));
        break;
      case "explicit":
        target = percentToFraction(policy.target);
        break;
    }
  }
  // A declared target above the base is refused (the clause only lowers): the record then keeps the base as the
  // target and says not adjusted, with the declared value beside it.
  const refused = compareFractions(target, base) > 0;
  const declared = policy.policy === "explicit" ? exactRatio(percentToFraction(policy.target)) : undefined;
  if (refused) target = base;
  const audit: AdjustmentAudit = {
    policy: policy.policy,
    adjusted: compareFractions(target, base) !== 0,
    threshold: clause.threshold,
    comparison: clause.comparison,
    workforce: { women: workforce.women, total: workforce.total },
    eligibility: eligibility.status,
    baseTarget: exactRatio(base),
    adjustedTarget: exactRatio(target),
    rule: RULES[policy.policy],
    ...(declared === undefined ? {} : { declaredTarget: declared }),
    ...(policy.policy === "explicit" && policy.justification !== undefined
      ? { justification: policy.justification }
      : {}),
    ...(policy.policy === "explicit" && policy.approvedBy !== undefined
      ? { approvedBy: policy.approvedBy }
      : {}),
    citation: clause.citation,
  };
  if (refused) return { success: false, code: "adjustment.raises-target", audit };
  return { success: true, target: audit.adjustedTarget, audit };
}
