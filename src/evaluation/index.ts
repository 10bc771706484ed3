export {
  type EvaluateOptions,
  type Evaluation,
  type EvaluationInput,
  evaluate,
  type GroupBy,
  type GroupResult,
  type IndicatorResult,
  type NotComputableReason,
  type ResolvedTarget,
  type TargetContext,
  type TargetResolver,
} from "./evaluate.js";
export { type PeopleShortfall, peopleShortfall, requiredUnits, type UnitTargetReading } from "./shortfall.js";
