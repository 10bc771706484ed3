/**
 * Defining a plan: validate a configuration, fill defaults, freeze.
 *
 * @module
 */
import { fromZodIssues, makeIssue, type ValidationIssue } from "../i18n/issues.js";
import { type Plan, PlanConfigSchema } from "./schema.js";

/**
 * The result of {@link safeDefinePlan}: the plan, or every issue found.
 *
 * @example
 * ```ts
 * const r: DefinePlanResult = safeDefinePlan(config);
 * if (!r.success) r.issues.forEach((i) => console.log(i.path.join("."), i.message.en));
 * ```
 */
export type DefinePlanResult =
  | { readonly success: true; readonly plan: Plan }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/**
 * Thrown by {@link definePlan} when a configuration is not valid. Holds the same issues as
 * {@link safeDefinePlan} returns; its message lists them in English (each issue also has Vietnamese).
 *
 * @example
 * ```ts
 * try { definePlan(config); } catch (e) { if (e instanceof PlanConfigError) console.log(e.issues); }
 * ```
 */
export class PlanConfigError extends Error {
  /** Every issue found, with code, path, parameters and messages in both languages. */
  readonly issues: readonly ValidationIssue[];

  /**
   * Builds the error from the issues found; the message lists the first ten in English.
   *
   * @param issues - the issues found.
   */
  constructor(issues: readonly ValidationIssue[]) {
    const lines = issues
      .slice(0, 10)
      .map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message.en} [${i.code}]`);
    const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more` : "";
    super(`Invalid plan configuration (${issues.length} issue(s)):\n${lines.join("\n")}${more}`);
    this.name = "PlanConfigError";
    this.issues = issues;
  }
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Finds keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`) anywhere in an input.
 *
 * @example
 * ```ts
 * forbiddenKeys(JSON.parse('{"a":{"__proto__":{"x":1}}}'))[0]?.path; //=> ["a", "__proto__"]
 * ```
 */
export function forbiddenKeys(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new WeakSet<object>();
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i]);
      return;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) issues.push(makeIssue("key.forbidden", [...path, key], { key }));
      else walk((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(input, []);
  return issues;
}

/**
 * Freezes an object and everything reachable from it; returns it.
 *
 * @example
 * ```ts
 * Object.isFrozen(deepFreeze({ a: [1] }).a); //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  const seen = new WeakSet<object>();
  const walk = (x: unknown): void => {
    // Children of an already frozen object may still be mutable: walk them too (cycles stop at `seen`).
    if (typeof x !== "object" || x === null || seen.has(x)) return;
    seen.add(x);
    Object.freeze(x);
    for (const key of Object.keys(x)) walk((x as Record<string, unknown>)[key]);
  };
  walk(value);
  return value;
}

/**
 * Validates a plan configuration and returns the defined plan (defaults filled, shares canonical, deeply
 * frozen) or every issue found. The input is never mutated. Keys such as `__proto__` are refused before
 * anything else reads the input.
 *
 * @example
 * ```ts
 * const r = safeDefinePlan({ ...config, period: { start: 2030, end: 2021 } });
 * r.success; //=> false
 * ```
 */
export function safeDefinePlan(input: unknown): DefinePlanResult {
  const polluting = forbiddenKeys(input);
  if (polluting.length > 0) return { success: false, issues: polluting };
  const r = PlanConfigSchema.safeParse(input);
  if (!r.success) return { success: false, issues: fromZodIssues(r.error.issues) };
  return { success: true, plan: deepFreeze(r.data) as Plan };
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
