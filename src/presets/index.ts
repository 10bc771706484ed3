/**
 * Real plans as defined plans: validated, defaults filled, deeply frozen. Import from
 * `vn-women-leadership/presets`. Their indicator ids are literal types, so a misspelt id does not compile.
 *
 * @packageDocumentation
 * @module vn-women-leadership/presets
 */

import { deepFreeze } from "../internal/walk.js";
import type { LocalGovernmentPeriod } from "../organisation/local-government.js";
import { definePlan } from "../plan/define.js";
import type { IndicatorIdOf, Plan } from "../plan/schema.js";
import { hungYen53Config } from "./hung-yen-53.config.js";
import { vietnamLocalGovernment } from "./local-government.js";
import { national2282Config } from "./national-2282.config.js";

/**
 * The indicator ids of {@link hungYen53}.
 *
 * @example
 * ```ts
 * const id: HungYen53IndicatorId = "women-in-planning-pool";
 * ```
 */
export type HungYen53IndicatorId =
  | "agencies-with-female-key-leader"
  | "women-in-planning-pool"
  | "trained-women-in-planning-pool";

/**
 * The indicator ids of {@link national2282}.
 *
 * @example
 * ```ts
 * const id: National2282IndicatorId = "agencies-with-female-key-leader";
 * ```
 */
export type National2282IndicatorId =
  | "agencies-with-female-key-leader"
  | "women-in-planning-pool"
  | "trained-women-in-planning-pool"
  | "ethnic-minority-leaders";

// The unions above are the configurations' ids: a change of an id in a configuration fails to compile here
// (a check of types only: nothing of it runs).
type Same<A, B> = [A, B] extends [B, A] ? true : false;
type Assert<T extends true> = T;
void (null as unknown as [
  Assert<Same<HungYen53IndicatorId, IndicatorIdOf<typeof hungYen53Config>>>,
  Assert<Same<National2282IndicatorId, IndicatorIdOf<typeof national2282Config>>>,
]);

/**
 * Hưng Yên's Plan 53/KH-UBND of 25 March 2022, implementing Decision 2282/QĐ-TTg: three targets (60/75%,
 * 40/50%, 75/90% for 2025/2030), the under-30% adjustment clause, duties IV.1–IV.8 with validity dates after the
 * 2025 restructuring, and the annual report due before 15 November.
 *
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * hungYen53.indicators.map((i) => i.milestones.map((m) => `${m.year}: ${m.target}`));
 * //=> [["2025: 60%", "2030: 75%"], ["2025: 40%", "2030: 50%"], ["2025: 75%", "2030: 90%"]]
 * ```
 */
export const hungYen53: Plan<HungYen53IndicatorId> = definePlan(
  hungYen53Config,
) as Plan<HungYen53IndicatorId>;

/**
 * The national Programme, Decision 2282/QĐ-TTg of 31 December 2020: the three numeric targets, the qualitative
 * one on ethnic-minority women leaders (which Plan 53 leaves out), the adjustment clause and the 2025 and 2030
 * reviews. A province derives its own plan from it with `adaptPlan`.
 *
 * @example
 * ```ts
 * import { national2282 } from "vn-women-leadership/presets";
 * national2282.indicators.find((i) => i.measure === "qualitative")?.id; //=> "ethnic-minority-leaders"
 * ```
 */
export const national2282: Plan<National2282IndicatorId> = definePlan(
  national2282Config,
) as Plan<National2282IndicatorId>;

/**
 * Vietnam's local-government structure in time: three tiers (province, district, commune) until 2025-06-30, two
 * (province, commune) from 2025-07-01 (Resolution 203/2025/QH15, Constitution art. 110). Both presets use it; a
 * province's own plan can cite its own decisions instead.
 *
 * @example
 * ```ts
 * import { VIETNAM_LOCAL_GOVERNMENT } from "vn-women-leadership/presets";
 * tiersInForce(VIETNAM_LOCAL_GOVERNMENT, "2025-07-01"); //=> ["province", "commune"]
 * ```
 */
export const VIETNAM_LOCAL_GOVERNMENT: readonly LocalGovernmentPeriod[] = deepFreeze(
  JSON.parse(JSON.stringify(vietnamLocalGovernment)) as LocalGovernmentPeriod[],
);
