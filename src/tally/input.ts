/**
 * What a unit reports: the counts an app or a SQL `GROUP BY` already has.
 *
 * @module
 */
import * as z from "zod";
import { InvalidInputError } from "../errors/errors.js";
import { addZodIssue, fromZodIssues } from "../i18n/issues.js";

/**
 * Women among a group of people, and everyone in it.
 *
 * @example
 * ```ts
 * const keyLeaders: WomenAndTotal = { women: 1, total: 4 };
 * ```
 */
export interface WomenAndTotal {
  /** Women in the group (nữ). */
  readonly women: number;
  /** Everyone in the group (tổng số), women included. */
  readonly total: number;
}

/**
 * The people in the planning pool for leadership and management titles (diện quy hoạch các chức danh lãnh đạo,
 * quản lý), and the women among them who were trained, fostered or had their capacity raised (được đào tạo, bồi
 * dưỡng, nâng cao năng lực): indicators I.1.2 and I.1.3.
 *
 * @example
 * ```ts
 * const pool: PlanningPoolCounts = { women: 8, total: 20, womenTrained: 6 };
 * ```
 */
export interface PlanningPoolCounts extends WomenAndTotal {
  /** Women in the pool who were trained, fostered or had their capacity raised; at most `women`. */
  readonly womenTrained: number;
}

/**
 * The counts of one unit (cơ quan, đơn vị, địa phương), as an app or a SQL `GROUP BY` has them.
 *
 * @example
 * ```ts
 * const input: UnitTallyInput = {
 *   unitId: "hy.so-noi-vu",
 *   keyLeaders: { women: 1, total: 4 },
 *   planningPool: { women: 8, total: 20, womenTrained: 6 },
 *   workforce: { women: 41, total: 95 },
 * };
 * ```
 */
export interface UnitTallyInput {
  /** The unit's id, as in its `Unit`. */
  readonly unitId: string;
  /** Its key leaders (lãnh đạo chủ chốt), as counted under the chosen definition of key leader. */
  readonly keyLeaders: WomenAndTotal;
  /** Its planning pool (diện quy hoạch). */
  readonly planningPool: PlanningPoolCounts;
  /**
   * Its cadres, civil servants, public employees and workers (cán bộ, công chức, viên chức, người lao động), for
   * the under-30% adjustment of clause I.1.1. Absent when not reported; counted as zero in a tally.
   */
  readonly workforce?: WomenAndTotal | undefined;
}

const count = z.int().nonnegative();

const womenAndTotal = (group: "keyLeaders" | "planningPool" | "workforce") =>
  z.strictObject({ women: count, total: count }).superRefine((c, ctx) => {
    if (c.women > c.total) {
      addZodIssue(ctx, "tally.women-exceed-total", { group, women: c.women, total: c.total }, ["women"]);
    }
  });

const planningPool = z
  .strictObject({ women: count, total: count, womenTrained: count })
  .superRefine((c, ctx) => {
    if (c.women > c.total) {
      addZodIssue(
        ctx,
        "tally.women-exceed-total",
        { group: "planningPool", women: c.women, total: c.total },
        ["women"],
      );
    }
    if (c.womenTrained > c.women) {
      addZodIssue(ctx, "tally.trained-exceed-women", { trained: c.womenTrained, women: c.women }, [
        "womenTrained",
      ]);
    }
  });

/**
 * The zod schema of a {@link UnitTallyInput}: counts are non-negative safe integers, women at most the total
 * (`tally.women-exceed-total`), trained women at most the women in the pool (`tally.trained-exceed-women`).
 * Strict: an unknown key (a misspelt `womenTrainned`) is refused, not ignored.
 *
 * @example
 * ```ts
 * const r = UnitTallyInputSchema.safeParse({
 *   unitId: "xa-a",
 *   keyLeaders: { women: 5, total: 4 },
 *   planningPool: { women: 0, total: 0, womenTrained: 0 },
 * });
 * if (!r.success) fromZodIssues(r.error.issues)[0]?.path; //=> ["keyLeaders", "women"]
 * ```
 */
export const UnitTallyInputSchema: z.ZodType<UnitTallyInput, unknown> = z
  .strictObject({
    unitId: z.string().superRefine((s, ctx) => {
      if (s.trim() === "") addZodIssue(ctx, "text.empty", { field: "unitId" });
    }),
    keyLeaders: womenAndTotal("keyLeaders"),
    planningPool,
    workforce: womenAndTotal("workforce").optional(),
  })
  .meta({ id: "UnitTallyInput", description: "The counts of one unit." });

const isCount = (x: unknown): x is number => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;

// An object as zod reads one (not null, not an array) whose every key found by `for…in` (as zod's strict check
// walks them) is one of `keys`.
function objectWithKeys(o: unknown, keys: readonly string[]): o is Record<string, unknown> {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  for (const k in o) if (!keys.includes(k)) return false;
  return true;
}

const TALLY_KEYS = ["unitId", "keyLeaders", "planningPool", "workforce"];
const WOMEN_TOTAL_KEYS = ["women", "total"];
const POOL_KEYS = ["women", "total", "womenTrained"];

function womenAndTotalOk(c: unknown): boolean {
  if (!objectWithKeys(c, WOMEN_TOTAL_KEYS)) return false;
  const { women, total } = c;
  return isCount(women) && isCount(total) && women <= total;
}

/**
 * The quick check of {@link acceptTallies}, written to the letter of {@link UnitTallyInputSchema} and of how zod
 * reads an object: the schema's keys only, a non-blank `unitId`, counts that are non-negative safe integers, women
 * at most the total and trained women at most the women. True means zod would accept the tally; on false, zod
 * decides and explains. So valid tallies cost no parse, and the outcome is always the schema's.
 *
 * @internal
 */
export function isValidTally(t: unknown): t is UnitTallyInput {
  if (!objectWithKeys(t, TALLY_KEYS)) return false;
  const { unitId, keyLeaders, planningPool, workforce } = t;
  if (typeof unitId !== "string" || unitId.trim() === "") return false;
  if (!womenAndTotalOk(keyLeaders) || (workforce !== undefined && !womenAndTotalOk(workforce))) return false;
  if (!objectWithKeys(planningPool, POOL_KEYS)) return false;
  const { women, total, womenTrained } = planningPool;
  return isCount(women) && isCount(total) && isCount(womenTrained) && women <= total && womenTrained <= women;
}

/**
 * Reads one unit's counts given to a function: the quick check, else zod decides and explains.
 *
 * @throws InvalidInputError with the schema's issues, their paths under `path`.
 * @internal
 */
export function readUnitTally(raw: unknown, path: readonly (string | number)[]): UnitTallyInput {
  if (isValidTally(raw)) return raw;
  const r = UnitTallyInputSchema.safeParse(raw);
  if (r.success) return r.data;
  throw new InvalidInputError(
    fromZodIssues(r.error.issues).map((i) => ({ ...i, path: [...path, ...i.path] })),
  );
}
