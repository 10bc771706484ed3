// The integer divisions behind every shortfall, the ratios results carry, and a target given as a ratio: each
// against the obvious definition, and each refusal with the library's code, path and parameters.
import { describe, expect, it } from "vitest";
import { ceilDiv, floorDiv, fraction } from "../../src/rational/fraction.js";
import { exactRatio, reduce, shareToFraction } from "../../src/rational/ratio.js";
import { refusal } from "../helpers/issues.js";

describe("ceilDiv and floorDiv", () => {
  it("are the ceiling and floor of a / b for every a from −30 to 30 and b from 1 to 9", () => {
    for (let a = -30; a <= 30; a++) {
      for (let b = 1; b <= 9; b++) {
        expect(ceilDiv(BigInt(a), BigInt(b)), `${a}/${b}`).toBe(BigInt(Math.ceil(a / b)));
        expect(floorDiv(BigInt(a), BigInt(b)), `${a}/${b}`).toBe(BigInt(Math.floor(a / b)));
      }
    }
  });

  it("refuse a divisor that is zero or negative, saying so", () => {
    for (const b of [0n, -1n, -7n]) {
      expect(() => ceilDiv(5n, b)).toThrow(new RangeError("divisor must be positive"));
      expect(() => floorDiv(5n, b)).toThrow(new RangeError("divisor must be positive"));
    }
  });
});

describe("reduce and exactRatio", () => {
  it("reduce to lowest terms, the sign on the numerator", () => {
    expect(reduce(fraction(0, 7))).toEqual({ n: 0n, d: 1n });
    expect(reduce(fraction(-6, 4))).toEqual({ n: -3n, d: 2n });
    expect(reduce(fraction(-5, 10))).toEqual({ n: -1n, d: 2n });
    expect(reduce(fraction(12, 18))).toEqual({ n: 2n, d: 3n });
    expect(reduce(fraction(7, 1))).toEqual({ n: 7n, d: 1n });
  });

  it("records the rounding it used: two digits half-up by default, or the options'", () => {
    expect(exactRatio(fraction(2, 3))).toEqual({
      numerator: 2,
      denominator: 3,
      percent: "66.67",
      rounding: { digits: 2, mode: "half-up" },
    });
    expect(exactRatio(fraction(2, 3), { digits: 1, rounding: "down" })).toEqual({
      numerator: 2,
      denominator: 3,
      percent: "66.6",
      rounding: { digits: 1, mode: "down" },
    });
  });

  it("refuse a ratio whose reduced terms are not safe integers, naming the ratio", () => {
    const big = 2n ** 60n + 1n;
    expect(refusal(() => exactRatio({ n: 1n, d: big }))).toEqual({
      error: "InvalidInputError",
      issues: [
        {
          code: "argument.too-large",
          path: [],
          params: { path: "ratio", value: `1/${big}`, max: Number.MAX_SAFE_INTEGER },
        },
      ],
    });
    expect(refusal(() => exactRatio({ n: big, d: big + 2n }))).toMatchObject({
      issues: [{ code: "argument.too-large" }],
    });
  });
});

describe("shareToFraction", () => {
  const path = ["plan", "adjustment", "floor"];
  it("reads a ratio or a share", () => {
    expect(shareToFraction({ numerator: 3, denominator: 5 }, path)).toEqual({ n: 3n, d: 5n });
    expect(shareToFraction({ numerator: 5, denominator: 5 }, path)).toEqual({ n: 5n, d: 5n });
    expect(shareToFraction({ numerator: 0, denominator: 1 }, path)).toEqual({ n: 0n, d: 1n });
    expect(reduce(shareToFraction("60%", path))).toEqual({ n: 3n, d: 5n });
    expect(reduce(shareToFraction({ percent: "25" }, path))).toEqual({ n: 1n, d: 4n });
  });

  it("refuses a ratio over one or with no denominator, and terms that are not counts, at their paths", () => {
    const CASES: [string, unknown][] = [
      ["over one", { numerator: 6, denominator: 5 }],
      ["zero over zero", { numerator: 0, denominator: 0 }],
      ["a negative numerator", { numerator: -1, denominator: 5 }],
      ["a fractional denominator", { numerator: 1, denominator: 2.5 }],
      ["no denominator", { numerator: 1 }],
      ["null", null],
      ["an array", [1, 2]],
      ["a bare number", 60],
    ];
    expect(
      Object.fromEntries(CASES.map(([name, v]) => [name, refusal(() => shareToFraction(v, path))])),
    ).toEqual({
      "over one": {
        error: "InvalidInputError",
        issues: [{ code: "share.out-of-range", path, params: { value: "6/5" } }],
      },
      "zero over zero": {
        error: "InvalidInputError",
        issues: [{ code: "share.out-of-range", path, params: { value: "0/0" } }],
      },
      "a negative numerator": {
        error: "InvalidInputError",
        issues: [expect.objectContaining({ code: "argument.type", path: [...path, "numerator"] })],
      },
      "a fractional denominator": {
        error: "InvalidInputError",
        issues: [expect.objectContaining({ code: "argument.type", path: [...path, "denominator"] })],
      },
      "no denominator": {
        error: "InvalidInputError",
        issues: [expect.objectContaining({ code: "argument.type", path: [...path, "denominator"] })],
      },
      null: {
        error: "InvalidInputError",
        issues: [{ code: "share.malformed", path, params: { value: "null" } }],
      },
      "an array": {
        error: "InvalidInputError",
        issues: [{ code: "share.malformed", path, params: { value: "[array of 2]" } }],
      },
      "a bare number": {
        error: "InvalidInputError",
        issues: [{ code: "share.bare-number", path, params: { value: 60 } }],
      },
    });
  });
});
