/**
 * The column mapping of a people export: which header of the CSV holds each field of a person record, and the
 * export's own words for the values (extending the built-in Vietnamese maps). A JSON file with a JSON Schema
 * (`vn-women-leadership/column-mapping.schema.json`).
 *
 * @module
 */
import * as z from "zod";
import { nonEmptyString } from "../primitives/text.js";

/**
 * The person-record fields a column can hold.
 *
 * @example
 * ```ts
 * MAPPED_FIELDS.includes("sex"); //=> true
 * ```
 */
export const MAPPED_FIELDS = Object.freeze([
  "personId",
  "unitId",
  "sex",
  "keyLeader",
  "position",
  "inPlanningPool",
  "trained",
  "inWorkforce",
] as const);

/**
 * A field of a person record that a column can hold: `personId` (to find duplicates), `unitId`, `sex`,
 * `keyLeader`, `position`, `inPlanningPool`, `trained`, `inWorkforce`.
 *
 * @example
 * ```ts
 * const f: MappedField = "sex";
 * ```
 */
export type MappedField = (typeof MAPPED_FIELDS)[number];

const header = nonEmptyString("column");
const word = z.string().min(1);

/**
 * The schema of a column mapping.
 *
 * @example
 * ```ts
 * ColumnMappingSchema.parse({ columns: { unitId: "Mã đơn vị", sex: "Giới tính", position: "Chức vụ" } });
 * ```
 */
export const ColumnMappingSchema = z
  .strictObject({
    /** The JSON Schema an editor reads; ignored. */
    $schema: z.string().optional(),
    /** For each field, the header of its column in the export (as written, compared after NFC and trimming). */
    columns: z.strictObject({
      personId: header.optional(),
      unitId: header,
      sex: header,
      keyLeader: header.optional(),
      position: header.optional(),
      inPlanningPool: header.optional(),
      trained: header.optional(),
      inWorkforce: header.optional(),
    }),
    /** The export's own words, added to the built-in ones (compared without case and diacritics). */
    values: z
      .strictObject({
        sex: z.record(word, z.enum(["female", "male"])).optional(),
        position: z.record(word, z.enum(["head", "deputy-head", "other"])).optional(),
        boolean: z.record(word, z.boolean()).optional(),
      })
      .optional(),
    /** The field separator: `,` (default), `;` (Excel in some locales) or a tab. */
    delimiter: z.enum([",", ";", "\t"]).optional(),
  })
  .meta({
    id: "ColumnMapping",
    title: "vn-women-leadership column mapping",
    description:
      "Which column of a people CSV export holds each field of a person record, and the export's words for values.",
  });

/**
 * A column mapping, as {@link ColumnMappingSchema} reads it.
 *
 * @example
 * ```ts
 * const m: ColumnMapping = { columns: { unitId: "Mã đơn vị", sex: "Giới tính" } };
 * ```
 */
export type ColumnMapping = z.input<typeof ColumnMappingSchema>;

/**
 * The JSON Schema (draft 2020-12) of a column mapping, shipped as `vn-women-leadership/column-mapping.schema.json`.
 *
 * @example
 * ```ts
 * columnMappingJsonSchema().title; //=> "vn-women-leadership column mapping"
 * ```
 */
export function columnMappingJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ColumnMappingSchema, { io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
}
