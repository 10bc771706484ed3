export {
  type AdjustmentAudit,
  type AdjustmentThreshold,
  type AdjustTargetResult,
  adjustTarget,
  type Eligibility,
  isEligibleForAdjustment,
} from "./adjust.js";
export type { GroupBy, ResolvedTarget, TargetContext, TargetResolver } from "./hook.js";
export { AdjustmentRefusedError, adjustmentResolver } from "./resolver.js";
