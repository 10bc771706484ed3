/**
 * Exact ratios in results: plain JSON, reduced, with a percentage string rounded by a named rule.
 *
 * @module
 */
import { fail, requireCount } from "../internal/args.js";
import { type Fraction, fraction } from "./fraction.js";
import { type DecimalOptions, percentToFraction, roundedPercent } from "./percent.js";

/**
 * An exact ratio: a reduced fraction of safe integers, as plain JSON.
 *
 * @example
 * ```ts
 * const threeFifths: Ratio = { numerator: 3, denominator: 5 };
 * ```
 */
export interface Ratio {
  /** Numerator, reduced. */
  readonly numerator: number;
  /** Denominator, reduced, positive. */
  readonly denominator: number;
}

/**
 * An exact ratio as it appears in results: numerator and denominator (reduced, safe integers) and the
 * percentage as a decimal string, rounded only for display by the rule in `rounding`.
 *
 * @example
 * ```ts
 * const r: ExactRatio = { numerator: 10, denominator: 17, percent: "58.82", rounding: { digits: 2, mode: "half-up" } };
 * ```
 */
export interface ExactRatio extends Ratio {
  /** `100 × numerator ÷ denominator` as a decimal string, rounded by `rounding`. */
  readonly percent: string;
  /** How `percent` was rounded. */
  readonly rounding: { readonly digits: number; readonly mode: NonNullable<DecimalOptions["rounding"]> };
}

// The greatest common divisor of |a| and b, for b > 0 (a fraction's denominator): never 0.
function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Reduces a fraction to lowest terms.
 *
 * @internal
 */
export function reduce(f: Fraction): Fraction {
  const g = gcd(f.n, f.d);
  return { n: f.n / g, d: f.d / g };
}

/**
 * Turns an exact fraction into an {@link ExactRatio} for a result.
 *
 * @throws InvalidInputError (`argument.too-large`) when the reduced numerator or denominator is not a safe integer.
 * @internal
 */
export function exactRatio(f: Fraction, options: DecimalOptions = {}): ExactRatio {
  const r = reduce(f);
  const numerator = Number(r.n);
  const denominator = Number(r.d);
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    fail("argument.too-large", [], { path: "ratio", value: `${r.n}/${r.d}`, max: Number.MAX_SAFE_INTEGER });
  }
  const digits = options.digits ?? 2;
  const mode = options.rounding ?? "half-up";
  return {
    numerator,
    denominator,
    percent: roundedPercent(r, digits, mode),
    rounding: { digits, mode },
  };
}

/**
 * Reads a {@link Ratio} back into an exact fraction.
 *
 * @internal
 */
export function ratioToFraction(r: Ratio): Fraction {
  return fraction(r.numerator, r.denominator);
}

/**
 * Reads a target given as a share (`"60%"`, `"0.6"`, …) or as a {@link Ratio} into an exact fraction from 0 to 1.
 *
 * @throws InvalidInputError when it is neither, or outside 0–100%.
 * @internal
 */
export function shareToFraction(value: unknown, path: readonly (string | number)[]): Fraction {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "numerator" in value) {
    const { numerator, denominator } = value as { numerator?: unknown; denominator?: unknown };
    const n = requireCount(numerator, [...path, "numerator"]);
    const d = requireCount(denominator, [...path, "denominator"]);
    if (d === 0 || n > d) {
      fail("share.out-of-range", path, { value: `${n}/${d}` });
    }
    return fraction(n, d);
  }
  return percentToFraction(value, path);
}
