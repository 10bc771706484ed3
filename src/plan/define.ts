/**
 * Defining a plan: validate a configuration, fill defaults, freeze.
 *
 * @module
 */
import { PlanConfigError } from "../errors/errors.js";
import { fromZodIssues, makeIssue, type ValidationIssue } from "../i18n/issues.js";
import { deepFreeze, unsafeInput } from "../internal/walk.js";
import { type Plan, PlanConfigSchema } from "./schema.js";

const DEFINED = Symbol.for("vn-women-leadership.defined-plan");

/**
 * Whether a value is a plan made by `definePlan` (of any build): deeply frozen and valid.
 *
 * @internal
 */
export function isDefinedPlan(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.isFrozen(value) &&
    (value as Record<symbol, unknown>)[DEFINED] === true
  );
}

/**
 * The result of {@link safeDefinePlan}: the plan, or every issue found.
 *
 * @example
 * ```ts
 * const r: DefinePlanResult = safeDefinePlan(config);
 * if (!r.success) r.issues.forEach((i) => console.log(i.path.join("."), i.message.en));
 * ```
 */
export type DefinePlanResult<P extends Plan = Plan> =
  | {
      /** The configuration is valid. */
      readonly success: true;
      /** The plan, defaults filled, deeply frozen. */
      readonly plan: P;
    }
  | {
      /** The configuration is not valid. */
      readonly success: false;
      /** Every issue found, with paths into the input. */
      readonly issues: readonly ValidationIssue[];
    };

/**
 * Validates a plan configuration and returns the defined plan (defaults filled, shares canonical, deeply
 * frozen) or every issue found; never throws. The input is never mutated. Keys such as `__proto__`, cycles and
 * nesting deeper than 64 levels are refused before anything else reads the input.
 *
 * @example
 * ```ts
 * const r = safeDefinePlan({ ...config, period: { start: 2030, end: 2021 } });
 * r.success; //=> false
 * ```
 */
export function safeDefinePlan(input: unknown): DefinePlanResult {
  const unsafe = unsafeInput(input);
  if (unsafe.length > 0) return { success: false, issues: unsafe };
  const r = PlanConfigSchema.safeParse(input);
  if (!r.success) {
    // zod checks what spans parts only once the parts are valid: duplicates are looked for in the raw input too,
    // so that one run reports them beside the other problems.
    const issues = fromZodIssues(r.error.issues);
    const seen = new Set(issues.map((i) => `${i.code} ${i.path.join(".")}`));
    for (const d of rawDuplicates(input)) if (!seen.has(`${d.code} ${d.path.join(".")}`)) issues.push(d);
    return { success: false, issues };
  }
  // `$schema` tells an editor where the JSON Schema is; it is not part of the plan.
  const { $schema: _, ...plan } = r.data;
  // A hidden, registered brand: functions that take a plan trust a defined plan (from any build) and validate
  // anything else as a configuration. JSON drops it, so a stored plan is validated again when read back.
  Object.defineProperty(plan, DEFINED, { value: true, enumerable: false });
  return { success: true, plan: deepFreeze(plan) as Plan };
}

const COLLECTIONS = [
  "indicators",
  "requirements",
  "tasks",
  "fundingSources",
  "actors",
  "responsibilities",
  "reportingDuties",
] as const;

/** Duplicate ids and milestone years in a raw (unparsed) configuration, as the schema would report them. */
function rawDuplicates(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof input !== "object" || input === null) return issues;
  const at = (list: unknown, key: string, report: (value: string | number, index: number) => void) => {
    if (!Array.isArray(list)) return;
    const seen = new Set<unknown>();
    list.forEach((item, i) => {
      const v =
        typeof item === "object" && item !== null ? (item as Record<string, unknown>)[key] : undefined;
      if (typeof v !== "string" && typeof v !== "number") return;
      if (seen.has(v)) report(v, i);
      seen.add(v);
    });
  };
  const config = input as Record<string, unknown>;
  for (const name of COLLECTIONS) {
    at(config[name], "id", (id, i) =>
      issues.push(
        makeIssue(name === "indicators" ? "indicator.duplicate-id" : "id.duplicate", [name, i, "id"], {
          id: String(id),
          collection: name,
        }),
      ),
    );
  }
  const indicators = config["indicators"];
  if (Array.isArray(indicators)) {
    indicators.forEach((indicator, i) => {
      if (typeof indicator !== "object" || indicator === null) return;
      const raw = (indicator as Record<string, unknown>)["id"];
      const id = typeof raw === "string" ? raw : `#${i}`;
      at((indicator as Record<string, unknown>)["milestones"], "year", (year, j) =>
        issues.push(
          makeIssue("milestone.duplicate-year", ["indicators", i, "milestones", j, "year"], {
            year,
            indicator: id,
          }),
        ),
      );
    });
  }
  return issues;
}

/**
 * Validates a plan configuration and returns the defined plan, deeply frozen; throws a {@link PlanConfigError}
 * holding every issue when it is not valid.
 *
 * @throws PlanConfigError when the configuration is not valid.
 * @example
 * ```ts
 * const plan = definePlan(JSON.parse(readFileSync("plan.json", "utf8")));
 * ```
 */
export function definePlan(input: unknown): Plan {
  const r = safeDefinePlan(input);
  if (!r.success) throw new PlanConfigError(r.issues);
  return r.plan;
}
