/**
 * What a unit reports: the counts an app or a SQL `GROUP BY` already has.
 *
 * @module
 */
import * as z from "zod";
import { addZodIssue } from "../i18n/issues.js";

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
 * dưỡng, nâng cao năng lực): indicators I.1.1.2 and I.1.1.3.
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
   * the under-30% adjustment of clause I.1.1.1. Absent when not reported; counted as zero in a tally.
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
