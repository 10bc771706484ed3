export type { RejectedTally } from "./accept.js";
export {
  type PlanningPoolCounts,
  type UnitTallyInput,
  UnitTallyInputSchema,
  type WomenAndTotal,
} from "./input.js";
export {
  type KeyLeaderDefinition,
  type PersonRecord,
  PersonRecordSchema,
  type RecordsAccount,
  type RecordsTally,
  type RejectedRecord,
  type TallyRecordsOptions,
  tallyRecords,
} from "./records.js";
export {
  OVERALL,
  type RollUpBy,
  type RollUpGroup,
  type RollUpOptions,
  type RollUpResult,
  rollUp,
} from "./roll-up.js";
export {
  SQL_DIALECTS,
  type SqlDialect,
  TALLY_SQL_COLUMNS,
  type TallySqlOptions,
  talliesFromRows,
  tallySql,
} from "./sql.js";
export { emptyTally, mergeTallies, mergeUnitTallies, type Tally, unitTally } from "./tally.js";
