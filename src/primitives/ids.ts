/**
 * Identifiers and years.
 *
 * @module
 */
import * as z from "zod";

/**
 * A non-empty identifier: letters, digits, dots, dashes and underscores.
 *
 * @example
 * ```ts
 * IdSchema.parse("agencies-with-female-key-leader");
 * ```
 */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .meta({ description: "An identifier: letters, digits, '.', '-' and '_'." });

/**
 * A year of the Gregorian calendar, 1900–2200.
 *
 * @example
 * ```ts
 * YearSchema.parse(2025);
 * ```
 */
export const YearSchema = z.int().min(1900).max(2200);
