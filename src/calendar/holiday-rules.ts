/**
 * Vietnam's public holidays as rules of law, each with the dates it was in force (ngày nghỉ lễ, tết).
 *
 * The rules give the holidays of any year the Prime Minister has not (yet) decided; a year's decision, when known,
 * comes from the dated table in `holiday-decisions.ts` and replaces the rule-derived days of the holidays it covers.
 *
 * @module
 */
import type { Bilingual } from "../i18n/locale.js";
import { deepFreeze } from "../internal/walk.js";
import type { CalendarDate } from "./calendar-date.js";

/**
 * A public holiday of Vietnam's labour law.
 *
 * - `new-year`: Tết Dương lịch, 1/1;
 * - `tet`: Tết Nguyên Đán (Tết Âm lịch), the lunar new year;
 * - `hung-kings`: Giỗ Tổ Hùng Vương, 10/3 lunar (a paid holiday from 2007);
 * - `victory-day`: Ngày Chiến thắng, 30/4;
 * - `labour-day`: Ngày Quốc tế lao động, 1/5;
 * - `national-day`: Quốc khánh, 2/9 (and one adjacent day from 2021).
 *
 * @example
 * ```ts
 * const h: HolidayId = "tet";
 * ```
 */
export type HolidayId = "new-year" | "tet" | "hung-kings" | "victory-day" | "labour-day" | "national-day";

/**
 * Every {@link HolidayId}, in calendar order.
 *
 * @example
 * ```ts
 * HOLIDAY_IDS.length; //=> 6
 * ```
 */
export const HOLIDAY_IDS: readonly HolidayId[] = Object.freeze([
  "new-year",
  "tet",
  "hung-kings",
  "victory-day",
  "labour-day",
  "national-day",
] as const);

/**
 * The Vietnamese and English names of the holidays.
 *
 * @example
 * ```ts
 * HOLIDAY_NAMES["hung-kings"].vi; //=> "Giỗ Tổ Hùng Vương"
 * ```
 */
export const HOLIDAY_NAMES: Readonly<Record<HolidayId, Bilingual>> = deepFreeze({
  "new-year": { vi: "Tết Dương lịch", en: "New Year's Day" },
  tet: { vi: "Tết Nguyên Đán", en: "Lunar New Year (Tết)" },
  "hung-kings": { vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration Day" },
  "victory-day": { vi: "Ngày Chiến thắng", en: "Victory Day (Reunification Day)" },
  "labour-day": { vi: "Ngày Quốc tế lao động", en: "International Labour Day" },
  "national-day": { vi: "Quốc khánh", en: "National Day" },
});

/**
 * A legal source: a document number and the clause in it.
 *
 * @example
 * ```ts
 * const c: LegalCitation = { document: "45/2019/QH14", clause: "112(1)(b)" };
 * ```
 */
export interface LegalCitation {
  /** The document, by number (or name when it has none). */
  readonly document: string;
  /** The article, clause and point. */
  readonly clause: string;
}

/**
 * One holiday as a rule of law, in force from `validFrom` to `validTo` (inclusive; `null`: still in force).
 * A rule applies to a holiday whose date falls in that interval.
 *
 * @example
 * ```ts
 * const rule: HolidayRule = {
 *   holiday: "national-day", days: 2, validFrom: "2021-01-01", validTo: null,
 *   citation: { document: "45/2019/QH14", clause: "112(1)(đ)" },
 *   text: { vi: "Quốc khánh: 02 ngày (2/9 và 01 ngày liền kề trước hoặc sau)", en: "National Day: 2 days (2/9 and one adjacent day before or after)" },
 * };
 * ```
 */
export interface HolidayRule {
  /** Which holiday. */
  readonly holiday: HolidayId;
  /** How many paid days off. */
  readonly days: number;
  /** First day the rule is in force. */
  readonly validFrom: CalendarDate;
  /** Last day the rule is in force, or `null` while it still is. */
  readonly validTo: CalendarDate | null;
  /** Where the rule is written. */
  readonly citation: LegalCitation;
  /** What the rule says, briefly. */
  readonly text: Bilingual;
}

const LC1994 = "Bộ luật Lao động 1994";
const LC2012 = "10/2012/QH13";
const LC2019 = "45/2019/QH14";

/**
 * The holiday rules of the Labour Codes: 1994 (art. 73; Giỗ Tổ added by Law 84/2007/QH11), 2012 (art. 115, in
 * force 2013-05-01) and 2019 (art. 112, in force 2021-01-01).
 *
 * @example
 * ```ts
 * HOLIDAY_RULES.filter((r) => r.holiday === "tet").map((r) => r.days); //=> [4, 5, 5]
 * ```
 */
export const HOLIDAY_RULES: readonly HolidayRule[] = Object.freeze([
  rule(
    "new-year",
    1,
    "1995-01-01",
    "2013-04-30",
    LC1994,
    "73",
    "Tết Dương lịch: 1 ngày (1/1)",
    "New Year: 1 day (1/1)",
  ),
  rule(
    "tet",
    4,
    "1995-01-01",
    "2013-04-30",
    LC1994,
    "73",
    "Tết Âm lịch: 4 ngày (1 ngày cuối năm và 3 ngày đầu năm âm lịch)",
    "Lunar New Year: 4 days (the last day of the lunar year and the first three of the next)",
  ),
  rule(
    "hung-kings",
    1,
    "2007-01-01",
    "2013-04-30",
    "84/2007/QH11",
    "1",
    "Giỗ Tổ Hùng Vương: 1 ngày (10/3 âm lịch)",
    "Hùng Kings' Commemoration: 1 day (10/3 lunar)",
  ),
  rule(
    "victory-day",
    1,
    "1995-01-01",
    "2013-04-30",
    LC1994,
    "73",
    "Ngày Chiến thắng: 1 ngày (30/4)",
    "Victory Day: 1 day (30/4)",
  ),
  rule(
    "labour-day",
    1,
    "1995-01-01",
    "2013-04-30",
    LC1994,
    "73",
    "Ngày Quốc tế lao động: 1 ngày (1/5)",
    "International Labour Day: 1 day (1/5)",
  ),
  rule(
    "national-day",
    1,
    "1995-01-01",
    "2013-04-30",
    LC1994,
    "73",
    "Quốc khánh: 1 ngày (2/9)",
    "National Day: 1 day (2/9)",
  ),

  rule(
    "new-year",
    1,
    "2013-05-01",
    "2020-12-31",
    LC2012,
    "115(1)(a)",
    "Tết Dương lịch: 01 ngày (1/1)",
    "New Year: 1 day (1/1)",
  ),
  rule(
    "tet",
    5,
    "2013-05-01",
    "2020-12-31",
    LC2012,
    "115(1)(b)",
    "Tết Âm lịch: 05 ngày (Thủ tướng quyết định cụ thể)",
    "Lunar New Year: 5 days (the Prime Minister fixes which)",
  ),
  rule(
    "victory-day",
    1,
    "2013-05-01",
    "2020-12-31",
    LC2012,
    "115(1)(c)",
    "Ngày Chiến thắng: 01 ngày (30/4)",
    "Victory Day: 1 day (30/4)",
  ),
  rule(
    "labour-day",
    1,
    "2013-05-01",
    "2020-12-31",
    LC2012,
    "115(1)(d)",
    "Ngày Quốc tế lao động: 01 ngày (1/5)",
    "International Labour Day: 1 day (1/5)",
  ),
  rule(
    "national-day",
    1,
    "2013-05-01",
    "2020-12-31",
    LC2012,
    "115(1)(đ)",
    "Quốc khánh: 01 ngày (2/9)",
    "National Day: 1 day (2/9)",
  ),
  rule(
    "hung-kings",
    1,
    "2013-05-01",
    "2020-12-31",
    LC2012,
    "115(1)(e)",
    "Giỗ Tổ Hùng Vương: 01 ngày (10/3 âm lịch)",
    "Hùng Kings' Commemoration: 1 day (10/3 lunar)",
  ),

  rule(
    "new-year",
    1,
    "2021-01-01",
    null,
    LC2019,
    "112(1)(a)",
    "Tết Dương lịch: 01 ngày (1/1)",
    "New Year: 1 day (1/1)",
  ),
  rule(
    "tet",
    5,
    "2021-01-01",
    null,
    LC2019,
    "112(1)(b)",
    "Tết Âm lịch: 05 ngày (Thủ tướng quyết định cụ thể, khoản 3)",
    "Lunar New Year: 5 days (the Prime Minister fixes which, clause 3)",
  ),
  rule(
    "victory-day",
    1,
    "2021-01-01",
    null,
    LC2019,
    "112(1)(c)",
    "Ngày Chiến thắng: 01 ngày (30/4)",
    "Victory Day: 1 day (30/4)",
  ),
  rule(
    "labour-day",
    1,
    "2021-01-01",
    null,
    LC2019,
    "112(1)(d)",
    "Ngày Quốc tế lao động: 01 ngày (1/5)",
    "International Labour Day: 1 day (1/5)",
  ),
  rule(
    "national-day",
    2,
    "2021-01-01",
    null,
    LC2019,
    "112(1)(đ)",
    "Quốc khánh: 02 ngày (2/9 và 01 ngày liền kề trước hoặc sau; Thủ tướng quyết định)",
    "National Day: 2 days (2/9 and one adjacent day before or after; the Prime Minister decides)",
  ),
  rule(
    "hung-kings",
    1,
    "2021-01-01",
    null,
    LC2019,
    "112(1)(e)",
    "Giỗ Tổ Hùng Vương: 01 ngày (10/3 âm lịch)",
    "Hùng Kings' Commemoration: 1 day (10/3 lunar)",
  ),
]);

/**
 * A rule in force over an interval that is not tied to one holiday: the substitute day (nghỉ bù) or the weekly
 * rest days.
 *
 * @example
 * ```ts
 * const r: DatedRule = {
 *   validFrom: "2021-01-01", validTo: null, citation: { document: "45/2019/QH14", clause: "111(3)" },
 *   text: { vi: "Nghỉ bù vào ngày làm việc kế tiếp", en: "Substitute day: the next working day" },
 * };
 * ```
 */
export interface DatedRule {
  /** First day in force. */
  readonly validFrom: CalendarDate;
  /** Last day in force, or `null`. */
  readonly validTo: CalendarDate | null;
  /** Where it is written. */
  readonly citation: LegalCitation;
  /** What it says, briefly. */
  readonly text: Bilingual;
}

const SUBSTITUTE_TEXT: Bilingual = Object.freeze({
  vi: "Ngày lễ trùng ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp",
  en: "A holiday that falls on a weekly rest day gives the next working day off",
});

/**
 * The substitute-day rules (nghỉ bù): a holiday falling on a weekly rest day gives the next working day off.
 *
 * @example
 * ```ts
 * SUBSTITUTE_RULES.at(-1)?.citation; //=> { document: "45/2019/QH14", clause: "111(3)" }
 * ```
 */
export const SUBSTITUTE_RULES: readonly DatedRule[] = Object.freeze([
  dated("1995-01-01", "2013-04-30", LC1994, "73"),
  dated("2013-05-01", "2020-12-31", LC2012, "115(3)"),
  dated("2021-01-01", null, LC2019, "111(3)"),
]);

/**
 * The weekly rest days of state agencies: Saturday and Sunday (40-hour week of 5 days) since 1999-10-02.
 * Working days in this library are those of state agencies, the ones that report under the plans.
 *
 * @example
 * ```ts
 * WEEKLY_REST_RULE.citation; //=> { document: "188/1999/QĐ-TTg", clause: "1" }
 * ```
 */
export const WEEKLY_REST_RULE: DatedRule = Object.freeze({
  validFrom: "1999-10-02",
  validTo: null,
  citation: Object.freeze({ document: "188/1999/QĐ-TTg", clause: "1" }),
  text: Object.freeze({
    vi: "Tuần làm việc 40 giờ trong 5 ngày, nghỉ thứ Bảy và Chủ nhật",
    en: "A 40-hour week of five days, resting on Saturday and Sunday",
  }),
});

function rule(
  holiday: HolidayId,
  days: number,
  validFrom: CalendarDate,
  validTo: CalendarDate | null,
  document: string,
  clause: string,
  vi: string,
  en: string,
): HolidayRule {
  return Object.freeze({
    holiday,
    days,
    validFrom,
    validTo,
    citation: Object.freeze({ document, clause }),
    text: Object.freeze({ vi, en }),
  });
}

function dated(
  validFrom: CalendarDate,
  validTo: CalendarDate | null,
  document: string,
  clause: string,
): DatedRule {
  return Object.freeze({
    validFrom,
    validTo,
    citation: Object.freeze({ document, clause }),
    text: SUBSTITUTE_TEXT,
  });
}
