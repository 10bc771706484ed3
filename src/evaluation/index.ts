export { evaluate } from "./evaluate.js";
export { type PeopleShortfall, peopleShortfall, requiredUnits, type UnitTargetReading } from "./shortfall.js";
export type {
  Coverage,
  EvaluateOptions,
  Evaluation,
  EvaluationInput,
  EvaluationSettings,
  EvaluationWarning,
  GroupBase,
  GroupResult,
  GroupUnits,
  GroupValue,
  IndicatorResult,
  JudgedGroup,
  KeyLeaderShare,
  NotComputableGroup,
  NotComputableReason,
  OutOfScopeUnits,
  UnitsShortfall,
} from "./types.js";
