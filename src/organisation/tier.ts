/**
 * Tiers of local government (cấp chính quyền địa phương).
 *
 * @module
 */
import * as z from "zod";

/**
 * The tiers of local government, from the top: tỉnh (province), huyện (district), xã (commune).
 *
 * @example
 * ```ts
 * TIERS; //=> ["province", "district", "commune"]
 * ```
 */
export const TIERS = Object.freeze(["province", "district", "commune"] as const);

/**
 * The zod schema of a tier of local government: `"province"` (tỉnh, thành phố trực thuộc trung ương),
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
  .meta({ id: "Tier", description: "A tier of local government." });

/**
 * A tier of local government: `"province"`, `"district"` or `"commune"`.
 *
 * @example
 * ```ts
 * const tier: Tier = "province";
 * ```
 */
export type Tier = (typeof TIERS)[number];

/**
 * The position of a tier from the top: 0 for province, 1 for district, 2 for commune. Orders tiers for display
 * and checks that a unit does not sit above its parent.
 *
 * @example
 * ```ts
 * tierRank("commune"); //=> 2
 * ["commune", "province"].sort((a, b) => tierRank(a) - tierRank(b)); //=> ["province", "commune"]
 * ```
 */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}
