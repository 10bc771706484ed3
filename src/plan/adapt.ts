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
import { type DefinePlanResult, isDefinedPlan, safeDefinePlan } from "./define.js";
import { requirePlan } from "./guard.js";
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

/** What merging records: issues with paths into the patch, and where each merged element came from. */
interface Merging {
  readonly issues: ValidationIssue[];
  /**
   * Merged list elements taken or changed from the patch, with their path in the patch. Only list elements need
   * one: below an object, the patch's path and the plan's are the same keys; an element's index is not.
   */
  readonly origin: Map<object, (string | number)[]>;
  /** Merged list elements that the patch added (no element of the base had their key). */
  readonly added: Set<object>;
}

/**
 * Merges a patch into a base. `at` is the path into the patch as written (indexes of lists), for issues; `named`
 * the same path with list elements named by their key (`indicators.women-in-planning-pool`), for messages.
 */
function merge(
  base: Json,
  patch: Json,
  at: (string | number)[],
  named: (string | number)[],
  m: Merging,
): Json {
  if (Array.isArray(patch)) {
    if (!Array.isArray(base)) return patch;
    const key = listKey(base) ?? listKey(patch);
    if (key === undefined) return patch;
    // `[]` merges nothing into a keyed list: whoever wrote it meant to empty the list, and would get it unchanged.
    if (patch.length === 0) {
      m.issues.push(makeIssue("adapt.empty-list", at, { at: label(named), key }));
      return base;
    }
    const out: Json[] = [...base];
    const seen = new Map<unknown, number>();
    for (const [i, element] of patch.entries()) {
      const here = [...at, i];
      if (!isObject(element)) {
        m.issues.push(makeIssue("adapt.not-an-object", here, { at: label(here) }));
        continue;
      }
      const id = element[key];
      if (id === undefined) {
        m.issues.push(makeIssue("adapt.missing-key", here, { at: label(here), key }));
        continue;
      }
      // The same element twice in one patch: the second would silently win (trap 2).
      const first = seen.get(id);
      if (first !== undefined) {
        m.issues.push(makeIssue("adapt.duplicate-key", [...here, key], { key, value: String(id), first }));
        continue;
      }
      seen.set(id, i);
      const index = out.findIndex((b) => isObject(b) && b[key] === id);
      if ("$remove" in element) {
        if (element["$remove"] !== true) {
          m.issues.push(makeIssue("adapt.remove-not-true", [...here, "$remove"], { at: label(here) }));
        } else if (index < 0) {
          m.issues.push(makeIssue("adapt.remove-unknown", [...here, key], { key, value: String(id) }));
        } else out.splice(index, 1);
        continue;
      }
      // A new element (index −1 reads undefined) is taken whole; merging an object into an existing one gives an
      // object.
      const merged = merge(out[index] as Json, element, here, [...named, String(id)], m) as JsonObject;
      m.origin.set(merged, here);
      if (index < 0) m.added.add(merged);
      if (index < 0) out.push(merged);
      else out[index] = merged;
    }
    return out;
  }
  if (isObject(patch) && isObject(base)) {
    const out: JsonObject = { ...base };
    for (const [k, v] of Object.entries(patch)) {
      // A citation is replaced whole: the province's citation must not inherit the base's provenance, quote or
      // note, which describe another text.
      out[k] = k in base && k !== "citation" ? merge(base[k] as Json, v, [...at, k], [...named, k], m) : v;
    }
    if ("citation" in base && !("citation" in patch) && ownValues(out) !== ownValues(base)) {
      m.issues.push(makeIssue("adapt.citation-required", [...at, "citation"], { at: label(named) }));
    }
    return out;
  }
  return patch;
}

/**
 * Where an issue of the merged plan is in the patch the user wrote: the path through the deepest merged object
 * that came from the patch, then the rest of the issue's path. Issues outside anything the patch touched keep
 * their path in the plan.
 */
function intoPatch(
  merged: Json,
  issue: ValidationIssue,
  m: Merging,
): { issue: ValidationIssue; added: (string | number)[] | undefined } {
  let node: unknown = merged;
  let best: { at: (string | number)[]; depth: number } | undefined;
  let added: (string | number)[] | undefined;
  for (let depth = 0; depth <= issue.path.length; depth++) {
    // Only merged objects have an origin: a primitive or a missing value finds none, and reads on as undefined.
    const at = m.origin.get(node as object);
    if (at !== undefined) {
      best = { at, depth };
      if (m.added.has(node as object)) added = at;
    }
    node = (node as Record<string | number, unknown> | null | undefined)?.[
      issue.path[depth] as string | number
    ];
  }
  if (best === undefined) return { issue, added };
  return { issue: { ...issue, path: [...best.at, ...issue.path.slice(best.depth)] }, added };
}

/**
 * Derives a plan from a base plan and a patch, validated like any configuration; never throws. The patch is
 * checked as strictly as a configuration: an element twice in one list (the same id or milestone year), a
 * `$remove` that is not `true` or names nothing in the base, an empty list where the base's is merged by key (it
 * would change nothing: each element is removed with `$remove`) are issues, and every issue's path points into the
 * patch as written (`["indicators", 0, "milestones", 1, "year"]`). The base is untouched.
 *
 * @example
 * ```ts
 * const r = safeAdaptPlan(national2282, { id: "bac-ninh-2022", document: { number: "99/KH-UBND" } });
 * if (r.success) r.plan.document.number; //=> "99/KH-UBND"
 * ```
 */
export function safeAdaptPlan(base: Plan, patch: PlanPatch): DefinePlanResult {
  let b: Plan;
  if (isDefinedPlan(base)) b = base;
  else {
    const r = safeDefinePlan(base);
    if (!r.success)
      return { success: false, issues: r.issues.map((i) => ({ ...i, path: ["base", ...i.path] })) };
    b = r.plan;
  }
  const polluting = unsafeInput(patch);
  if (polluting.length > 0) return { success: false, issues: polluting };
  if (!isObject(patch)) {
    return { success: false, issues: [makeIssue("adapt.not-an-object", [], { at: "(root)" })] };
  }
  const m: Merging = { issues: [], origin: new Map(), added: new Set() };
  const merged = merge(b as unknown as Json, patch as unknown as Json, [], [], m);
  const r = safeDefinePlan(merged);
  if (r.success && m.issues.length === 0) return r;
  // Every problem in one run: the patch's own, then the merged plan's, pointed back into the patch.
  const issues = [...m.issues];
  const hinted = new Set<string>();
  if (!r.success) {
    for (const raw of r.issues) {
      const { issue, added } = intoPatch(merged, raw, m);
      issues.push(issue);
      // An element the base does not have is added whole: a typo in an id reads as missing fields (a hint once).
      if (added !== undefined && !hinted.has(label(added))) {
        hinted.add(label(added));
        issues.push(makeIssue("adapt.new-element", added, { at: label(added) }));
      }
    }
  }
  return { success: false, issues };
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
  base = requirePlan(base, ["base"]);
  derived = requirePlan(derived, ["derived"]);
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
    // Objects and lists were walked above: what is left and equal is a value (text, number, boolean or null).
    if (b === d) {
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
