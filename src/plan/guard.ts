/**
 * Checking that a value passed as a plan is one: a defined plan (deeply frozen by `definePlan`) is checked for its
 * shape; anything else is validated as a configuration first.
 *
 * @module
 * @internal
 */
import { InvalidInputError } from "../errors/errors.js";
import { wrongType } from "../internal/args.js";
import { safeDefinePlan } from "./define.js";
import type { Plan } from "./schema.js";

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** The parts every function that takes a plan reads, with the types it reads them as. */
function hasPlanShape(x: Record<string, unknown>): boolean {
  const period = x["period"];
  const settings = x["settings"];
  return (
    Array.isArray(x["indicators"]) &&
    Array.isArray(x["reportingDuties"]) &&
    Array.isArray(x["localGovernment"]) &&
    Array.isArray(x["actors"]) &&
    isObject(period) &&
    Number.isInteger(period["start"]) &&
    Number.isInteger(period["end"]) &&
    isObject(settings) &&
    isObject(settings["scope"]) &&
    isObject(settings["adjustment"]) &&
    isObject(x["document"]) &&
    (x["adjustment"] === null || isObject(x["adjustment"]))
  );
}

/**
 * The plan to use for a value passed as one: a defined plan as it is; an unfrozen object validated as a
 * configuration (so a hand-built or changed plan gets the same checks as `definePlan`).
 *
 * @throws InvalidInputError with the configuration's issues, their paths under `path`.
 */
export function requirePlan<P extends Plan>(value: P, path: readonly (string | number)[]): P {
  if (!isObject(value)) wrongType(path, "plan", value);
  if (Object.isFrozen(value) && hasPlanShape(value)) return value;
  const r = safeDefinePlan(value);
  if (r.success) return r.plan as P;
  throw new InvalidInputError(r.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
}
