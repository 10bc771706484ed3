export {
  adaptPlan,
  type DeepPatch,
  type InheritedValue,
  inheritedValues,
  type PlanPatch,
  safeAdaptPlan,
} from "./adapt.js";
export { type DefinePlanResult, deepFreeze, definePlan, PlanConfigError, safeDefinePlan } from "./define.js";
export { planConfigJsonSchema } from "./json-schema.js";
export {
  BilingualSchema,
  type Citation,
  CitationSchema,
  isInForce,
  type Validity,
} from "./primitives.js";
export * from "./schema.js";
