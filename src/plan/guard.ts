/**
 * Checking that a value passed as a plan is one: a plan made by `definePlan` (branded and deeply frozen) is used as
 * it is; anything else is validated as a configuration first.
 *
 * @module
 * @internal
 */
import { InvalidInputError } from "../errors/errors.js";
import { wrongType } from "../internal/args.js";
import { isDefinedPlan, safeDefinePlan } from "./define.js";
import type { Plan } from "./schema.js";

/**
 * The plan to use for a value passed as one: a defined plan as it is; anything else validated as a configuration
 * (so a hand-built, changed or stored plan gets the same checks as `definePlan`).
 *
 * @throws InvalidInputError with the configuration's issues, their paths under `path`.
 */
export function requirePlan<P extends Plan>(value: P, path: readonly (string | number)[]): P {
  if (typeof value !== "object" || value === null || Array.isArray(value)) wrongType(path, "plan", value);
  if (isDefinedPlan(value)) return value;
  const r = safeDefinePlan(value);
  if (r.success) return r.plan as P;
  throw new InvalidInputError(r.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
}
