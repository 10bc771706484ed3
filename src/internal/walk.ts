/**
 * Walks over untrusted nested input without recursion, so that no depth of nesting can overflow the stack:
 * refusing keys that could pollute prototypes, bounding depth, detecting cycles, and freezing.
 *
 * @module
 * @internal
 */
import { makeIssue, type ValidationIssue } from "../i18n/issues.js";

/** The deepest nesting of objects and arrays an input may have (a plan configuration needs about 8 levels). */
export const MAX_DEPTH = 64;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Finds, without recursion, what would make an input unsafe to read: keys that could pollute prototypes
 * (`__proto__`, `constructor`, `prototype`: `key.forbidden`), nesting deeper than {@link MAX_DEPTH}
 * (`argument.too-deep`) and cycles (`argument.cycle`). Stops at the first problem of depth or cycles.
 */
export function unsafeInput(input: unknown, root: readonly (string | number)[] = []): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // The objects on the current path, for cycles; a shared object reached twice by different paths is fine.
  const stack: { value: object; path: (string | number)[]; keys: (string | number)[]; next: number }[] = [];
  const onPath = new Set<object>();
  const enter = (value: unknown, path: (string | number)[]): boolean => {
    if (typeof value !== "object" || value === null) return true;
    if (onPath.has(value)) {
      issues.push(makeIssue("argument.cycle", path, { path: path.join(".") }));
      return false;
    }
    if (stack.length >= MAX_DEPTH) {
      issues.push(makeIssue("argument.too-deep", path, { path: path.join("."), max: MAX_DEPTH }));
      return false;
    }
    const keys: (string | number)[] = Array.isArray(value) ? [...value.keys()] : Object.keys(value);
    stack.push({ value, path, keys, next: 0 });
    onPath.add(value);
    return true;
  };
  if (!enter(input, [...root])) return issues;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    if (top.next >= top.keys.length) {
      stack.pop();
      onPath.delete(top.value);
      continue;
    }
    const key = top.keys[top.next++] as string | number;
    if (typeof key === "string" && FORBIDDEN_KEYS.has(key)) {
      issues.push(makeIssue("key.forbidden", [...top.path, key], { key }));
      continue;
    }
    let child: unknown;
    try {
      child = (top.value as Record<string | number, unknown>)[key];
    } catch {
      continue; // a throwing getter: the schema reports the field
    }
    if (!enter(child, [...top.path, key])) return issues;
  }
  return issues;
}

/**
 * Freezes an object and everything reachable from it, without recursion; returns it.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const todo: unknown[] = [value];
  while (todo.length > 0) {
    const x = todo.pop();
    if (typeof x !== "object" || x === null || seen.has(x)) continue;
    seen.add(x);
    Object.freeze(x);
    for (const key of Object.keys(x)) todo.push((x as Record<string, unknown>)[key]);
  }
  return value;
}
