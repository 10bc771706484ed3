/**
 * Levels of government a unit belongs to: the central level (trung ương: ministries, ministry-level agencies,
 * Government agencies) above the tiers of local government (cấp chính quyền địa phương).
 *
 * @module
 */
import * as z from "zod";

/**
 * The levels a unit can belong to, from the top: `central` (trung ương: ministries, ministry-level agencies and
 * Government agencies; always in force in a national plan, never part of local government), then the tiers of
 * local government: tỉnh (province), huyện (district; until 2025-06-30), xã (commune).
 *
 * @example
 * ```ts
 * TIERS; //=> ["central", "province", "district", "commune"]
 * ```
 */
export const TIERS = Object.freeze(["central", "province", "district", "commune"] as const);

/**
 * The tiers of local government only (what a plan's `localGovernment` periods list).
 *
 * @example
 * ```ts
 * LOCAL_TIERS; //=> ["province", "district", "commune"]
 * ```
 */
export const LOCAL_TIERS = Object.freeze(["province", "district", "commune"] as const);

/**
 * The zod schema of a unit's level: `"central"` (ministries, ministry-level and Government agencies), `"province"` (tỉnh, thành phố trực thuộc trung ương),
 * `"district"` (huyện, thị xã, thành phố thuộc tỉnh; abolished on 2025-07-01) or `"commune"` (xã, phường,
 * đặc khu).
 *
 * @example
 * ```ts
 * TierSchema.parse("commune"); //=> "commune"
 * TierSchema.safeParse("ward").success; //=> false
 * TierSchema.safeParse("district").success; //=> true (the schema knows history; use tiersInForce for a date)
 * ```
 */
export const TierSchema: z.ZodType<Tier, Tier> = z
  .enum(TIERS)
  .meta({ id: "Tier", description: "A unit's level: central, or a tier of local government." });

/**
 * A unit's level: `"central"`, or a tier of local government: `"province"`, `"district"` or `"commune"`.
 *
 * @example
 * ```ts
 * const tier: Tier = "province";
 * ```
 */
export type Tier = (typeof TIERS)[number];

/**
 * A tier of local government: `"province"`, `"district"` or `"commune"` (not `"central"`).
 *
 * @example
 * ```ts
 * const tier: LocalTier = "commune";
 * ```
 */
export type LocalTier = (typeof LOCAL_TIERS)[number];

/**
 * The position of a level from the top: 0 for central, 1 for province, 2 for district, 3 for commune. Orders tiers for display
 * and checks that a unit does not sit above its parent.
 *
 * @example
 * ```ts
 * tierRank("commune"); //=> 3
 * ["commune", "province"].sort((a, b) => tierRank(a) - tierRank(b)); //=> ["province", "commune"]
 * ```
 */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}
