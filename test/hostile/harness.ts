// The hostile-input contract, as a property: whatever arguments an exported function gets, it returns or throws
// one of the library's own errors, quickly, without changing its inputs or any prototype.
import fc from "fast-check";
import { expect } from "vitest";
import { VnWomenLeadershipError } from "../../src/errors/errors.js";

/** Time one call may take. Generous: CI machines are slow and shared; a hang or a quadratic blow-up is far beyond. */
export const CALL_BUDGET_MS = 2_000;

/** Values from the edge classes of the hostile-input review, mixed into generated inputs. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    0.5,
    1e21,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 53),
    10n,
    -1n,
    "",
    " ",
    "\n",
    "\u0000",
    "\u001b[31m",
    "Y tế".normalize("NFD"),
    "2025-02-30",
    "2025-7-1",
    "60",
    "60x",
    "30",
    "-5%",
    "__proto__",
    "constructor",
    "toString",
    null,
    undefined,
    true,
    [],
    {},
  ),
  fc.constant(Object.create(null) as object),
  fc.constant(Symbol("x")),
  fc.constant(() => 1),
  fc.constant({ toString: () => "2025-11-14", valueOf: () => 2025 }),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new Map([["a", 1]])),
  fc.integer({ min: 1, max: 300 }).map((depth) => {
    let o: unknown = 1;
    for (let i = 0; i < depth; i++) o = i % 2 === 0 ? [o] : { a: o };
    return o;
  }),
  fc.constant(
    (() => {
      const cycle: Record<string, unknown> = { a: 1 };
      cycle["self"] = cycle;
      return cycle;
    })(),
  ),
  // biome-ignore lint/suspicious/noSparseArray: a sparse array is one of the hostile inputs
  fc.constant([, 1]),
  fc.constant({ ["__proto__"]: { polluted: true } }),
);

/** Any value, edge values weighted in. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: edgeValue },
  {
    weight: 1,
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withSparseArray: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withBoxedValues: true,
      maxDepth: 3,
    }),
  },
);

/** Copies a value where it can be copied (plain objects and arrays), keeping everything else as it is. */
function copy(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) if (i in value) out[i] = copy(value[i], seen);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  if (Object.isFrozen(value)) return value; // presets and defined plans stay as they are (and keep their brand)
  const out: Record<string, unknown> = Object.create(proto);
  seen.set(value, out);
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: copy((value as Record<string, unknown>)[key], seen),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

type Path = (string | number)[];

/** Every path to a value inside `value` (plain objects and arrays only), to at most `max` of them. */
function paths(value: unknown, max = 400): Path[] {
  const out: Path[] = [[]];
  const todo: [unknown, Path][] = [[value, []]];
  const seen = new Set<object>();
  while (todo.length > 0 && out.length < max) {
    const [v, p] = todo.shift() as [unknown, Path];
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) continue;
    const keys: (string | number)[] = Array.isArray(v) ? [...v.keys()] : Object.keys(v);
    for (const k of keys) {
      out.push([...p, k]);
      todo.push([(v as Record<string | number, unknown>)[k], [...p, k]]);
    }
  }
  return out;
}

/** Sets `path` in a copy of `root` to `replacement` (or deletes it), copying frozen parents on the way. */
function mutate(root: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  const parent = root as Record<string | number, unknown>;
  const clone = (Array.isArray(parent) ? [...parent] : { ...parent }) as Record<string | number, unknown>;
  if (rest.length === 0) {
    if (remove) delete clone[head];
    else clone[head] = replacement;
  } else clone[head] = mutate(parent[head], rest, replacement, remove);
  return clone;
}

/** Valid arguments with one to five values replaced by hostile ones (or removed). */
export function mutated(valid: fc.Arbitrary<readonly unknown[]>): fc.Arbitrary<unknown[]> {
  return valid.chain((args) => {
    const all = paths(args).filter((p) => p.length > 0);
    return fc
      .array(fc.tuple(fc.nat(), hostileValue, fc.boolean()), { minLength: 1, maxLength: 5 })
      .map((changes) => {
        let out: unknown = [...args];
        for (const [pick, value, remove] of changes) {
          const path = all[pick % all.length] as Path;
          try {
            out = mutate(out, path, value, remove && path.length > 1);
          } catch {
            // a path that a previous change removed: skip it
          }
        }
        return out as unknown[];
      });
  });
}

/** Arguments of any shape: from none to four hostile values. */
export const anyArguments: fc.Arbitrary<unknown[]> = fc.array(hostileValue, { maxLength: 4 });

const PROTOTYPES = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
];
const prototypeKeys = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(","));

/** Deep-freezes what can be frozen, so that a function changing its input throws (and the test fails). */
function freezeAll(value: unknown, seen = new Set<object>()): void {
  if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) return;
  seen.add(value);
  if (typeof value === "function") return;
  if (value instanceof Map || value instanceof Set || value instanceof Date) return; // their contents stay mutable
  try {
    for (const key of Reflect.ownKeys(value))
      freezeAll((value as Record<string | symbol, unknown>)[key], seen);
  } catch {
    return;
  }
  Object.freeze(value);
}

/** The outcome of one hostile call. */
export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: unknown };

/**
 * Calls `f` with `args` (frozen first) and checks the contract: a result or a library error, within the time
 * budget, no prototype changed. Returns the outcome for further checks.
 */
export function callHostile(
  name: string,
  f: (...args: unknown[]) => unknown,
  args: readonly unknown[],
): Outcome {
  const input = copy(args) as unknown[];
  freezeAll(input);
  const before = prototypeKeys();
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { ok: true, value: f(...input) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const ms = performance.now() - started;
  expect(prototypeKeys(), `${name} changed a prototype`).toEqual(before);
  expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(CALL_BUDGET_MS);
  if (!outcome.ok && !VnWomenLeadershipError.is(outcome.error)) {
    const e = outcome.error as Error;
    throw new Error(`${name} threw ${e?.name ?? typeof e}: ${String(e?.message ?? e).slice(0, 300)}`, {
      cause: e,
    });
  }
  return outcome;
}
