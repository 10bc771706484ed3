export {
  type AdjustmentAudit,
  type AdjustmentThreshold,
  type AdjustTargetResult,
  adjustTarget,
  type Eligibility,
  isEligibleForAdjustment,
} from "./adjust.js";
export {
  type AdjustmentPolicy,
  AdjustmentPolicySchema,
  type AdjustmentSettings,
  AdjustmentSettingsSchema,
  ApprovalSchema,
} from "./policy.js";
export { adjustmentResolver } from "./resolver.js";
