/**
 * Exact ratios in results: plain JSON, reduced, with a percentage string rounded by a named rule.
 *
 * @module
 */
import { type Fraction, fraction } from "./fraction.js";
import { type DecimalOptions, percentDecimal } from "./percent.js";

/**
 * An exact ratio as it appears in results: numerator and denominator (reduced, safe integers) and the
 * percentage as a decimal string, rounded only for display by the rule in `rounding`.
 *
 * @example
 * ```ts
 * const r: ExactRatio = { numerator: 10, denominator: 17, percent: "58.82", rounding: { digits: 2, mode: "half-up" } };
 * ```
 */
export interface ExactRatio {
  /** Numerator, reduced. */
  readonly numerator: number;
  /** Denominator, reduced, positive. */
  readonly denominator: number;
  /** `100 × numerator ÷ denominator` as a decimal string, rounded by `rounding`. */
  readonly percent: string;
  /** How `percent` was rounded. */
  readonly rounding: { readonly digits: number; readonly mode: NonNullable<DecimalOptions["rounding"]> };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/**
 * Reduces a fraction to lowest terms.
 *
 * @example
 * ```ts
 * reduce(fraction(60, 100)); //=> { n: 3n, d: 5n }
 * ```
 */
export function reduce(f: Fraction): Fraction {
  const g = gcd(f.n, f.d);
  return { n: f.n / g, d: f.d / g };
}

/**
 * Turns an exact fraction into an {@link ExactRatio} for a result.
 *
 * @throws RangeError when the reduced numerator or denominator is not a safe integer.
 * @example
 * ```ts
 * exactRatio(fraction(20, 34)).percent; //=> "58.82"
 * exactRatio(fraction(20, 34)).numerator; //=> 10
 * ```
 */
export function exactRatio(f: Fraction, options: DecimalOptions = {}): ExactRatio {
  const r = reduce(f);
  const numerator = Number(r.n);
  const denominator = Number(r.d);
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError(`ratio ${r.n}/${r.d} is too large for a result`);
  }
  const digits = options.digits ?? 2;
  const mode = options.rounding ?? "half-up";
  return {
    numerator,
    denominator,
    percent: percentDecimal(r.n, r.d, { digits, rounding: mode }),
    rounding: { digits, mode },
  };
}

/**
 * Reads an {@link ExactRatio} back into an exact fraction.
 *
 * @example
 * ```ts
 * ratioToFraction({ numerator: 3, denominator: 5, percent: "60.00", rounding: { digits: 2, mode: "half-up" } });
 * //=> { n: 3n, d: 5n }
 * ```
 */
export function ratioToFraction(r: ExactRatio): Fraction {
  return fraction(r.numerator, r.denominator);
}
