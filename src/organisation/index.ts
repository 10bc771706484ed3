export { defineUnits, type UnitsValidation, unitsInForce, validateUnits } from "./hierarchy.js";
export {
  type LocalGovernmentPeriod,
  LocalGovernmentPeriodSchema,
  LocalGovernmentStructureSchema,
  type LocalGovernmentValidation,
  tiersInForce,
  validateLocalGovernment,
} from "./local-government.js";
export { LOCAL_TIERS, type LocalTier, TIERS, type Tier, TierSchema, tierRank } from "./tier.js";
export { NO_SECTOR, UNIT_KINDS, type Unit, type UnitKind, UnitKindSchema, UnitSchema } from "./unit.js";
