/**
 * Units: the agencies, local governments and other bodies whose leaders and staff are counted.
 *
 * @module
 */
import * as z from "zod";
import { addZodIssue } from "../i18n/issues.js";
import type { Bilingual } from "../i18n/locale.js";
import { DateSchema } from "./dates.js";
import { type Tier, TierSchema } from "./tier.js";

/**
 * The group name used by `rollUp(…, { by: "sector" })` for units without a sector. It is reserved: no unit may
 * name its sector so.
 *
 * @example
 * ```ts
 * NO_SECTOR; //=> "(none)"
 * ```
 */
export const NO_SECTOR = "(none)";

/**
 * Every kind of unit, in a fixed order: `"state-agency"`, `"local-government"`, `"peoples-committee"`,
 * `"peoples-council"`, `"public-service-unit"`, `"party-or-mass-organisation"`, `"other"` (see
 * {@link UnitKindSchema} for what each means).
 *
 * @example
 * ```ts
 * UNIT_KINDS.includes("peoples-council"); //=> true
 * ```
 */
export const UNIT_KINDS = Object.freeze([
  "state-agency",
  "local-government",
  "peoples-committee",
  "peoples-council",
  "public-service-unit",
  "party-or-mass-organisation",
  "other",
] as const);

/**
 * A kind of unit; see {@link UnitKindSchema} for each value.
 *
 * @example
 * ```ts
 * const kind: UnitKind = "state-agency";
 * ```
 */
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * The zod schema of a kind of unit:
 * - `"state-agency"`: a state management agency (cơ quan quản lý nhà nước: sở, ban, ngành);
 * - `"local-government"`: a local government as a whole (chính quyền địa phương: HĐND and UBND together), the
 *   unit indicator I.1.1.1 names beside state agencies;
 * - `"peoples-committee"`: a People's Committee alone (Ủy ban nhân dân, UBND);
 * - `"peoples-council"`: a People's Council alone (Hội đồng nhân dân, HĐND);
 * - `"public-service-unit"`: a public service unit (đơn vị sự nghiệp công lập);
 * - `"party-or-mass-organisation"`: a Party body or a mass organisation (tổ chức Đảng, đoàn thể);
 * - `"other"`.
 *
 * @example
 * ```ts
 * UnitKindSchema.parse("peoples-committee"); //=> "peoples-committee"
 * ```
 */
export const UnitKindSchema: z.ZodType<UnitKind, UnitKind> = z
  .enum(UNIT_KINDS)
  .meta({ id: "UnitKind", description: "The kind of a unit." });

/**
 * A unit (cơ quan, đơn vị, địa phương) whose leaders and staff are counted: a department, a People's Committee,
 * a commune, … Units form a forest through `parent`, and have validity dates because the law merges, splits and
 * abolishes them (the district tier ended on 2025-07-01).
 *
 * @example
 * ```ts
 * const unit: Unit = {
 *   id: "hy.so-noi-vu",
 *   name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" },
 *   kind: "state-agency",
 *   tier: "province",
 *   sector: "home-affairs",
 *   parent: "hy.ubnd",
 * };
 * ```
 */
export interface Unit {
  /** Identifier, unique among the units of one hierarchy and across time (a merged unit gets a new id). */
  readonly id: string;
  /** Name: in both languages, or a single string (Vietnamese, as in the source documents). */
  readonly name?: Bilingual | string | undefined;
  /** The kind of body. */
  readonly kind: UnitKind;
  /** The tier of local government the unit belongs to. */
  readonly tier: Tier;
  /** The sector or field (ngành, lĩnh vực), for grouping and the under-30% adjustment of clause I.1.1.1. */
  readonly sector?: string | undefined;
  /** The id of the unit above it; absent for a root. */
  readonly parent?: string | undefined;
  /** First day in force, `YYYY-MM-DD`, inclusive. Absent: in force since before any date of interest. */
  readonly validFrom?: string | undefined;
  /** Last day in force, `YYYY-MM-DD`, inclusive. Absent: still in force. */
  readonly validTo?: string | undefined;
  /** Ids of the units it replaced (merged or renamed), for following a unit across a reorganisation. */
  readonly predecessors?: readonly string[] | undefined;
}

const nonEmpty = (field: string) =>
  z.string().superRefine((s, ctx) => {
    if (s.trim() === "") addZodIssue(ctx, "text.empty", { field });
  });

const NameSchema = z.union([
  nonEmpty("name"),
  z.strictObject({ vi: nonEmpty("name.vi"), en: nonEmpty("name.en") }),
]);

/**
 * The zod schema of a {@link Unit}. Strict: an unknown key (a typo such as `parnet`) is refused rather than
 * ignored, since an ignored `parent` would silently make a root. Dates must exist (`2025-02-30` is refused with
 * `date.invalid`); `validFrom` after `validTo` is `date.range-reversed`; the sector `"(none)"` is reserved
 * ({@link NO_SECTOR}); a unit cannot be its own predecessor. Relations between units (duplicate ids, unknown
 * parents, cycles) are checked by `validateUnits`.
 *
 * @example
 * ```ts
 * UnitSchema.parse({ id: "xa-a", kind: "peoples-committee", tier: "commune", validFrom: "2025-07-01" });
 * UnitSchema.safeParse({ id: "xa-b", kind: "other", tier: "commune", validTo: "2025-02-30" }).success; //=> false
 * ```
 */
export const UnitSchema: z.ZodType<Unit, unknown> = z
  .strictObject({
    id: nonEmpty("id"),
    name: NameSchema.optional(),
    kind: UnitKindSchema,
    tier: TierSchema,
    sector: nonEmpty("sector").optional(),
    parent: nonEmpty("parent").optional(),
    validFrom: DateSchema.optional(),
    validTo: DateSchema.optional(),
    predecessors: z.array(nonEmpty("predecessors")).optional(),
  })
  .superRefine((unit, ctx) => {
    if (unit.validFrom !== undefined && unit.validTo !== undefined && unit.validFrom > unit.validTo) {
      addZodIssue(ctx, "date.range-reversed", { from: unit.validFrom, to: unit.validTo }, ["validTo"]);
    }
    if (unit.sector === NO_SECTOR) {
      addZodIssue(ctx, "unit.reserved-sector", { value: NO_SECTOR }, ["sector"]);
    }
    unit.predecessors?.forEach((p, i) => {
      if (p === unit.id) addZodIssue(ctx, "unit.self-predecessor", { id: unit.id }, ["predecessors", i]);
    });
  })
  .meta({ id: "Unit", description: "An agency, local government or other body whose people are counted." });
