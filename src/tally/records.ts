/**
 * The records door: people turned into per-unit tallies, streaming.
 *
 * @module
 */
import * as z from "zod";
import { addZodIssue, fromZodIssues, type ValidationIssue } from "../i18n/issues.js";
import { fail, oneOf, optionalBoolean, optionsObject, requireIterable } from "../internal/args.js";
import type { UnitTallyInput } from "./input.js";
import { newUnitCounts, type UnitCounts } from "./tally.js";

/**
 * One person, as an app holding records describes them for counting.
 *
 * @example
 * ```ts
 * const deputyChair: PersonRecord = {
 *   unitId: "xa-a",
 *   sex: "female",
 *   position: "deputy-head", // Phó Chủ tịch
 *   inPlanningPool: true,
 *   trained: true,
 * };
 * ```
 */
export interface PersonRecord {
  /** The id of the unit the person belongs to. */
  readonly unitId: string;
  /** Sex, as recorded in the cadre database. */
  readonly sex: "female" | "male";
  /**
   * Whether the person is a key leader (lãnh đạo chủ chốt). When given, it wins over `position` and the
   * definition of key leader in use.
   */
  readonly keyLeader?: boolean | undefined;
  /**
   * The position: `"head"` (người đứng đầu: Chủ tịch, Giám đốc), `"deputy-head"` (cấp phó: Phó Chủ tịch, Phó
   * Giám đốc) or `"other"`. Decides who is a key leader when `keyLeader` is absent.
   */
  readonly position?: "head" | "deputy-head" | "other" | undefined;
  /** Whether the person is in the planning pool for leadership titles (diện quy hoạch). Default false. */
  readonly inPlanningPool?: boolean | undefined;
  /**
   * Whether the person was trained, fostered or had their capacity raised (được đào tạo, bồi dưỡng, nâng cao năng
   * lực). Counted only for women in the planning pool (indicator I.1.3); ignored otherwise. Default false.
   */
  readonly trained?: boolean | undefined;
  /**
   * Whether the person counts in the unit's workforce (cán bộ, công chức, viên chức, người lao động) for the
   * under-30% adjustment. Default true.
   */
  readonly inWorkforce?: boolean | undefined;
}

/**
 * The zod schema of a {@link PersonRecord}. Strict: an unknown key (a misspelt `inPlaningPool`) is refused rather
 * than silently counted as absent, so map app data to exactly these fields.
 *
 * @example
 * ```ts
 * PersonRecordSchema.safeParse({ unitId: "xa-a", sex: "female", position: "head" }).success; //=> true
 * PersonRecordSchema.safeParse({ unitId: "xa-a", sex: "f" }).success; //=> false
 * ```
 */
export const PersonRecordSchema: z.ZodType<PersonRecord, unknown> = z
  .strictObject({
    unitId: z.string().superRefine((s, ctx) => {
      if (s.trim() === "") addZodIssue(ctx, "text.empty", { field: "unitId" });
    }),
    sex: z.enum(["female", "male"]),
    keyLeader: z.boolean().optional(),
    position: z.enum(["head", "deputy-head", "other"]).optional(),
    inPlanningPool: z.boolean().optional(),
    trained: z.boolean().optional(),
    inWorkforce: z.boolean().optional(),
  })
  .meta({ id: "PersonRecord", description: "One person, for counting." });

/**
 * Who is a key leader (lãnh đạo chủ chốt) when a record gives only a `position`:
 * - `"heads-and-deputies"` (default): heads and their deputies, as national statistics count them (Chủ tịch and
 *   Phó Chủ tịch of People's Councils and People's Committees; Giám đốc and Phó Giám đốc of departments);
 * - `"heads-only"`: heads only.
 *
 * @example
 * ```ts
 * const definition: KeyLeaderDefinition = "heads-only";
 * ```
 */
export type KeyLeaderDefinition = "heads-and-deputies" | "heads-only";

/**
 * Settings of {@link tallyRecords}.
 *
 * @example
 * ```ts
 * const options: TallyRecordsOptions = { keyLeaderDefinition: "heads-only", validate: true };
 * ```
 */
export interface TallyRecordsOptions {
  /**
   * Count under this plan's reading of who is a key leader (`plan.settings.keyLeaders`): the way to make sure the
   * tallies and the evaluation read the text alike.
   */
  readonly plan?: { readonly settings: { readonly keyLeaders: KeyLeaderDefinition } } | undefined;
  /**
   * Who is a key leader when a record gives only a position. Default: the plan's reading when `plan` is given
   * (they must agree when both are), else `"heads-and-deputies"`.
   */
  readonly keyLeaderDefinition?: KeyLeaderDefinition | undefined;
  /**
   * Check each record against {@link PersonRecordSchema} and reject bad ones with their index (default true).
   * `false` is the fast path for trusted data: no zod, no per-record allocation; it assumes the shape, so a bad
   * record is miscounted or throws a TypeError instead of being rejected.
   */
  readonly validate?: boolean | undefined;
}

/**
 * A record that was not counted, with its position in the input and why.
 *
 * @example
 * ```ts
 * const r: RejectedRecord = { index: 7, issues: [makeIssue("invalid_value", [7, "sex"], { values: ["female", "male"] })] };
 * ```
 */
export interface RejectedRecord {
  /** Position of the record in the input, from 0. */
  readonly index: number;
  /** What is wrong; paths start with the index (`[7, "sex"]`). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The account of a run of {@link tallyRecords}: every record read is either counted or rejected, so
 * `read === counted + rejected.length`.
 *
 * @example
 * ```ts
 * const account: RecordsAccount = { read: 3, counted: 2, rejected: [{ index: 1, issues: [] }] };
 * ```
 */
export interface RecordsAccount {
  /** Records read from the input. */
  readonly read: number;
  /** Records counted into a unit's tally. */
  readonly counted: number;
  /** Records rejected, in input order, every one of them (memory grows with the number of bad records). */
  readonly rejected: readonly RejectedRecord[];
}

/**
 * The result of {@link tallyRecords}.
 *
 * @example
 * ```ts
 * const r: RecordsTally = tallyRecords([{ unitId: "xa-a", sex: "female", position: "head" }]);
 * r.tallies[0]?.keyLeaders; //=> { women: 1, total: 1 }
 * ```
 */
export interface RecordsTally {
  /**
   * One tally per unit that had at least one counted record, sorted by `unitId` (code-unit order); unit ids are
   * compared in Unicode NFC, so one id written composed and decomposed is one unit.
   */
  readonly tallies: readonly UnitTallyInput[];
  /**
   * The reading the tallies were counted under: pass it to `evaluate` as `input.keyLeaders`, which refuses a
   * plan that reads otherwise.
   */
  readonly keyLeaders: KeyLeaderDefinition;
  /** What was read, counted and rejected. */
  readonly account: RecordsAccount;
  /** The settings in force, defaults filled in, so that the result says how it was counted. */
  readonly settings: {
    /** Who counted as a key leader. */
    readonly keyLeaderDefinition: KeyLeaderDefinition;
    /** Whether records were validated. */
    readonly validate: boolean;
  };
}

// One per unit, mutable, flat: the only memory that grows while streaming (with the number of units).
type Counts = UnitCounts;

function countsOf(units: Map<string, Counts>, unitId: string): Counts {
  let c = units.get(unitId);
  if (c === undefined) {
    c = newUnitCounts();
    units.set(unitId, c);
  }
  return c;
}

/** The key-leader reading of a value passed as a plan (its `settings.keyLeaders`). */
function planReading(plan: unknown): unknown {
  if (typeof plan !== "object" || plan === null) return plan;
  const settings = (plan as { settings?: unknown }).settings;
  return typeof settings === "object" && settings !== null
    ? (settings as { keyLeaders?: unknown }).keyLeaders
    : settings;
}

// What one run of counting shares: the counts so far, the rejected records, the settings.
interface Counting {
  readonly units: Map<string, Counts>;
  readonly rejected: RejectedRecord[];
  readonly validate: boolean;
  readonly deputiesAreKeyLeaders: boolean;
}

// Counts one record into its unit's counts, or rejects it: the one place a person is counted. The counting is
// written out here (V8 inlines the whole into both loops of countAll); passing the fields on to a further helper
// measured 20–30% slower than a hand-written loop at a million records.
function countOne(k: Counting, record: unknown, index: number): void {
  let r: PersonRecord;
  if (!k.validate || isValidRecord(record)) r = record as PersonRecord;
  else {
    const parsed = parseRecord(record, index, k.rejected);
    if (parsed === undefined) return;
    r = parsed;
  }
  const c = countsOf(k.units, r.unitId);
  const female = r.sex === "female";
  const position = r.position;
  const keyLeader =
    r.keyLeader ?? (position === "head" || (k.deputiesAreKeyLeaders && position === "deputy-head"));
  if (keyLeader) {
    c.keyLeadersTotal++;
    if (female) c.keyLeadersWomen++;
  }
  if (r.inPlanningPool === true) {
    c.poolTotal++;
    if (female) {
      c.poolWomen++;
      if (r.trained === true) c.poolWomenTrained++;
    }
  }
  if (r.inWorkforce !== false) {
    c.workforceTotal++;
    if (female) c.workforceWomen++;
  }
}

const arrayValues = Array.prototype[Symbol.iterator];

// Reads the records once, in order; returns the number read. Arrays (with the standard iterator) get a loop of
// their own: one loop shared by arrays and generators measured 20% slower per record on arrays once both had been
// through it (V8 then compiles the iteration for either kind).
function countAll(records: Iterable<unknown>, k: Counting): number {
  if (Array.isArray(records) && records[Symbol.iterator] === arrayValues) {
    const list: readonly unknown[] = records;
    for (let i = 0; i < list.length; i++) countOne(k, list[i], i);
    return list.length;
  }
  let read = 0;
  for (const record of records) countOne(k, record, read++);
  return read;
}

// The slow path of validation: zod decides, and explains a rejection.
function parseRecord(record: unknown, index: number, rejected: RejectedRecord[]): PersonRecord | undefined {
  const r = PersonRecordSchema.safeParse(record);
  if (r.success) return r.data;
  const issues = fromZodIssues(r.error.issues).map((i) => ({ ...i, path: [index, ...i.path] }));
  rejected.push({ index, issues });
  return undefined;
}

// The keys of PersonRecordSchema (a switch: measured twice as fast as a lookup in a list or a set).
function isRecordKey(key: string): boolean {
  switch (key) {
    case "unitId":
    case "sex":
    case "keyLeader":
    case "position":
    case "inPlanningPool":
    case "trained":
    case "inWorkforce":
      return true;
    default:
      return false;
  }
}

const isOptionalBoolean = (x: unknown): boolean => x === undefined || typeof x === "boolean";

// Not blank as `String.prototype.trim` sees it: a printable ASCII first character settles it without trimming.
function notBlank(s: string): boolean {
  const first = s.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || s.trim() !== "";
}

/**
 * The validating path's quick check, written to the letter of {@link PersonRecordSchema} and of how zod reads an
 * object: a non-null, non-array object; every key `for…in` finds (as zod's strict check walks them) one of the
 * schema's; a non-blank `unitId`; `sex` and `position` from their lists; a boolean or nothing elsewhere. True
 * means zod would accept the record and copy these very values; on false, zod decides and explains, so the
 * result is always the schema's, without a zod parse and a copy per valid record.
 *
 * @internal
 */
export function isValidRecord(record: unknown): record is PersonRecord {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return false;
  for (const key in record) if (!isRecordKey(key)) return false;
  const { unitId, sex, keyLeader, position, inPlanningPool, trained, inWorkforce } = record as Record<
    string,
    unknown
  >;
  return (
    typeof unitId === "string" &&
    notBlank(unitId) &&
    (sex === "female" || sex === "male") &&
    (position === undefined || position === "head" || position === "deputy-head" || position === "other") &&
    isOptionalBoolean(keyLeader) &&
    isOptionalBoolean(inPlanningPool) &&
    isOptionalBoolean(trained) &&
    isOptionalBoolean(inWorkforce)
  );
}

function readOptions(options: TallyRecordsOptions): RecordsTally["settings"] {
  const o = optionsObject(options, ["options"]);
  const readings = ["heads-and-deputies", "heads-only"] as const;
  const fromPlan =
    o["plan"] === undefined
      ? undefined
      : oneOf(planReading(o["plan"]), readings, ["options", "plan", "settings", "keyLeaders"]);
  const given =
    o["keyLeaderDefinition"] === undefined
      ? undefined
      : oneOf(o["keyLeaderDefinition"], readings, ["options", "keyLeaderDefinition"]);
  if (fromPlan !== undefined && given !== undefined && fromPlan !== given) {
    fail("tally.reading-mismatch", ["options", "keyLeaderDefinition"], { counted: given, plan: fromPlan });
  }
  const keyLeaderDefinition = given ?? fromPlan ?? "heads-and-deputies";
  const validate = optionalBoolean(o["validate"], ["options", "validate"], true);
  return { keyLeaderDefinition, validate };
}

/**
 * Counts people into one tally per unit, streaming: it reads any iterable once (an array, a generator, rows
 * from a database cursor), and its memory grows with the number of units, not of people (plus the rejected
 * records, all of which are kept and reported).
 *
 * Per record: a key leader is counted by `keyLeader` when given, otherwise by `position` and
 * `keyLeaderDefinition`; a person in the planning pool counts in `planningPool.total`, a woman there also in
 * `women`, and a trained woman there also in `womenTrained` (training of men or of people outside the pool is
 * not counted); everyone counts in the workforce unless `inWorkforce: false`.
 *
 * With `validate: true` (the default) each record is checked against {@link PersonRecordSchema} and a bad one is
 * rejected with its index and issues; with `validate: false` the records are trusted (the fast path for data
 * already checked, close to a hand-written loop). Either way `account.read === account.counted +
 * account.rejected.length`.
 *
 * @param records - the people, as {@link PersonRecord}s (unchecked input allowed when validating)
 * @param options - {@link TallyRecordsOptions}
 * @throws InvalidInputError when an option has an unknown value.
 * @example
 * ```ts
 * const r = tallyRecords([
 *   { unitId: "xa-a", sex: "male", position: "head" },
 *   { unitId: "xa-a", sex: "female", position: "deputy-head", inPlanningPool: true, trained: true },
 *   { unitId: "xa-a", sex: "x" },
 * ]);
 * r.tallies[0]?.keyLeaders; //=> { women: 1, total: 2 }
 * r.account; //=> { read: 3, counted: 2, rejected: [{ index: 2, issues: [...] }] }
 * ```
 */
export function tallyRecords(records: Iterable<unknown>, options?: TallyRecordsOptions): RecordsTally;
/**
 * The fast path: with `validate: false` the records are trusted, so the input is typed as {@link PersonRecord}s.
 *
 * @param records - the people, trusted to have the shape of {@link PersonRecord}
 * @param options - {@link TallyRecordsOptions} with `validate: false`
 * @throws InvalidInputError when an option has an unknown value.
 * @example
 * ```ts
 * function* people(): Generator<PersonRecord> {
 *   for (let i = 0; i < 100_000; i++) yield { unitId: `xa-${i % 50}`, sex: i % 3 === 0 ? "female" : "male" };
 * }
 * tallyRecords(people(), { validate: false }).account.counted; //=> 100000
 * ```
 */
export function tallyRecords(
  records: Iterable<PersonRecord>,
  options: TallyRecordsOptions & { readonly validate: false },
): RecordsTally;
export function tallyRecords(records: Iterable<unknown>, options: TallyRecordsOptions = {}): RecordsTally {
  const settings = readOptions(options);
  const deputies = settings.keyLeaderDefinition === "heads-and-deputies";
  const counted = new Map<string, Counts>();
  const rejected: RejectedRecord[] = [];
  const read = countAll(requireIterable(records, ["records"]), {
    units: counted,
    rejected,
    validate: settings.validate,
    deputiesAreKeyLeaders: deputies,
  });
  return finishCounting(counted, rejected, read, settings);
}

/**
 * Counting fed one trusted record at a time, for readers that get their records asynchronously (a CSV stream):
 * the same rule as {@link tallyRecords} (`countOne`), and memory of one set of counts per unit.
 *
 * @internal
 */
export function recordCounter(options: TallyRecordsOptions): {
  add(record: PersonRecord): void;
  finish(): RecordsTally;
} {
  const settings = readOptions({ ...options, validate: false });
  const k: Counting = {
    units: new Map<string, Counts>(),
    rejected: [],
    validate: false,
    deputiesAreKeyLeaders: settings.keyLeaderDefinition === "heads-and-deputies",
  };
  let read = 0;
  return {
    add(record) {
      countOne(k, record, read++);
    },
    finish: () => finishCounting(k.units, k.rejected, read, settings),
  };
}

function finishCounting(
  counted: Map<string, Counts>,
  rejected: RejectedRecord[],
  read: number,
  settings: RecordsTally["settings"],
): RecordsTally {
  const units = byNormalizedId(counted);
  const tallies = [...units]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([unitId, c]): UnitTallyInput => ({
        unitId,
        keyLeaders: { women: c.keyLeadersWomen, total: c.keyLeadersTotal },
        planningPool: { women: c.poolWomen, total: c.poolTotal, womenTrained: c.poolWomenTrained },
        workforce: { women: c.workforceWomen, total: c.workforceTotal },
      }),
    );
  return {
    tallies,
    keyLeaders: settings.keyLeaderDefinition,
    account: { read, counted: read - rejected.length, rejected },
    settings,
  };
}

// One unit written in two Unicode forms ("Y tế" composed, or decomposed as a Mac or some exports write it) is one
// unit: ids are compared in NFC. Normalising once per unit id, not per record, costs nothing per person.
function byNormalizedId(units: Map<string, Counts>): Map<string, Counts> {
  let changed = false;
  for (const id of units.keys()) {
    if (id.normalize("NFC") !== id) {
      changed = true;
      break;
    }
  }
  if (!changed) return units;
  const out = new Map<string, Counts>();
  for (const [id, c] of units) {
    const key = id.normalize("NFC");
    const into = out.get(key);
    if (into === undefined) out.set(key, { ...c });
    else for (const k of Object.keys(c) as (keyof Counts)[]) into[k] += c[k];
  }
  return out;
}
