/**
 * vn-women-leadership: Vietnam's programme for women in leadership (Decision 2282/QĐ-TTg and provincial plans
 * such as Hưng Yên's Plan 53/KH-UBND) as code. Everything exported here is pure: no I/O, no clock.
 *
 * @packageDocumentation
 */

export * from "./adjustments/index.js";
export * from "./deadlines/index.js";
export * from "./evaluation/index.js";
export * from "./i18n/index.js";
export {
  defineUnits,
  type LocalGovernmentPeriod,
  LocalGovernmentPeriodSchema,
  LocalGovernmentStructureSchema,
  type LocalGovernmentValidation,
  NO_SECTOR,
  TIERS,
  type Tier,
  TierSchema,
  tierRank,
  tiersInForce,
  UNIT_KINDS,
  type Unit,
  type UnitKind,
  UnitKindSchema,
  UnitSchema,
  type UnitsValidation,
  UnitValidationError,
  unitsInForce,
  validateLocalGovernment,
  validateUnits,
} from "./organisation/index.js";
export * from "./plan/index.js";
export * from "./rational/index.js";
export * from "./report/deadlines-text.js";
export * from "./report/evaluation-text.js";
export * from "./report/plan-summary.js";
export * from "./tally/index.js";
export * from "./targets/index.js";
