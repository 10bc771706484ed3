/**
 * Vietnam's lunar dates that fix public holidays: Tết Nguyên Đán (1/1 lunar), its eve, and Giỗ Tổ Hùng Vương
 * (10/3 lunar), read from a table generated for UTC+7 (see `scripts/gen-lunar-table.mjs`).
 *
 * Vietnam's lunar calendar is China's computed for UTC+7 instead of UTC+8. When a new moon falls between 16:00
 * and 17:00 UTC the month starts a day earlier in Vietnam: Tết 2030 is 2 February in Vietnam and 3 February in
 * China (2007: 17 vs 18 February). When a solstice falls in that hour, the months can be numbered differently: in
 * 1985 the December 1984 solstice did, and Tết was 21 January in Vietnam, 20 February in China.
 *
 * @module
 */
import type { CalendarDate, YearRange } from "./calendar-date.js";
import { rangeError, shown } from "./errors.js";
import { LUNAR_TABLE, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from "./lunar-table.js";

/**
 * The Gregorian years the lunar table covers (inclusive). Outside them the lunar functions throw an InvalidInputError.
 *
 * @example
 * ```ts
 * LUNAR_TABLE_YEARS; //=> { first: 1970, last: 2100 }
 * ```
 */
export const LUNAR_TABLE_YEARS: YearRange = Object.freeze({
  first: LUNAR_TABLE_FIRST_YEAR,
  last: LUNAR_TABLE_LAST_YEAR,
});

/**
 * The lunar dates of one Gregorian year that Vietnam's holidays depend on.
 *
 * @example
 * ```ts
 * const y: LunarDates = {
 *   year: 2026, tet: "2026-02-17", tetEve: "2026-02-16", tetEveLunarDay: 29, hungKings: "2026-04-26",
 * };
 * ```
 */
export interface LunarDates {
  /** The Gregorian year. */
  readonly year: number;
  /** Tết Nguyên Đán, mùng 1 tháng Giêng (1/1 lunar). */
  readonly tet: CalendarDate;
  /** Tết eve (ngày cuối năm âm lịch): the last day of the previous lunar year, the day before {@link LunarDates.tet}. */
  readonly tetEve: CalendarDate;
  /** The lunar day of the eve: 30 when month 12 is long (“30 Tết”), 29 when it is short (“29 Tết”). */
  readonly tetEveLunarDay: 29 | 30;
  /** Giỗ Tổ Hùng Vương, 10/3 lunar (mùng 10 tháng 3 âm lịch). */
  readonly hungKings: CalendarDate;
}

/**
 * Vietnam's Tết, Tết eve and Giỗ Tổ Hùng Vương in a Gregorian year.
 *
 * @throws InvalidInputError (`lunar.outside-table`) outside {@link LUNAR_TABLE_YEARS}.
 * @example
 * ```ts
 * lunarDates(2027).tet; //=> "2027-02-06"
 * lunarDates(2027).hungKings; //=> "2027-04-16"
 * ```
 */
export function lunarDates(year: number): LunarDates {
  const row = Number.isInteger(year) ? LUNAR_TABLE[year - LUNAR_TABLE_FIRST_YEAR] : undefined;
  if (row === undefined) {
    throw rangeError(
      "lunar.outside-table",
      { year: shown(year), first: LUNAR_TABLE_FIRST_YEAR, last: LUNAR_TABLE_LAST_YEAR },
      ["year"],
    );
  }
  const [tet, tetEve, tetEveLunarDay, hungKings] = row;
  return {
    year,
    tet: tet as CalendarDate,
    tetEve: tetEve as CalendarDate,
    tetEveLunarDay,
    hungKings: hungKings as CalendarDate,
  };
}

/**
 * The date of Tết Nguyên Đán (1/1 lunar) in Vietnam in a Gregorian year.
 *
 * @throws InvalidInputError (`lunar.outside-table`) outside {@link LUNAR_TABLE_YEARS}.
 * @example
 * ```ts
 * tetDate(2030); //=> "2030-02-02" (China: 2030-02-03)
 * ```
 */
export function tetDate(year: number): CalendarDate {
  return lunarDates(year).tet;
}

/**
 * The date of Giỗ Tổ Hùng Vương (10/3 lunar) in Vietnam in a Gregorian year.
 *
 * @throws InvalidInputError (`lunar.outside-table`) outside {@link LUNAR_TABLE_YEARS}.
 * @example
 * ```ts
 * hungKingsDay(2026); //=> "2026-04-26"
 * ```
 */
export function hungKingsDay(year: number): CalendarDate {
  return lunarDates(year).hungKings;
}
