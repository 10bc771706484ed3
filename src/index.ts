/**
 * vn-women-leadership: Vietnam's programme for women in leadership (Decision 2282/QĐ-TTg and provincial plans
 * such as Hưng Yên's Plan 53/KH-UBND) as code. Everything exported here is pure: no I/O, no clock.
 *
 * @packageDocumentation
 */
export * from "./i18n/index.js";
export * from "./rational/index.js";
export * from "./plan/index.js";
export * from "./report/plan-summary.js";
