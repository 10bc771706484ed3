/**
 * Exact non-negative fractions on bigint, for every comparison, threshold and gap in the library.
 *
 * A fraction is a plain object `{ n, d }` of bigints with `d > 0`. It is internal currency: results that leave the
 * library carry plain numbers and decimal strings instead (bigint does not survive `JSON.stringify`).
 *
 * @module
 */

/**
 * An exact fraction `n / d` with `d > 0`, not necessarily reduced.
 *
 * @example
 * ```ts
 * import { fraction } from "vn-women-leadership";
 * const threeFifths: Fraction = fraction(3, 5);
 * ```
 */
export interface Fraction {
  /** Numerator. */
  readonly n: bigint;
  /** Denominator, always positive. */
  readonly d: bigint;
}

/**
 * Builds an exact fraction from two integers (numbers or bigints).
 *
 * @throws InvalidInputError when an argument is not an integer or the denominator is not positive.
 * @example
 * ```ts
 * fraction(3, 5); //=> { n: 3n, d: 5n }
 * ```
 */
export function fraction(numerator: number | bigint, denominator: number | bigint): Fraction {
  const n = toBigInt(numerator, "numerator");
  const d = toBigInt(denominator, "denominator");
  if (d <= 0n) throw new RangeError(`denominator must be positive, got ${d}`);
  return { n, d };
}

function toBigInt(x: number | bigint, name: string): bigint {
  if (typeof x === "bigint") return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`${name} must be a safe integer, got ${x}`);
  return BigInt(x);
}

/**
 * Compares two fractions exactly: negative when `a < b`, zero when equal, positive when `a > b`.
 *
 * @example
 * ```ts
 * compareFractions(fraction(3, 5), fraction(60, 100)); //=> 0
 * ```
 */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The smallest integer greater than or equal to `a / b`, for `b > 0`.
 *
 * @example
 * ```ts
 * ceilDiv(51n, 5n); //=> 11n
 * ```
 */
export function ceilDiv(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError("divisor must be positive");
  const q = a / b; // truncates towards zero, and the remainder has the sign of a
  return a % b > 0n ? q + 1n : q;
}

/**
 * The largest integer less than or equal to `a / b`, for `b > 0`.
 *
 * @example
 * ```ts
 * floorDiv(51n, 5n); //=> 10n
 * ```
 */
export function floorDiv(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError("divisor must be positive");
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}
