export {
  adaptPlan,
  type DeepPatch,
  type InheritedValue,
  inheritedValues,
  type PlanPatch,
  safeAdaptPlan,
} from "./adapt.js";
export {
  type AdjustmentPolicy,
  type AdjustmentPolicyInput,
  AdjustmentPolicySchema,
  type AdjustmentSettings,
  type AdjustmentSettingsInput,
  AdjustmentSettingsSchema,
  ApprovalSchema,
} from "./adjustment-settings.js";
export { canonicalCitation } from "./citations.js";
export { type DefinePlanResult, definePlan, safeDefinePlan } from "./define.js";
export { planConfigJsonSchema } from "./json-schema.js";
export * from "./schema.js";
