import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import {
  integerIn,
  isRecord,
  kindOf,
  oneOf,
  optionalBoolean,
  optionalFunction,
  optionsObject,
  requireArray,
  requireCount,
  requireIterable,
  requireRecord,
  requireString,
} from "../../src/internal/args.js";
import { deepFreeze, MAX_DEPTH, unsafeInput } from "../../src/internal/walk.js";

/** The one issue `f` throws, without its message. */
function issue(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (!InvalidInputError.is(e)) throw e;
    expect(e.issues).toHaveLength(1);
    const [first] = e.issues;
    return { code: first?.code, path: first?.path, params: first?.params };
  }
  return "no error";
}

const P = ["options", "x"];

describe("argument checks", () => {
  it("names kinds", () => {
    expect([null, [], {}, "s", 1, undefined, () => 1].map(kindOf)).toEqual([
      "null",
      "array",
      "object",
      "string",
      "number",
      "undefined",
      "function",
    ]);
    expect([{}, [], null, "s", 1].map(isRecord)).toEqual([true, false, false, false, false]);
  });

  it("a missing value is argument.required, a wrong one argument.type with what was expected and received", () => {
    expect(issue(() => requireString(undefined, P))).toEqual({
      code: "argument.required",
      path: P,
      params: { path: "options.x" },
    });
    expect(issue(() => requireString(3, P))).toEqual({
      code: "argument.type",
      path: P,
      params: { path: "options.x", expected: "string", received: "number" },
    });
    expect(issue(() => requireRecord([], P))).toMatchObject({
      params: { expected: "object", received: "array" },
    });
    expect(issue(() => requireRecord(null, P))).toMatchObject({
      params: { expected: "object", received: "null" },
    });
    expect(issue(() => optionsObject("x", P))).toMatchObject({
      params: { expected: "object", received: "string" },
    });
    expect(issue(() => optionalBoolean("yes", P, true))).toMatchObject({
      code: "argument.type",
      params: { expected: "boolean", received: "string" },
    });
    expect(issue(() => optionalFunction(1, P))).toMatchObject({
      code: "argument.type",
      params: { expected: "function", received: "number" },
    });
    expect(issue(() => requireIterable("abc", P))).toMatchObject({ params: { expected: "iterable" } });
    expect(issue(() => requireIterable(null, P))).toMatchObject({ params: { received: "null" } });
    expect(issue(() => requireIterable({}, P))).toMatchObject({ params: { received: "object" } });
  });

  it("takes what is right, and the fallbacks", () => {
    expect(optionsObject(undefined, P)).toEqual({});
    const o = { a: 1 };
    expect(optionsObject(o, P)).toBe(o);
    expect(requireRecord(o, P)).toBe(o);
    expect(optionalBoolean(undefined, P, true)).toBe(true);
    expect(optionalBoolean(undefined, P, false)).toBe(false);
    expect(optionalBoolean(false, P, true)).toBe(false);
    expect(requireString("", P)).toBe("");
    const f = () => 1;
    expect(optionalFunction(f, P)).toBe(f);
    expect(optionalFunction(undefined, P)).toBeUndefined();
    const set = new Set([1]);
    expect(requireIterable(set, P)).toBe(set);
    expect(requireArray([1, 2], P)).toEqual([1, 2]);
  });

  it("refuses a sparse array at its hole", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(issue(() => requireArray([1, , 3], P))).toEqual({
      code: "argument.type",
      path: [...P, 1],
      params: { path: "options.x.1", expected: "object", received: "sparse-array" },
    });
    expect(issue(() => requireArray({}, P))).toMatchObject({ params: { expected: "array" } });
  });

  it("oneOf takes a listed value, the fallback for undefined, and names the list otherwise", () => {
    const kinds = ["a", "b"] as const;
    expect(oneOf("b", kinds, P)).toBe("b");
    expect(oneOf(undefined, kinds, P, "a")).toBe("a");
    expect(oneOf("b", kinds, P, "a")).toBe("b");
    expect(issue(() => oneOf(undefined, kinds, P))).toEqual({
      code: "argument.required",
      path: P,
      params: { path: "options.x" },
    });
    expect(issue(() => oneOf("c", kinds, P, "a"))).toEqual({
      code: "argument.one-of",
      path: P,
      params: { path: "options.x", values: ["a", "b"], value: "c" },
    });
    expect(issue(() => oneOf(3, kinds, P))).toMatchObject({ params: { value: "number" } });
    expect(issue(() => oneOf("toString", kinds, P))).toMatchObject({ code: "argument.one-of" });
  });

  it("integerIn keeps its bounds inclusive and names what was wrong", () => {
    expect(integerIn(1, 1, 3, P)).toBe(1);
    expect(integerIn(3, 1, 3, P)).toBe(3);
    expect(integerIn(undefined, 1, 3, P, 2)).toBe(2);
    expect(integerIn(1, 1, 3, P, 2)).toBe(1);
    expect(issue(() => integerIn(undefined, 1, 3, P))).toMatchObject({ code: "argument.required" });
    expect(issue(() => integerIn("2", 1, 3, P))).toMatchObject({
      code: "argument.type",
      params: { expected: "integer", received: "string" },
    });
    expect(issue(() => integerIn(1.5, 1, 3, P))).toEqual({
      code: "argument.type",
      path: P,
      params: { path: "options.x", expected: "integer", received: "1.5" },
    });
    expect(issue(() => integerIn(0, 1, 3, P))).toEqual({
      code: "argument.range",
      path: P,
      params: { path: "options.x", min: 1, max: 3, value: 0 },
    });
    expect(issue(() => integerIn(4, 1, 3, P))).toMatchObject({
      code: "argument.range",
      params: { value: 4 },
    });
  });

  it("requireCount takes 0 and safe integers, calls a larger integer too large, and anything else not a count", () => {
    expect(requireCount(0, P)).toBe(0);
    expect(requireCount(Number.MAX_SAFE_INTEGER, P)).toBe(Number.MAX_SAFE_INTEGER);
    expect(issue(() => requireCount(2 ** 53, P))).toEqual({
      code: "argument.too-large",
      path: P,
      params: { path: "options.x", value: String(2 ** 53), max: Number.MAX_SAFE_INTEGER },
    });
    for (const [v, received] of [
      [-1, "-1"],
      [1.5, "1.5"],
      [Number.NaN, "NaN"],
      [-(2 ** 53), String(-(2 ** 53))],
      ["3", "string"],
      [null, "null"],
    ] as const) {
      expect(issue(() => requireCount(v, P))).toEqual({
        code: "argument.type",
        path: P,
        params: { path: "options.x", expected: "count", received },
      });
    }
    expect(issue(() => requireCount(undefined, P))).toMatchObject({ code: "argument.type" });
  });
});

describe("unsafeInput and deepFreeze", () => {
  it("finds forbidden keys at their path, and keeps walking", () => {
    const input = JSON.parse('{"a":{"__proto__":1},"b":[{"constructor":2}],"prototype":3}');
    expect(unsafeInput(input, ["plan"]).map((i) => [i.code, i.path, i.params])).toEqual([
      ["key.forbidden", ["plan", "a", "__proto__"], { key: "__proto__" }],
      ["key.forbidden", ["plan", "b", 0, "constructor"], { key: "constructor" }],
      ["key.forbidden", ["plan", "prototype"], { key: "prototype" }],
    ]);
    expect(unsafeInput({ a: [1, { b: "c" }] })).toEqual([]);
    expect(unsafeInput(5)).toEqual([]);
  });

  it("stops at a cycle, but not at a shared object", () => {
    const a: Record<string, unknown> = {};
    a["self"] = { back: a };
    expect(unsafeInput(a).map((i) => [i.code, i.path, i.params])).toEqual([
      ["argument.cycle", ["self", "back"], { path: "self.back" }],
    ]);
    const shared = { x: 1 };
    expect(unsafeInput({ p: shared, q: shared, r: [shared, shared] })).toEqual([]);
  });

  it("allows MAX_DEPTH levels of nesting and refuses one more", () => {
    const nest = (n: number): unknown => {
      let v: unknown = 0;
      for (let i = 0; i < n; i++) v = [v];
      return v;
    };
    expect(unsafeInput(nest(MAX_DEPTH))).toEqual([]);
    const deep = unsafeInput(nest(MAX_DEPTH + 1));
    expect(deep.map((i) => i.code)).toEqual(["argument.too-deep"]);
    expect(deep[0]?.path).toHaveLength(MAX_DEPTH);
    expect(deep[0]?.params).toMatchObject({ max: MAX_DEPTH });
    expect(unsafeInput(nest(100_000)).map((i) => i.code)).toEqual(["argument.too-deep"]);
  });

  it("skips a throwing getter", () => {
    const o = Object.defineProperty({ ok: { __proto__: null } }, "bad", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    expect(unsafeInput(o)).toEqual([]);
  });

  it("deepFreeze freezes everything reachable, shared and cyclic parts once, and returns its input", () => {
    const shared = { x: [1] };
    const v: Record<string, unknown> = { a: shared, b: [shared, { c: {} }] };
    v["self"] = v;
    expect(deepFreeze(v)).toBe(v);
    for (const x of [v, shared, shared.x, v["b"], (v["b"] as unknown[])[1]])
      expect(Object.isFrozen(x)).toBe(true);
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
