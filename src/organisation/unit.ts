/**
 * Units: the agencies, local governments and other bodies whose leaders and staff are counted.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema, isCalendarDate } from "../calendar/calendar-date.js";
import { addZodIssue } from "../i18n/issues.js";
import type { Bilingual } from "../i18n/locale.js";
import { nonEmptyString } from "../primitives/text.js";
import { isAfter } from "../primitives/validity.js";
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
 *   unit indicator I.1.1 names beside state agencies;
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
  /** The sector or field (ngành, lĩnh vực), for grouping and the under-30% adjustment of clause I.1.1. */
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

// Ids and sectors are compared in Unicode NFC: "Y tế" composed and decomposed are one sector, and two units whose
// ids differ only in their Unicode form are a duplicate.
const nfc = (field: string) => nonEmptyString(field).transform((s) => s.normalize("NFC"));

const NameSchema = z.union([
  nonEmptyString("name"),
  z.strictObject({ vi: nonEmptyString("name.vi"), en: nonEmptyString("name.en") }),
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
    id: nfc("id"),
    name: NameSchema.optional(),
    kind: UnitKindSchema,
    tier: TierSchema,
    sector: nfc("sector").optional(),
    parent: nfc("parent").optional(),
    validFrom: CalendarDateSchema.optional(),
    validTo: CalendarDateSchema.optional(),
    predecessors: z.array(nfc("predecessors")).optional(),
  })
  .superRefine((unit, ctx) => {
    if (isAfter(unit.validFrom, unit.validTo)) {
      addZodIssue(
        ctx,
        "date.range-reversed",
        { from: unit.validFrom as string, to: unit.validTo as string },
        ["validTo"],
      );
    }
    if (unit.sector === NO_SECTOR) {
      addZodIssue(ctx, "unit.reserved-sector", { value: NO_SECTOR }, ["sector"]);
    }
    unit.predecessors?.forEach((p, i) => {
      if (p === unit.id) addZodIssue(ctx, "unit.self-predecessor", { id: unit.id }, ["predecessors", i]);
    });
  })
  .meta({ id: "Unit", description: "An agency, local government or other body whose people are counted." });

// ---------------------------------------------------------------------------------------------------------------
// The quick check: the units that certainly satisfy UnitSchema, without a zod parse.

// The keys of UnitSchema (a switch, as in `tallyRecords`: cheaper than a lookup in a list or a set).
function isUnitKey(key: string): boolean {
  switch (key) {
    case "id":
    case "name":
    case "kind":
    case "tier":
    case "sector":
    case "parent":
    case "validFrom":
    case "validTo":
    case "predecessors":
      return true;
  }
  return false;
}

function isUnitKind(x: unknown): x is UnitKind {
  switch (x) {
    case "state-agency":
    case "local-government":
    case "peoples-committee":
    case "peoples-council":
    case "public-service-unit":
    case "party-or-mass-organisation":
    case "other":
      return true;
  }
  return false;
}

const isTier = (x: unknown): x is Tier =>
  x === "central" || x === "province" || x === "district" || x === "commune";

// A string already in NFC (zod normalises what is not). An ASCII scan first was no faster on these machines.
const isNfc = (s: string): boolean => s.normalize("NFC") === s;

// A string that is not blank as `String.prototype.trim` sees it (the `nonEmpty` of the schema).
const isNonEmpty = (x: unknown): x is string => typeof x === "string" && x.trim() !== "";

// An object as zod reads one (not null, not an array).
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

// The bilingual branch of NameSchema, copied as zod copies it (`vi`, then `en`); undefined when not certainly valid.
function quickBilingual(name: Record<string, unknown>): Bilingual | undefined {
  for (const key in name) if (key !== "vi" && key !== "en") return undefined;
  const vi = name["vi"];
  const en = name["en"];
  if (!isNonEmpty(vi) || !isNonEmpty(en) || !("vi" in name) || !("en" in name)) return undefined;
  return { vi, en };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The quick check of `validateUnits`, written to the letter of {@link UnitSchema} and of how zod reads an object:
 * a non-null, non-array object whose every key found by `for…in` (as zod's strict check walks them) is one of the
 * schema's; a required key present and valid (`id` and `parent` not blank, `kind` and `tier` from their lists); an
 * optional key either absent (not `in` the object) or present and `undefined` or valid (a non-blank string
 * `name`, or `{ vi, en }` of non-blank strings and nothing else; a non-blank `sector` other than `"(none)"`;
 * calendar dates `validFrom ≤ validTo` when both are given; `predecessors` an array of non-blank ids other than
 * the unit's own). Each value is read once.
 *
 * Returns what zod's parse would return: a new object with the present keys in the schema's order (a present
 * `undefined` kept), a new `name` object and a new `predecessors` array. Returns `undefined` when the unit is not
 * certainly valid: then zod decides and explains, so the outcome is always the schema's.
 *
 * @internal
 */
export function quickUnit(raw: unknown): Unit | undefined {
  if (!isObject(raw)) return undefined;
  for (const key in raw) if (!isUnitKey(key)) return undefined;
  const id = raw["id"];
  if (!isNonEmpty(id) || !("id" in raw) || !isNfc(id)) return undefined;
  const hasName = "name" in raw;
  // An absent name reads as undefined, as a present undefined does.
  const n = raw["name"];
  let name: Unit["name"];
  if (isObject(n)) {
    name = quickBilingual(n);
    if (name === undefined) return undefined;
  } else if (n === undefined || isNonEmpty(n)) name = n;
  else return undefined;
  const kind = raw["kind"];
  const tier = raw["tier"];
  if (!isUnitKind(kind) || !isTier(tier) || !("kind" in raw) || !("tier" in raw)) return undefined;
  const hasSector = "sector" in raw;
  const sector = hasSector ? raw["sector"] : undefined;
  if (sector !== undefined && (!isNonEmpty(sector) || sector === NO_SECTOR || !isNfc(sector)))
    return undefined;
  const hasParent = "parent" in raw;
  const parent = hasParent ? raw["parent"] : undefined;
  if (parent !== undefined && (!isNonEmpty(parent) || !isNfc(parent))) return undefined;
  const hasFrom = "validFrom" in raw;
  const validFrom = hasFrom ? raw["validFrom"] : undefined;
  if (validFrom !== undefined && !isCalendarDate(validFrom)) return undefined;
  const hasTo = "validTo" in raw;
  const validTo = hasTo ? raw["validTo"] : undefined;
  if (validTo !== undefined && !isCalendarDate(validTo)) return undefined;
  if (isAfter(validFrom as string | undefined, validTo as string | undefined)) return undefined;
  const hasPredecessors = "predecessors" in raw;
  const p = raw["predecessors"];
  let predecessors: string[] | undefined;
  if (p !== undefined) {
    if (!Array.isArray(p)) return undefined;
    const list: readonly unknown[] = p;
    predecessors = [];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isNonEmpty(item) || item === id || !isNfc(item)) return undefined;
      predecessors.push(item);
    }
  }
  // Built key by key in the schema's order, as zod builds its output.
  const unit = { id } as Mutable<Unit>;
  if (hasName) unit.name = name;
  unit.kind = kind;
  unit.tier = tier;
  if (hasSector) unit.sector = sector;
  if (hasParent) unit.parent = parent;
  if (hasFrom) unit.validFrom = validFrom;
  if (hasTo) unit.validTo = validTo;
  if (hasPredecessors) unit.predecessors = predecessors;
  return unit;
}
