/**
 * Adapting a plan: a province derives its plan from the national Decision or another province's plan by
 * overriding only what differs, and lists what it inherited so that it can confirm each value.
 *
 * @module
 */

import { PlanConfigError } from "../errors/errors.js";
import { makeIssue, type ValidationIssue } from "../i18n/issues.js";
import { unsafeInput } from "../internal/walk.js";
import type { Citation } from "../primitives/citation.js";
import { type DefinePlanResult, safeDefinePlan } from "./define.js";
import type { Plan, PlanConfig } from "./schema.js";

/**
 * A patch to a plan: any part of a configuration, deeply optional. Objects merge key by key; lists of things
 * with an `id` (indicators, actors, duties, tasks and their items, …) merge by `id`, milestones by `year`, legal
 * documents by `number`; an element `{ id, $remove: true }` removes one; any other list replaces the base's.
 * A changed element that carries a citation in the base must bring its own citation (the province's document and
 * clause): the base's citation would otherwise point at a text that does not say the new value.
 *
 * @example
 * ```ts
 * const patch: PlanPatch = {
 *   indicators: [{ id: "agencies-with-female-key-leader",
 *     milestones: [{ year: 2025, target: "55%", citation: { document: "12/KH-UBND", clause: "I.1.a" } }] }],
 * };
 * ```
 */
export interface PlanPatch extends DeepPatch<PlanConfig> {}

/**
 * The deeply optional shape of a patch.
 *
 * @example
 * ```ts
 * const p: DeepPatch<{ a: { b: number } }> = { a: {} };
 * ```
 */
export type DeepPatch<T> = T extends readonly (infer U)[]
  ? [U] extends [object]
    ? readonly (DeepPatch<U> & { readonly $remove?: true })[]
    : readonly U[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPatch<T[K]> }
    : T;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (x: unknown): x is JsonObject => typeof x === "object" && x !== null && !Array.isArray(x);

/** The key that identifies elements of a list, if its elements have one. */
function listKey(items: readonly Json[]): "id" | "year" | "number" | undefined {
  const first = items.find(isObject);
  if (first === undefined) return undefined;
  for (const k of ["id", "year", "number"] as const) if (k in first) return k;
  return undefined;
}

const isCited = (x: Json | undefined): boolean =>
  isObject(x)
    ? "citation" in x
    : Array.isArray(x) && x.length > 0 && x.every((e) => isObject(e) && "citation" in e);

/** The values an object's own citation stands behind: all but the parts that carry citations of their own. */
function ownValues(x: JsonObject): string {
  return JSON.stringify(Object.entries(x).filter(([k, v]) => k !== "citation" && !isCited(v)));
}

const label = (path: readonly (string | number)[]): string => path.join(".");

function merge(base: Json, patch: Json, path: (string | number)[], issues: ValidationIssue[]): Json {
  if (Array.isArray(patch)) {
    if (!Array.isArray(base)) return patch;
    const key = listKey(base) ?? listKey(patch);
    if (key === undefined) return patch;
    const out: Json[] = [...base];
    for (const [i, element] of patch.entries()) {
      if (!isObject(element)) {
        issues.push(makeIssue("adapt.not-an-object", [...path, i], { at: label([...path, i]) }));
        continue;
      }
      const at = out.findIndex((b) => isObject(b) && b[key] === element[key]);
      if (element["$remove"] === true) {
        if (at >= 0) out.splice(at, 1);
        continue;
      }
      const { $remove: _, ...rest } = element;
      if (at < 0) out.push(rest);
      else out[at] = merge(out[at] as Json, rest, [...path, String(element[key])], issues);
    }
    return out;
  }
  if (isObject(patch) && isObject(base)) {
    const out: JsonObject = { ...base };
    for (const [k, v] of Object.entries(patch)) {
      out[k] = k in base ? merge(base[k] as Json, v, [...path, k], issues) : v;
    }
    if ("citation" in base && !("citation" in patch) && ownValues(out) !== ownValues(base)) {
      issues.push(makeIssue("adapt.citation-required", [...path, "citation"], { at: label(path) }));
    }
    return out;
  }
  return patch;
}

/**
 * Derives a plan from a base plan and a patch, validated like any configuration. The base is untouched.
 *
 * @example
 * ```ts
 * const r = safeAdaptPlan(national2282, { id: "bac-ninh-2022", document: { number: "99/KH-UBND" } });
 * if (r.success) r.plan.document.number; //=> "99/KH-UBND"
 * ```
 */
export function safeAdaptPlan(base: Plan, patch: PlanPatch): DefinePlanResult {
  const polluting = unsafeInput(patch);
  if (polluting.length > 0) return { success: false, issues: polluting };
  const issues: ValidationIssue[] = [];
  const merged = merge(base as unknown as Json, patch as unknown as Json, [], issues);
  if (issues.length > 0) return { success: false, issues };
  return safeDefinePlan(merged);
}

/**
 * Derives a plan from a base plan and a patch; throws a `PlanConfigError` when the result is not valid.
 *
 * @throws PlanConfigError when the patch or the resulting plan is not valid.
 * @example
 * ```ts
 * const myPlan = adaptPlan(hungYen53, {
 *   id: "thai-nguyen-2022",
 *   document: { number: "120/KH-UBND", issueDate: "2022-06-01" },
 * });
 * ```
 */
export function adaptPlan(base: Plan, patch: PlanPatch): Plan {
  const r = safeAdaptPlan(base, patch);
  if (!r.success) throw new PlanConfigError(r.issues);
  return r.plan;
}

/**
 * A value a derived plan took unchanged from its base: where it is (`indicators[agencies-with-female-key-leader]
 * .milestones[2030].target`), what it is, and the base's citation that stands behind it.
 *
 * @example
 * ```ts
 * const v: InheritedValue = { path: "settings.keyLeaders", value: "heads-and-deputies" };
 * ```
 */
export interface InheritedValue {
  /** Where the value is, with list elements named by their id, year or number. */
  readonly path: string;
  /** The value. */
  readonly value: string | number | boolean | null;
  /** The nearest citation around the value in the base, if any. */
  readonly citation?: Citation;
}

/**
 * Lists every value a derived plan took unchanged from its base, so that a province can confirm each one.
 * Citations themselves are not listed; values the plan changed or added are not listed, nor values it kept but
 * cites anew (its own text now stands behind them).
 *
 * @example
 * ```ts
 * const mine = adaptPlan(hungYen53, { id: "x", document: { number: "1/KH-UBND" } });
 * inheritedValues(hungYen53, mine).some((v) => v.path === "document.number"); //=> false
 * ```
 */
export function inheritedValues(base: Plan, derived: Plan): InheritedValue[] {
  const out: InheritedValue[] = [];
  const walk = (b: unknown, d: unknown, path: string, citation: Citation | undefined): void => {
    if (Array.isArray(b) && Array.isArray(d)) {
      const key = listKey(b as Json[]);
      b.forEach((element, i) => {
        if (key === undefined) {
          walk(element, d[i], `${path}[${i}]`, citation);
          return;
        }
        const id = (element as JsonObject)[key];
        const match = d.find((x) => isObject(x) && x[key] === id);
        if (match !== undefined) walk(element, match, `${path}[${String(id)}]`, citation);
      });
      return;
    }
    if (isObject(b) && isObject(d)) {
      const here = isObject(b["citation"]) ? (b["citation"] as unknown as Citation) : citation;
      // A value the derived plan cites anew stands on the province's text, not the base's: not inherited.
      const recited =
        isObject(b["citation"]) && JSON.stringify(b["citation"]) !== JSON.stringify(d["citation"]);
      for (const k of Object.keys(b)) {
        if (k === "citation" || !(k in d) || (recited && !isCited(b[k]))) continue;
        walk(b[k], d[k], path === "" ? k : `${path}.${k}`, here);
      }
      return;
    }
    if (b === d && (b === null || typeof b !== "object")) {
      out.push({
        path,
        value: b as InheritedValue["value"],
        ...(citation === undefined ? {} : { citation }),
      });
    }
  };
  walk(base, derived, "", undefined);
  return out;
}
