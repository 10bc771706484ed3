export {
  type ColumnMapping,
  ColumnMappingSchema,
  columnMappingJsonSchema,
  MAPPED_FIELDS,
  type MappedField,
} from "./mapping.js";
export { type RejectedRow, readColumnMapping } from "./rows.js";
