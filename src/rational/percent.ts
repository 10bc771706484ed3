/**
 * Shares written as percentages: parsing without ambiguity, exact conversion, explicit formatting.
 *
 * A share in a configuration is written `"60%"`, `"0.6"`, `{ "percent": "60" }` or `{ "fraction": "0.6" }`; the
 * Vietnamese decimal comma is read too (`"60,5%"`, `"0,6"`). A bare number (`60` or `0.6`) is refused: nothing may
 * read 60 as 6000%, and floats are not exact. Inside the library every share is the canonical string
 * {@link Percent} (`"60%"`, `"62.5%"`). All arithmetic is on integers: no floating point and no decimal library,
 * so nothing here depends on a setting elsewhere in the program.
 *
 * @module
 */
import * as z from "zod";
import { addZodIssue } from "../i18n/issues.js";
import { LOCALES, type Locale } from "../i18n/locale.js";
import { fail, integerIn, oneOf } from "../internal/args.js";
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

/**
 * A share as a configuration may write it: `"60%"`, `"0.6"`, `"60,5%"`, `{ percent: "60" }`, `{ percent: 60 }`
 * or `{ fraction: "0.6" }`.
 *
 * @example
 * ```ts
 * const s: ShareInput = { percent: "62.5" };
 * ```
 */
export type ShareInput = string | { readonly percent: string | number } | { readonly fraction: string };

// Up to 15 digits on either side of the point (a comma in Vietnamese).
const DECIMAL = /^(\d{1,15})(?:[.,](\d{1,15}))?$/;

/** A decimal written with digits only (and one point or comma) as an exact fraction. */
function decimalToFraction(text: string): Fraction | undefined {
  const m = DECIMAL.exec(text);
  if (m === null) return undefined;
  // The first group always takes part in a match; the second only when there is a point.
  const whole = m[1] as string;
  const frac = m[2] ?? "";
  return fraction(BigInt(whole + frac), 10n ** BigInt(frac.length));
}

/** `n / 10^k` written as a decimal with no superfluous zeros (`n ≥ 0`). */
function decimalString(n: bigint, k: number): string {
  // Padded to k + 1 digits, the whole part is a single "0" or starts with a non-zero digit: no zero to strip.
  const digits = n.toString().padStart(k + 1, "0");
  const whole = digits.slice(0, digits.length - k);
  const frac = digits.slice(digits.length - k).replace(/0+$/, "");
  return frac === "" ? whole : `${whole}.${frac}`;
}

/** Why a share could not be read. */
type PercentError = {
  code: "share.bare-number" | "share.malformed" | "share.out-of-range";
  value: string | number;
};

/** A short, safe picture of any value for a message: never throws, never walks deep or cyclic input. */
function shown(input: unknown): string {
  if (typeof input === "string") return input.length > 60 ? `${input.slice(0, 57)}…` : input;
  // A function is named, not printed (its source could be long).
  if (typeof input === "function") return "function";
  // A number, boolean, bigint, symbol, null or undefined: short, and String() never throws on them.
  if (typeof input !== "object" || input === null) return String(input);
  if (Array.isArray(input)) return `[array of ${input.length}]`;
  let keys: string[];
  try {
    keys = Object.keys(input);
  } catch {
    return "[object]";
  }
  return `{ ${keys.slice(0, 5).join(", ")}${keys.length > 5 ? ", …" : ""} }`;
}

// A percentage text (without the sign) as canonical, or why not.
function fromPercentText(text: string, display: string): Percent | PercentError {
  const exact = decimalToFraction(text);
  if (exact === undefined) {
    return /^-\s*\d/.test(text)
      ? { code: "share.out-of-range", value: display }
      : { code: "share.malformed", value: display };
  }
  if (exact.n > 100n * exact.d) return { code: "share.out-of-range", value: display };
  return `${decimalString(exact.n, exact.d.toString().length - 1)}%`;
}

// A fraction text ("0.6") as canonical, or why not.
function fromFractionText(text: string, display: string): Percent | PercentError {
  const f = decimalToFraction(text);
  if (f === undefined) {
    return /^-\s*\d/.test(text)
      ? { code: "share.out-of-range", value: display }
      : { code: "share.malformed", value: display };
  }
  if (f.n > f.d) return { code: "share.out-of-range", value: display };
  // n / 10^k as a percentage is n / 10^(k−2): exact, since the denominator is a power of ten.
  const k = f.d.toString().length - 1;
  return `${decimalString(f.n * 10n ** BigInt(Math.max(0, 2 - k)), Math.max(0, k - 2))}%`;
}

/**
 * Reads a share written in any accepted form, or says why not.
 *
 * @internal
 */
export function readPercent(input: unknown): Percent | PercentError {
  if (typeof input === "number") return { code: "share.bare-number", value: input };
  if (typeof input === "string") {
    const s = input.trim();
    // A message shows at most 60 characters of what it was given (a cell of a megabyte is not echoed back).
    const display = shown(s);
    if (s.endsWith("%")) return fromPercentText(s.slice(0, -1).trim(), display);
    // A fraction must be written with its decimal point ("0.6", "1.0"): "60" or "1" alone could be a percentage.
    const f = decimalToFraction(s);
    if (f === undefined) return fromFractionText(s, display);
    if (!/[.,]/.test(s) && f.n !== 0n) return { code: "share.bare-number", value: display };
    if (f.n > f.d) return { code: "share.bare-number", value: display };
    return fromFractionText(s, display);
  }
  if (isSingleKey(input, "percent")) {
    const p = input.percent;
    // A number here is named: { percent: 60 } can only mean 60%; it must still be written exactly.
    if (typeof p === "number") {
      // NaN and ±Infinity are written as words: malformed, as any text that is not a number. A negative number
      // is written with its sign ("-1", "-1e+21"): out of range, as a negative text is.
      return fromPercentText(String(p), `${String(p)}%`);
    }
    if (typeof p !== "string") return { code: "share.malformed", value: shown(input) };
    return fromPercentText(p.trim(), shown(`${p}%`));
  }
  if (isSingleKey(input, "fraction")) {
    const f = input.fraction;
    if (typeof f !== "string") return { code: "share.malformed", value: shown(input) };
    return fromFractionText(f.trim(), shown(f));
  }
  return { code: "share.malformed", value: shown(input) };
}

function isSingleKey<K extends string>(x: unknown, key: K): x is Record<K, unknown> {
  if (Array.isArray(x)) return false;
  let keys: string[];
  try {
    // A text, number or boolean has no key of that name; null, undefined and a proxy that refuses throw.
    keys = Object.keys(x as object);
  } catch {
    return false;
  }
  return keys.length === 1 && keys[0] === key;
}

const percentJsonSchema = {
  anyOf: [
    {
      type: "string",
      pattern: "^\\s*\\d{1,15}([.,]\\d{1,15})?\\s*%\\s*$",
      description: 'A percentage such as "60%" (or "60,5%").',
    },
    {
      type: "string",
      // "1" alone is refused as a bare number (it could be 1%): one is written "1.0".
      pattern: "^\\s*(0([.,]\\d{1,15})?|1[.,]0{1,15})\\s*$",
      description: 'A fraction such as "0.6" (one is written "1.0").',
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
 * The zod schema of a share: accepts `"60%"`, `"0.6"`, `"60,5%"`, `{ percent: "60" }` (or `{ percent: 60 }`) and
 * `{ fraction: "0.6" }`; outputs the canonical {@link Percent}. Refuses bare numbers (`share.bare-number`),
 * anything else unreadable (`share.malformed`) and shares above 100% (`share.out-of-range`).
 *
 * @example
 * ```ts
 * PercentSchema.parse("0.75"); //=> "75%"
 * PercentSchema.safeParse(60).success; //=> false
 * ```
 */
export const PercentSchema: z.ZodType<Percent, ShareInput> = z
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
  }) as unknown as z.ZodType<Percent, ShareInput>;

/**
 * Reads a share written in any accepted form into its canonical {@link Percent}.
 *
 * @throws InvalidInputError (`share.bare-number`, `share.malformed`, `share.out-of-range`) when the input is not
 *   a share.
 * @example
 * ```ts
 * percent("60%"); //=> "60%"
 * percent({ fraction: "0.625" }); //=> "62.5%"
 * percent("60,5%"); //=> "60.5%"
 * ```
 */
export function percent(input: ShareInput): Percent {
  const read = readPercent(input);
  if (typeof read === "string") return read;
  return fail(read.code, ["input"], { value: read.value });
}

/**
 * The exact fraction of a share. Strict: a canonical {@link Percent} (`"62.5%"` is 625/1000), or any form
 * {@link percent} reads; a bare `"60"` is refused, never read as 6%.
 *
 * @throws InvalidInputError (`share.*`) when the text is not a share.
 * @internal
 */
export function percentToFraction(p: unknown, path: readonly (string | number)[] = []): Fraction {
  const read = readPercent(p);
  if (typeof read !== "string") return fail(read.code, path, { value: read.value });
  const f = decimalToFraction(read.slice(0, -1)) as Fraction;
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

/** Every {@link RoundingMode}. @internal */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze(["half-up", "half-even", "down", "up"]);

/** The most digits after the point a percentage may be written with. @internal */
export const MAX_DIGITS = 20;

/**
 * Options for turning an exact share into a decimal string.
 *
 * @example
 * ```ts
 * const o: DecimalOptions = { digits: 4, rounding: "half-even" };
 * ```
 */
export interface DecimalOptions {
  /** Digits after the decimal point, 0–20. Default 2. */
  readonly digits?: number;
  /** Rounding mode. Default `half-up`. */
  readonly rounding?: RoundingMode;
}

/**
 * Reads decimal options, refusing digits outside 0–20 and unknown rounding modes.
 *
 * @internal
 */
export function decimalOptions(
  options: unknown,
  path: readonly (string | number)[],
): { readonly digits: number; readonly rounding: RoundingMode } {
  if (options === undefined) return { digits: 2, rounding: "half-up" };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return fail("argument.type", path, {
      path: path.join("."),
      expected: "object",
      received: options === null ? "null" : Array.isArray(options) ? "array" : typeof options,
    });
  }
  const o = options as Record<string, unknown>;
  return {
    digits: integerIn(o["digits"], 0, MAX_DIGITS, [...path, "digits"], 2),
    rounding: oneOf(o["rounding"], ROUNDING_MODES, [...path, "rounding"], "half-up"),
  };
}

/**
 * `100 × n ÷ d` rounded to `digits` digits by a named mode, by integer arithmetic on any size, written with a
 * minus sign for a negative value (even one that rounds to zero).
 *
 * @internal
 */
export function roundedPercent(f: Fraction, digits: number, rounding: RoundingMode): string {
  const negative = f.n < 0n;
  const magnitude = negative ? -f.n : f.n;
  const scaled = magnitude * 100n * 10n ** BigInt(digits);
  const q = scaled / f.d;
  const r = scaled % f.d;
  const units = (roundsUp(q % 2n === 1n, r, f.d, rounding) ? q + 1n : q).toString();
  let text: string;
  if (digits === 0) text = units;
  else {
    const padded = units.padStart(digits + 1, "0");
    const point = padded.length - digits;
    text = `${padded.slice(0, point)}.${padded.slice(point)}`;
  }
  return negative ? `-${text}` : text;
}

// Whether a magnitude whose quotient is `q` (odd or not) and remainder `r` (0 ≤ r < d) rounds away from zero.
function roundsUp(odd: boolean, r: bigint, d: bigint, rounding: RoundingMode): boolean {
  if (r === 0n || rounding === "down") return false;
  if (rounding === "up") return true;
  return rounding === "half-up" ? 2n * r >= d : 2n * r > d || (2n * r === d && odd);
}

/**
 * The percentage `100 × numerator ÷ denominator` as a decimal string with explicit rounding; the one place where
 * an exact share becomes a rounded number. Exact for integers of any size.
 *
 * @throws InvalidInputError when an argument is not an integer, the denominator is not positive, `digits` is
 *   outside 0–20 or `rounding` is not a named mode.
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
  const f = exactArguments(numerator, denominator);
  const { digits, rounding } = decimalOptions(options, ["options"]);
  return roundedPercent(f, digits, rounding);
}

function exactArguments(numerator: unknown, denominator: unknown): Fraction {
  const n = integerArgument(numerator, "numerator");
  const d = integerArgument(denominator, "denominator");
  if (d <= 0n)
    fail("argument.range", ["denominator"], { path: "denominator", min: 1, max: "∞", value: String(d) });
  return { n, d };
}

function integerArgument(x: unknown, name: string): bigint {
  if (typeof x === "bigint") return x;
  // Number.isSafeInteger is false for anything but a number.
  if (Number.isSafeInteger(x)) return BigInt(x as number);
  return fail("argument.type", [name], {
    path: name,
    expected: "safe-integer",
    received: typeof x === "number" ? String(x) : x === null ? "null" : typeof x,
  });
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
 * @throws InvalidInputError as {@link percentDecimal}, and for a locale other than `vi` or `en`.
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
  const locale = oneOf(
    (options as { locale?: unknown } | undefined)?.locale,
    LOCALES,
    ["options", "locale"],
    "vi",
  );
  const text = percentDecimal(numerator, denominator, options);
  return `${locale === "vi" ? text.replace(".", ",") : text}%`;
}

/**
 * Formats a canonical percentage for people, in either language: `"62,5%"` or `"62.5%"`.
 *
 * @throws InvalidInputError for a locale other than `vi` or `en`, or a value that is not a share.
 * @example
 * ```ts
 * formatTarget("62.5%", "vi"); //=> "62,5%"
 * ```
 */
export function formatTarget(p: Percent, locale: Locale = "vi"): string {
  // No fallback here: the default parameter already turned `undefined` into "vi".
  const l = oneOf(locale, LOCALES, ["locale"]);
  const canonical = percent(p);
  return l === "vi" ? canonical.replace(".", ",") : canonical;
}
