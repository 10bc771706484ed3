// How every written form of a share is read, and every refusal of the percentage functions with its code, path
// and parameters. The snapshot is the table a reviewer reads against the contract ("60%", "0.6",
// { percent: "60" } or { fraction: "0.6" }; a bare number is refused); the checks beside it say what must hold.
import { describe, expect, it } from "vitest";
import {
  decimalOptions,
  formatPercent,
  formatTarget,
  percent,
  percentDecimal,
  percentToFraction,
  readPercent,
} from "../../src/rational/percent.js";
import { refusal } from "../helpers/issues.js";

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
/** A fraction in lowest terms, to compare values whatever the representation. */
const lowest = (f: { n: bigint; d: bigint }) => {
  const g = gcd(f.n < 0n ? -f.n : f.n, f.d);
  return { n: f.n / g, d: f.d / g };
};

const many = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`k${i}`, i]));
const INPUTS: [string, unknown][] = [
  ["percent text", "60%"],
  ["percent text with spaces", "  60 % "],
  ["percent text with decimals", "33.333%"],
  ["percent text with a comma", "58,82%"],
  ["zero percent", "0%"],
  ["a hundred percent", "100%"],
  ["over a hundred percent", "100.01%"],
  ["negative percent", "-5%"],
  ["negative percent with a space", "- 5%"],
  ["percent text not a number", "abc%"],
  ["a fraction", "0.6"],
  ["a fraction with a comma", "0,6"],
  ["a fraction of one", "1.0"],
  ["a fraction of three places", "0.125"],
  ["a fraction of one place", "0.5"],
  ["zero as text", "0"],
  ["a fraction over one", "1.5"],
  ["a bare number as text", "60"],
  ["one as text", "1"],
  ["a negative fraction", "-0.5"],
  ["text", "sixty"],
  ["empty text", ""],
  ["a number", 60],
  ["a fraction as a number", 0.6],
  ["{ percent } text", { percent: "60" }],
  ["{ percent } text with spaces", { percent: " 12.5 " }],
  ["{ percent } number", { percent: 60 }],
  ["{ percent } number with decimals", { percent: 12.5 }],
  ["{ percent } negative", { percent: -1 }],
  ["{ percent } infinite", { percent: Number.POSITIVE_INFINITY }],
  ["{ percent } NaN", { percent: Number.NaN }],
  ["{ percent } over a hundred", { percent: 101 }],
  ["{ percent } not text", { percent: true }],
  ["{ fraction } text", { fraction: "0.6" }],
  ["{ fraction } over one", { fraction: "2.0" }],
  ["{ fraction } not text", { fraction: 0.6 }],
  ["two keys", { percent: "60", fraction: "0.6" }],
  ["another key", { share: "60%" }],
  ["many keys", many],
  ["an array", [1, 2, 3]],
  ["null", null],
  ["undefined", undefined],
  ["true", true],
  ["a bigint", 60n],
  ["a long text", `${"9".repeat(70)}x`],
  ["a long percent text", `${"1".repeat(70)}%`],
  ["a long { percent }", { percent: "1".repeat(70) }],
  ["a long { fraction }", { fraction: `0.${"x".repeat(70)}` }],
  ["text of exactly 60 characters", "x".repeat(60)],
  ["a minus inside a percent text", "5-3%"],
  ["a minus inside a fraction text", "0-3"],
  ["{ fraction } negative with a space", { fraction: "- 0.5" }],
  ["{ fraction } with spaces", { fraction: " 0.5 " }],
  ["{ fraction } of one place", { fraction: "0.5" }],
  ["{ fraction } of four places", { fraction: "0.1234" }],
  ["{ fraction } zero", { fraction: "0" }],
  ["{ percent } zero", { percent: 0 }],
  ["{ percent } minus zero", { percent: -0 }],
  ["{ percent } minus infinity", { percent: Number.NEGATIVE_INFINITY }],
  ["{ percent } a tiny negative", { percent: -1e-7 }],
  ["an array with a percent property", Object.assign([], { percent: "60" })],
  ["five keys", { a: 1, b: 2, c: 3, d: 4, e: 5 }],
  ["a function", () => "60%"],
  ["a symbol", Symbol("60%")],
  [
    "an object whose keys cannot be read",
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no");
        },
      },
    ),
  ],
];

describe("reading a share", () => {
  it("reads every written form as the contract says, or names why not", () => {
    const table = Object.fromEntries(INPUTS.map(([name, input]) => [name, readPercent(input)]));
    expect(table).toMatchSnapshot();
    // What percent() throws is what readPercent says, at the path of the input.
    for (const [name, input] of INPUTS) {
      const read = readPercent(input);
      const thrown = refusal(
        () => percent(input as never),
        (value) => ({ value }),
      );
      if (typeof read === "string") expect(thrown, name).toEqual({ value: read });
      else
        expect(thrown, name).toEqual({
          error: "InvalidInputError",
          issues: [{ code: read.code, path: ["input"], params: { value: read.value } }],
        });
    }
  });

  it("turns a share into its exact fraction, refusing what it cannot read at the path it is given", () => {
    expect(lowest(percentToFraction("60%"))).toEqual({ n: 3n, d: 5n });
    expect(lowest(percentToFraction("12.5%"))).toEqual({ n: 1n, d: 8n });
    expect(lowest(percentToFraction("100%"))).toEqual({ n: 1n, d: 1n });
    expect(lowest(percentToFraction("0%"))).toEqual({ n: 0n, d: 1n });
    expect(lowest(percentToFraction("0.6"))).toEqual({ n: 3n, d: 5n });
    expect(lowest(percentToFraction({ percent: "33.3" }))).toEqual({ n: 333n, d: 1000n });
    expect(refusal(() => percentToFraction("101%", ["plan", "target"]))).toEqual({
      error: "InvalidInputError",
      issues: [{ code: "share.out-of-range", path: ["plan", "target"], params: { value: "101%" } }],
    });
    expect(refusal(() => percentToFraction(60))).toEqual({
      error: "InvalidInputError",
      issues: [{ code: "share.bare-number", path: [], params: { value: 60 } }],
    });
  });
});

describe("writing a percentage", () => {
  it("refuses what is not a pair of safe integers with a positive denominator, naming the argument", () => {
    const CALLS: [string, () => unknown][] = [
      ["a fractional numerator", () => percentDecimal(1.5, 2)],
      ["an unsafe numerator", () => percentDecimal(2 ** 53, 3)],
      ["a text numerator", () => percentDecimal("1" as never, 2)],
      ["a null numerator", () => percentDecimal(null as never, 2)],
      ["a bigint text numerator", () => percentDecimal("10" as never, 20n)],
      ["formatPercent options null", () => formatPercent(1, 3, null as never)],
      ["an undefined denominator", () => percentDecimal(1, undefined as never)],
      ["a zero denominator", () => percentDecimal(1, 0)],
      ["a negative denominator", () => percentDecimal(1, -3n)],
      ["options not an object", () => percentDecimal(1, 3, 5 as never)],
      ["options null", () => percentDecimal(1, 3, null as never)],
      ["options an array", () => percentDecimal(1, 3, [] as never)],
      ["digits too many", () => percentDecimal(1, 3, { digits: 21 })],
      ["digits negative", () => percentDecimal(1, 3, { digits: -1 })],
      ["a rounding no one knows", () => percentDecimal(1, 3, { rounding: "nearest" as never })],
      ["formatPercent a locale no one knows", () => formatPercent(1, 3, { locale: "fr" as never })],
      ["formatTarget a locale no one knows", () => formatTarget("60%", "fr" as never)],
      ["formatTarget a bare number", () => formatTarget(60 as never)],
      ["decimalOptions at a path", () => decimalOptions("x", ["options", "percent"])],
      ["decimalOptions digits at a path", () => decimalOptions({ digits: 1.5 }, ["options", "percent"])],
    ];
    expect(
      Object.fromEntries(CALLS.map(([name, f]) => [name, refusal(f, (value) => ({ value }))])),
    ).toMatchSnapshot();
  });

  it("writes a percentage with its digits, rounding and decimal separator", () => {
    expect(percentDecimal(1, 3)).toBe("33.33");
    expect(percentDecimal(2, 3)).toBe("66.67");
    expect(percentDecimal(2, 3, { rounding: "down" })).toBe("66.66");
    expect(percentDecimal(1, 3, { rounding: "up" })).toBe("33.34");
    expect(percentDecimal(1, 8, { digits: 1, rounding: "half-even" })).toBe("12.5");
    expect(percentDecimal(1, 8, { digits: 0, rounding: "half-even" })).toBe("12");
    expect(percentDecimal(3, 8, { digits: 0, rounding: "half-even" })).toBe("38");
    expect(percentDecimal(1, 8, { digits: 0, rounding: "half-up" })).toBe("13");
    expect(percentDecimal(1, 200, { digits: 1, rounding: "half-up" })).toBe("0.5");
    expect(percentDecimal(1, 2000, { digits: 3 })).toBe("0.050");
    expect(percentDecimal(-1, 3)).toBe("-33.33");
    expect(percentDecimal(0, 3)).toBe("0.00");
    expect(percentDecimal(5n, 4n)).toBe("125.00");
    expect(decimalOptions(undefined, [])).toEqual({ digits: 2, rounding: "half-up" });
    expect(decimalOptions({}, [])).toEqual({ digits: 2, rounding: "half-up" });
    expect(formatPercent(10, 17)).toBe("58,82%");
    expect(formatPercent(10, 17, { locale: "en" })).toBe("58.82%");
    expect(formatPercent(10, 17, { locale: "vi", digits: 0 })).toBe("59%");
    expect(formatTarget("33.5%")).toBe("33,5%");
    expect(formatTarget("33.5%", "en")).toBe("33.5%");
    expect(formatTarget("0.6" as never)).toBe("60%");
  });
});
