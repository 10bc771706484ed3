/**
 * Guards for the arguments and options of exported functions: each throws an {@link InvalidInputError} with a
 * catalogue code, the argument's path and a message in both languages, never an engine `TypeError`.
 *
 * @module
 * @internal
 */
import { InvalidInputError } from "../errors/errors.js";
import { makeIssue } from "../i18n/issues.js";
import type { IssueCode, IssueParams } from "../i18n/messages.js";

/** A path into the arguments of a call: the argument's name, then keys and indexes. */
export type ArgPath = readonly (string | number)[];

const label = (path: ArgPath): string => path.join(".");

/** Throws an {@link InvalidInputError} with one issue. */
export function fail(code: IssueCode, path: ArgPath, params: IssueParams = {}): never {
  throw new InvalidInputError([makeIssue(code, path, params)]);
}

/** The kind of a value, as the `argument.type` message names it. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Throws `argument.type` (or `argument.required` for `undefined`). */
export function wrongType(path: ArgPath, expected: string, value: unknown): never {
  if (value === undefined) fail("argument.required", path, { path: label(path) });
  return fail("argument.type", path, { path: label(path), expected, received: kindOf(value) });
}

/** A plain object as a record (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value as an object to read options from: `undefined` reads as `{}`. */
export function optionsObject(value: unknown, path: ArgPath): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (!isRecord(value)) wrongType(path, "object", value);
  return value;
}

/** Requires a plain object. */
export function requireRecord(value: unknown, path: ArgPath): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) wrongType(path, "object", value);
  return value;
}

/** Requires an array with no holes. */
export function requireArray(value: unknown, path: ArgPath): readonly unknown[] {
  if (!Array.isArray(value)) wrongType(path, "array", value);
  const list: readonly unknown[] = value;
  for (let i = 0; i < list.length; i++) {
    if (!(i in list))
      fail("argument.type", [...path, i], {
        path: label([...path, i]),
        expected: "object",
        received: "sparse-array",
      });
  }
  return list;
}

/** Requires an iterable (an array, a generator, a Set, …; strings are refused: they iterate characters). */
export function requireIterable(value: unknown, path: ArgPath): Iterable<unknown> {
  if (
    typeof value !== "object" ||
    value === null ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
  ) {
    wrongType(path, "iterable", value);
  }
  return value as Iterable<unknown>;
}

/** Requires a boolean; `undefined` gives the fallback. */
export function optionalBoolean(value: unknown, path: ArgPath, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") wrongType(path, "boolean", value);
  return value;
}

/** Requires a string. */
export function requireString(value: unknown, path: ArgPath): string {
  if (typeof value !== "string") wrongType(path, "string", value);
  return value;
}

/** Requires one of a list of strings; `undefined` gives the fallback when there is one. */
export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: ArgPath,
  fallback?: T,
): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  if (value === undefined) fail("argument.required", path, { path: label(path) });
  return fail("argument.one-of", path, {
    path: label(path),
    values: [...allowed],
    value: typeof value === "string" ? value : kindOf(value),
  });
}

/** Requires an integer from `min` to `max`; `undefined` gives the fallback when there is one. */
export function integerIn(
  value: unknown,
  min: number,
  max: number,
  path: ArgPath,
  fallback?: number,
): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== "number") wrongType(path, "integer", value);
  if (!Number.isInteger(value))
    fail("argument.type", path, { path: label(path), expected: "integer", received: String(value) });
  if (value < min || value > max) fail("argument.range", path, { path: label(path), min, max, value });
  return value;
}

/** Requires a non-negative safe integer (a count). */
export function requireCount(value: unknown, path: ArgPath): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    if (typeof value === "number" && Number.isInteger(value) && value > 0) {
      fail("argument.too-large", path, {
        path: label(path),
        value: String(value),
        max: Number.MAX_SAFE_INTEGER,
      });
    }
    fail("argument.type", path, {
      path: label(path),
      expected: "count",
      received: typeof value === "number" ? String(value) : kindOf(value),
    });
  }
  return value;
}

/** Requires a function, when given. */
export function optionalFunction<F>(value: unknown, path: ArgPath): F | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "function") wrongType(path, "function", value);
  return value as F;
}
