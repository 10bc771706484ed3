/**
 * Shares written as percentages: parsing without ambiguity, exact conversion, explicit formatting.
 *
 * A share in a configuration is written `"60%"`, `"0.6"`, `{ "percent": "60" }` or `{ "fraction": "0.6" }`.
 * A bare number (`60` or `0.6`) is refused: nothing may read 60 as 6000%, and floats are not exact.
 * Inside the library every share is the canonical string {@link Percent} (`"60%"`, `"62.5%"`).
 *
 * @module
 */
import { Decimal } from "decimal.js";
import * as z from "zod";
import { addZodIssue } from "../i18n/issues.js";
import type { Locale } from "../i18n/locale.js";
import { type Fraction, fraction } from "./fraction.js";

/**
 * A share in canonical form: a decimal percentage from 0 to 100 with a `%` sign, no superfluous zeros
 * (`"60%"`, `"62.5%"`, `"0%"`, `"100%"`).
 *
 * @example
 * ```ts
 * const target: Percent = "60%";
 * ```
 */
export type Percent = `${string}%`;

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,15}))?$/;

function decimalToFraction(text: string): Fraction | undefined {
  const m = DECIMAL.exec(text);
  if (m === null) return undefined;
  const whole = m[1] ?? "0";
  const frac = m[2] ?? "";
  return fraction(BigInt(whole + frac), 10n ** BigInt(frac.length));
}

function canonicalDecimal(text: string): string {
  const [whole = "0", frac = ""] = text.split(".") as [string?, string?];
  const w = whole.replace(/^0+(?=\d)/, "");
  const f = frac.replace(/0+$/, "");
  return f === "" ? w : `${w}.${f}`;
}

/** Why a share could not be read. */
type PercentError = {
  code: "share.bare-number" | "share.malformed" | "share.out-of-range";
  value: string | number;
};

function readPercent(input: unknown): Percent | PercentError {
  if (typeof input === "number") return { code: "share.bare-number", value: input };
  let percentText: string;
  let shown: string;
  if (typeof input === "string") {
    const s = input.trim();
    shown = s;
    if (s.endsWith("%")) {
      percentText = s.slice(0, -1).trim();
    } else {
      // A fraction must be written with its decimal point ("0.6", "1.0"): "60" or "1" alone could be a percentage.
      const f = decimalToFraction(s);
      if (f === undefined)
        return /^-\d/.test(s)
          ? { code: "share.out-of-range", value: s }
          : { code: "share.malformed", value: s };
      if (!s.includes(".") && f.n !== 0n) return { code: "share.bare-number", value: s };
      if (f.n > f.d) return { code: "share.bare-number", value: s };
      percentText = new Decimal(s).times(100).toFixed();
    }
  } else if (isSingleKey(input, "percent")) {
    percentText = String(input.percent); // a number here is named: { percent: 60 } can only mean 60%
    shown = `${percentText}%`;
  } else if (isSingleKey(input, "fraction")) {
    const f = String(input.fraction);
    if (decimalToFraction(f) === undefined) return { code: "share.malformed", value: f };
    percentText = new Decimal(f).times(100).toFixed();
    shown = f;
  } else {
    return {
      code: "share.malformed",
      value: typeof input === "object" ? JSON.stringify(input) : String(input),
    };
  }
  const exact = decimalToFraction(percentText);
  if (exact === undefined) {
    return /^-\d/.test(percentText)
      ? { code: "share.out-of-range", value: shown }
      : { code: "share.malformed", value: shown };
  }
  if (exact.n > 100n * exact.d) return { code: "share.out-of-range", value: shown };
  return `${canonicalDecimal(percentText)}%`;
}

function isSingleKey<K extends string>(x: unknown, key: K): x is Record<K, unknown> {
  return (
    typeof x === "object" &&
    x !== null &&
    !Array.isArray(x) &&
    Object.keys(x).length === 1 &&
    Object.hasOwn(x, key)
  );
}

const percentJsonSchema = {
  anyOf: [
    {
      type: "string",
      pattern: "^\\s*\\d{1,15}(\\.\\d{1,15})?\\s*%\\s*$",
      description: 'A percentage such as "60%".',
    },
    {
      type: "string",
      pattern: "^\\s*(0(\\.\\d{1,15})?|1(\\.0{1,15})?)\\s*$",
      description: 'A fraction such as "0.6".',
    },
    {
      type: "object",
      properties: { percent: { anyOf: [{ type: "string" }, { type: "number", minimum: 0, maximum: 100 }] } },
      required: ["percent"],
      additionalProperties: false,
    },
    {
      type: "object",
      properties: { fraction: { type: "string" } },
      required: ["fraction"],
      additionalProperties: false,
    },
  ],
};

/**
 * The zod schema of a share: accepts `"60%"`, `"0.6"`, `{ percent: "60" }` (or `{ percent: 60 }`) and
 * `{ fraction: "0.6" }`; outputs the canonical {@link Percent}. Refuses bare numbers (`share.bare-number`),
 * anything else unreadable (`share.malformed`) and shares above 100% (`share.out-of-range`).
 *
 * @example
 * ```ts
 * PercentSchema.parse("0.75"); //=> "75%"
 * PercentSchema.safeParse(60).success; //=> false
 * ```
 */
export const PercentSchema: z.ZodType<Percent, unknown> = z
  .unknown()
  .transform((input, ctx): Percent => {
    const read = readPercent(input);
    if (typeof read === "string") return read;
    addZodIssue(ctx, read.code, { value: read.value });
    return z.NEVER;
  })
  .meta({
    id: "Share",
    description: 'A share from 0 to 100%: "60%", "0.6", { "percent": "60" } or { "fraction": "0.6" }.',
    ...percentJsonSchema,
  });

/**
 * Reads a share written in any accepted form into its canonical {@link Percent}.
 *
 * @throws RangeError with the catalogue message when the input is not a share.
 * @example
 * ```ts
 * percent("60%"); //=> "60%"
 * percent({ fraction: "0.625" }); //=> "62.5%"
 * ```
 */
export function percent(input: string | { percent: string | number } | { fraction: string }): Percent {
  const read = readPercent(input);
  if (typeof read === "string") return read;
  throw new RangeError(`${read.code}: ${String(read.value)}`);
}

/**
 * The exact fraction of a canonical percentage: `"62.5%"` is 625/1000.
 *
 * @example
 * ```ts
 * percentToFraction("60%"); //=> { n: 60n, d: 100n }
 * ```
 */
export function percentToFraction(p: Percent): Fraction {
  const f = decimalToFraction(p.slice(0, -1));
  if (f === undefined) throw new RangeError(`not a canonical percentage: ${p}`);
  return fraction(f.n, f.d * 100n);
}

/**
 * A rounding mode, named: `half-up` (0.5 away from zero), `half-even` (banker's), `down` (towards zero),
 * `up` (away from zero). Shares are never negative, so floor and ceiling are `down` and `up`.
 *
 * @example
 * ```ts
 * const rounding: RoundingMode = "half-up";
 * ```
 */
export type RoundingMode = "half-up" | "half-even" | "down" | "up";

const ROUNDING: Record<RoundingMode, Decimal.Rounding> = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-even": Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

// A private Decimal constructor: no global settings are read or changed.
const Dec = Decimal.clone({ precision: 64 });

/**
 * Options for turning an exact share into a decimal string.
 *
 * @example
 * ```ts
 * const o: DecimalOptions = { digits: 4, rounding: "half-even" };
 * ```
 */
export interface DecimalOptions {
  /** Digits after the decimal point. Default 2. */
  readonly digits?: number;
  /** Rounding mode. Default `half-up`. */
  readonly rounding?: RoundingMode;
}

/**
 * The percentage `100 × numerator ÷ denominator` as a decimal string with explicit rounding; the one place where
 * an exact share becomes a rounded number.
 *
 * @example
 * ```ts
 * percentDecimal(10, 17); //=> "58.82"
 * percentDecimal(10, 17, { digits: 4, rounding: "down" }); //=> "58.8235"
 * ```
 */
export function percentDecimal(
  numerator: number | bigint,
  denominator: number | bigint,
  options: DecimalOptions = {},
): string {
  const f = fraction(numerator, denominator);
  const digits = options.digits ?? 2;
  const rounding = options.rounding ?? "half-up";
  const exact = exactPercent(f, digits, rounding);
  if (exact !== undefined) return exact;
  const value = new Dec(f.n.toString()).times(100).div(new Dec(f.d.toString()));
  return value.toFixed(digits, ROUNDING[rounding]);
}

// The largest magnitude (2^53) and number of digits for which integer arithmetic is proven to give decimal.js's
// string: there `100 × n ÷ d` has at most 18 digits before the point, so decimal.js's 64 significant digits
// are within 10^-46 of the exact value, while a value that is not on a rounding boundary (a multiple of half a unit
// of the last digit) is at least 1 ÷ (2 × d × 10^digits) > 10^-46 away from every one, and a value on one is
// written exactly in 64 digits: rounding either gives the same digits.
const MAX_EXACT = 2n ** 53n;
const MAX_EXACT_DIGITS = 20;
const TWO_53 = 2 ** 53;
const POWERS_OF_TEN: readonly bigint[] = Array.from(
  { length: MAX_EXACT_DIGITS + 1 },
  (_, k) => 10n ** BigInt(k),
);
// 100 × 10^k as numbers, exact up to k = 13 (10^15 < 2^53), for the number path.
const SCALES: readonly number[] = POWERS_OF_TEN.slice(0, 14).map((p) => Number(p * 100n));

/**
 * `100 × f` rounded to `digits` digits by a named mode, written as decimal.js's `toFixed` writes it (a minus sign
 * for any negative value, even one that rounds to zero), by integer arithmetic: numbers while the scaled
 * numerator stays below 2^53 (where `%` and an exact division are exact), bigints above. Undefined outside the
 * proven range (numerator or denominator beyond 2^53, more than 20 digits) and for anything but the four named
 * modes: decimal.js decides (and refuses) those as before.
 */
function exactPercent(f: Fraction, digits: number, rounding: RoundingMode): string | undefined {
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_EXACT_DIGITS) return undefined;
  if (rounding !== "half-up" && rounding !== "half-even" && rounding !== "down" && rounding !== "up") {
    return undefined;
  }
  const negative = f.n < 0n;
  const magnitude = negative ? -f.n : f.n;
  if (magnitude > MAX_EXACT || f.d > MAX_EXACT) return undefined;
  let units: string; // the rounded value in units of 10^-digits, as decimal digits
  const n = Number(magnitude); // exact: at most 2^53
  const d = Number(f.d);
  const scale = SCALES[digits];
  // A product of integers below 2^53 is exact, and one at or above it cannot round below it.
  if (scale !== undefined && n * scale < TWO_53) {
    const scaled = n * scale;
    const r = scaled % d;
    const q = (scaled - r) / d;
    units = String(roundUp(q % 2 === 1, r, d, rounding) ? q + 1 : q);
  } else {
    const scaled = magnitude * 100n * (POWERS_OF_TEN[digits] as bigint);
    const r = scaled % f.d;
    const q = scaled / f.d;
    // The remainder is below d ≤ 2^53, so it compares exactly as a number.
    units = String(roundUp(q % 2n === 1n, Number(r), d, rounding) ? q + 1n : q);
  }
  let text: string;
  if (digits === 0) text = units;
  else {
    const padded = units.length > digits ? units : units.padStart(digits + 1, "0");
    const point = padded.length - digits;
    text = `${padded.slice(0, point)}.${padded.slice(point)}`;
  }
  return negative ? `-${text}` : text;
}

// Whether a magnitude whose quotient is `q` (odd or not) and remainder `r` (0 ≤ r < d) rounds away from zero.
function roundUp(odd: boolean, r: number, d: number, rounding: RoundingMode): boolean {
  if (r === 0) return false;
  switch (rounding) {
    case "down":
      return false;
    case "up":
      return true;
    case "half-up":
      return 2 * r >= d;
    case "half-even":
      return 2 * r > d || (2 * r === d && odd);
  }
}

/**
 * Options for {@link formatPercent}.
 *
 * @example
 * ```ts
 * const o: FormatPercentOptions = { locale: "en", digits: 1 };
 * ```
 */
export interface FormatPercentOptions extends DecimalOptions {
  /** `vi` writes a decimal comma (`58,82%`), `en` a decimal point. Default `vi`. */
  readonly locale?: Locale;
}

/**
 * Formats a share for people: `"58,82%"` in Vietnamese, `"58.82%"` in English.
 *
 * @example
 * ```ts
 * formatPercent(10, 17); //=> "58,82%"
 * formatPercent(1, 2, { locale: "en", digits: 0 }); //=> "50%"
 * ```
 */
export function formatPercent(
  numerator: number | bigint,
  denominator: number | bigint,
  options: FormatPercentOptions = {},
): string {
  const text = percentDecimal(numerator, denominator, options);
  return `${(options.locale ?? "vi") === "vi" ? text.replace(".", ",") : text}%`;
}

/**
 * Formats a canonical percentage for people, in either language: `"62,5%"` or `"62.5%"`.
 *
 * @example
 * ```ts
 * formatTarget("62.5%", "vi"); //=> "62,5%"
 * ```
 */
export function formatTarget(p: Percent, locale: Locale = "vi"): string {
  return locale === "vi" ? p.replace(".", ",") : p;
}
