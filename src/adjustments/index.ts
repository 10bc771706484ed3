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
  type AdjustmentSettingsInput,
  AdjustmentSettingsSchema,
  ApprovalSchema,
} from "./policy.js";
export { AdjustmentRefusedError, adjustmentResolver } from "./resolver.js";
