import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import { fromZodIssues } from "../../src/i18n/issues.js";
import {
  formatPercent,
  formatTarget,
  PercentSchema,
  percent,
  percentDecimal,
  type RoundingMode,
} from "../../src/index.js";
import { ceilDiv, compareFractions, floorDiv, fraction } from "../../src/rational/fraction.js";
import { percentToFraction } from "../../src/rational/percent.js";
import { exactRatio, reduce } from "../../src/rational/ratio.js";
import { fc, test } from "../helpers/prop.js";
import { runs } from "../helpers/runs.js";

describe("PercentSchema", () => {
  it.each([
    ["60%", "60%"],
    [" 62.50 % ", "62.5%"],
    ["0.6", "60%"],
    ["1.0", "100%"],
    ["0", "0%"],
    [{ percent: "40" }, "40%"],
    [{ percent: 75 }, "75%"],
    [{ fraction: "0.625" }, "62.5%"],
    ["007.500%", "7.5%"],
  ])("reads %j as %s", (input, expected) => {
    expect(PercentSchema.parse(input)).toBe(expected);
  });

  it.each([
    [60, "share.bare-number"],
    [0.6, "share.bare-number"],
    ["60", "share.bare-number"],
    ["abc", "share.malformed"],
    ["-5%", "share.out-of-range"],
    [{ percent: -5 }, "share.out-of-range"],
    ["-0.5", "share.out-of-range"],
    ["1", "share.bare-number"],
    [{ percent: 60, note: "x" }, "share.malformed"],
    [{ percent: Number.NaN }, "share.malformed"],
    ["120%", "share.out-of-range"],
    [{ percent: 100.5 }, "share.out-of-range"],
    [null, "share.malformed"],
  ])("refuses %j with %s", (input, code) => {
    const r = PercentSchema.safeParse(input);
    expect(r.success).toBe(false);
    const issues = fromZodIssues(r.error?.issues ?? []);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe(code);
    expect(issues[0]?.message.vi.length).toBeGreaterThan(0);
    expect(issues[0]?.message.en.length).toBeGreaterThan(0);
  });

  it("never reads 60 as 6000%: the message tells both ways to write it", () => {
    const r = PercentSchema.safeParse(60);
    const [issue] = fromZodIssues(r.error?.issues ?? []);
    expect(issue?.message.en).toBe(
      'The bare number 60 is ambiguous: write "60%" or a fraction such as "0.6".',
    );
    expect(issue?.message.vi).toContain('"60%"');
  });

  it("percent() throws on what the schema refuses", () => {
    expect(percent({ fraction: "0.5" })).toBe("50%");
    expect(() => percent("150%")).toThrow(InvalidInputError);
  });
});

describe("exact arithmetic", () => {
  it("converts a canonical percentage to an exact fraction", () => {
    expect(compareFractions(percentToFraction("60%"), fraction(3, 5))).toBe(0);
    expect(compareFractions(percentToFraction("62.5%"), fraction(5, 8))).toBe(0);
    expect(() => percentToFraction("x%" as `${string}%`)).toThrow(InvalidInputError);
  });

  it("rejects a zero denominator and non-integers", () => {
    expect(() => fraction(1, 0)).toThrow(RangeError);
    expect(() => fraction(0.5, 1)).toThrow(RangeError);
    expect(() => ceilDiv(1n, 0n)).toThrow(RangeError);
    expect(() => floorDiv(1n, 0n)).toThrow(RangeError);
  });

  test.prop([fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n })])(
    "ceilDiv and floorDiv bracket the quotient",
    (a, b) => {
      const c = ceilDiv(a, b);
      const f = floorDiv(a, b);
      expect(c * b >= a && (c - 1n) * b < a).toBe(true);
      expect(f * b <= a && (f + 1n) * b > a).toBe(true);
      expect(c - f).toBe(a % b === 0n ? 0n : 1n);
    },
  );

  test.prop([fc.nat(10_000), fc.nat(10_000), fc.integer({ min: 1, max: 10_000 })])(
    "compareFractions agrees with cross-multiplication and is antisymmetric",
    (a, b, d) => {
      const x = fraction(a, d);
      const y = fraction(b, d);
      expect(compareFractions(x, y)).toBe(Math.sign(a - b));
      expect(compareFractions(y, x) + compareFractions(x, y)).toBe(0);
    },
  );

  test.prop([fc.integer({ min: 0, max: 10_000_000 })])(
    "a share written as a percentage, a fraction and an object reads the same, exactly",
    (k) => {
      // k hundred-thousandths of a percent: 0% to 100% in steps of 0.00001%
      const pct = `${Math.floor(k / 100_000)}.${String(k % 100_000).padStart(5, "0")}`;
      const canonical = PercentSchema.parse(`${pct}%`);
      expect(compareFractions(percentToFraction(canonical), fraction(k, 10_000_000))).toBe(0);
      expect(PercentSchema.parse({ percent: pct })).toBe(canonical);
      expect(PercentSchema.parse(k === 10_000_000 ? "1.0" : `0.${String(k).padStart(7, "0")}`)).toBe(
        canonical,
      );
    },
  );
});

describe("formatting", () => {
  it("rounds only when formatting, with the rounding named", () => {
    expect(percentDecimal(10, 17)).toBe("58.82");
    expect(percentDecimal(10, 17, { digits: 4, rounding: "down" })).toBe("58.8235");
    expect(percentDecimal(1, 8, { digits: 1, rounding: "half-even" })).toBe("12.5");
    expect(percentDecimal(1, 16, { digits: 2, rounding: "half-even" })).toBe("6.25");
    expect(percentDecimal(1, 16, { digits: 1, rounding: "half-even" })).toBe("6.2");
    expect(percentDecimal(1, 16, { digits: 1, rounding: "half-up" })).toBe("6.3");
    expect(percentDecimal(1, 3, { digits: 0, rounding: "up" })).toBe("34");
  });

  it("writes a decimal comma in Vietnamese", () => {
    expect(formatPercent(10, 17)).toBe("58,82%");
    expect(formatPercent(10, 17, { locale: "en" })).toBe("58.82%");
    expect(formatPercent(1, 2, { locale: "en", digits: 0 })).toBe("50%");
    expect(formatTarget("62.5%")).toBe("62,5%");
    expect(formatTarget("62.5%", "en")).toBe("62.5%");
  });
});

describe("exactRatio", () => {
  it("reduces, and refuses a ratio too large for a JSON number", () => {
    expect(exactRatio(fraction(20, 34))).toMatchObject({ numerator: 10, denominator: 17, percent: "58.82" });
    expect(exactRatio(fraction(0, 5))).toMatchObject({ numerator: 0, denominator: 1, percent: "0.00" });
    expect(() => exactRatio(fraction(1n, 2n ** 60n + 1n))).toThrow(InvalidInputError);
    expect(reduce(fraction(-6, 4))).toEqual({ n: -3n, d: 2n });
  });
});

describe("percentDecimal by integer arithmetic, against decimal.js", () => {
  // The implementation before integer arithmetic, kept as the oracle: decimal.js with 64 significant digits.
  const Oracle = Decimal.clone({ precision: 200 });
  const MODES = {
    "half-up": Decimal.ROUND_HALF_UP,
    "half-even": Decimal.ROUND_HALF_EVEN,
    down: Decimal.ROUND_DOWN,
    up: Decimal.ROUND_UP,
  } as const;
  const oracle = (n: bigint, d: bigint, digits: number, mode: RoundingMode): string =>
    new Oracle(n.toString()).times(100).div(new Oracle(d.toString())).toFixed(digits, MODES[mode]);
  const mode = fc.constantFrom<RoundingMode>("half-up", "half-even", "down", "up");
  const LIMIT = 2n ** 53n;
  // Small numbers (ties and exact values are frequent), safe integers, and the edges of the integer path.
  const numerator = fc.oneof(
    fc.bigInt({ min: -1000n, max: 1000n }),
    fc.bigInt({ min: -LIMIT, max: LIMIT }),
    fc.constantFrom(0n, 1n, -1n, LIMIT, -LIMIT, LIMIT - 1n, LIMIT + 1n, -LIMIT - 1n),
  );
  const denominator = fc.oneof(
    fc.bigInt({ min: 1n, max: 64n }),
    fc.bigInt({ min: 1n, max: LIMIT }),
    fc.constantFrom(1n, 2n, 3n, 7n, 8n, 400n, LIMIT, LIMIT - 1n, LIMIT + 1n),
  );

  test.prop([numerator, denominator, fc.integer({ min: 0, max: 6 }), mode], { numRuns: runs(3000) })(
    "gives decimal.js's string for every numerator, denominator, 0–6 digits and mode",
    (n, d, digits, rounding) => {
      const expected = oracle(n, d, digits, rounding);
      expect(percentDecimal(n, d, { digits, rounding })).toBe(expected);
      const safe = Number.isSafeInteger(Number(n)) && Number.isSafeInteger(Number(d));
      if (safe) expect(percentDecimal(Number(n), Number(d), { digits, rounding })).toBe(expected);
    },
  );

  test.prop(
    [
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 0, max: 6 }),
      mode,
    ],
    { numRuns: runs(3000) },
  )("gives decimal.js's string on the counts of a tally (ties included)", (n, d, digits, rounding) => {
    expect(percentDecimal(n, d, { digits, rounding })).toBe(oracle(BigInt(n), BigInt(d), digits, rounding));
  });

  test.prop([numerator, denominator, fc.integer({ min: 0, max: 20 }), mode], { numRuns: runs(1000) })(
    "and beyond: up to 20 digits and past 2^53, by integer arithmetic",
    (n, d, digits, rounding) => {
      expect(percentDecimal(n, d, { digits, rounding })).toBe(oracle(n, d, digits, rounding));
    },
  );

  test.prop([
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    fc.bigInt({ min: 1n, max: 10n ** 30n }),
    mode,
  ])("stays exact for numbers past 2^53", (n, d, rounding) => {
    expect(percentDecimal(n, d, { digits: 2, rounding })).toBe(oracle(n, d, 2, rounding));
  });

  it.each([
    [1n, 8n, 1, "half-up", "12.5"],
    [1n, 8n, 0, "half-even", "12"],
    [3n, 8n, 0, "half-even", "38"],
    [-1n, 8n, 0, "half-up", "-13"],
    [-1n, 100_000n, 2, "down", "-0.00"],
    [-1n, 100_000n, 2, "up", "-0.01"],
    [0n, 7n, 3, "up", "0.000"],
    [2n ** 53n, 1n, 0, "down", "900719925474099200"],
    [1n, 2n ** 53n, 6, "up", "0.000001"],
  ] as const)("%s/%s to %s digits %s is %s", (n, d, digits, rounding, expected) => {
    expect(percentDecimal(n, d, { digits, rounding })).toBe(expected);
    expect(oracle(n, d, digits, rounding)).toBe(expected);
  });

  it("F10: refuses digits outside 0–20 and unknown rounding modes with the library's error", () => {
    expect(() => percentDecimal(1, 3, { digits: -1 })).toThrow(/\[argument\.range\]/);
    expect(() => percentDecimal(1, 3, { digits: 3e7 })).toThrow(/\[argument\.range\]/);
    expect(() => percentDecimal(1, 3, { digits: 1.5 })).toThrow(/\[argument\.type\]/);
    expect(() => percentDecimal(1, 3, { rounding: "up " as never })).toThrow(/\[argument\.one-of\]/);
    expect(percentDecimal(1, 3, { digits: 20 })).toBe(oracle(1n, 3n, 20, "half-up"));
  });

  it("F7: is exact past 64 significant digits", () => {
    expect(percentDecimal(10n ** 61n + 1n, 3n)).toMatch(/\.67$/);
    expect(percentDecimal(10n ** 61n + 1n, 3n)).toBe(oracle(10n ** 61n + 1n, 3n, 2, "half-up"));
  });

  test.prop([fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), mode])(
    "makes exactRatio's percentage from the reduced ratio, as decimal.js did",
    (n, d, rounding) => {
      const r = exactRatio(fraction(n, d), { digits: 2, rounding });
      expect(r.percent).toBe(oracle(BigInt(n), BigInt(d), 2, rounding));
    },
  );
});

describe("guards say what is wrong", () => {
  it("names the argument and the value", () => {
    expect(() => fraction(0.5, 1)).toThrow("numerator must be a safe integer, got 0.5");
    expect(() => fraction(1, 2 ** 53)).toThrow("denominator must be a safe integer");
    expect(() => fraction(1, -3)).toThrow("denominator must be positive, got -3");
    expect(() => ceilDiv(5n, -1n)).toThrow("divisor must be positive");
    expect(() => floorDiv(5n, -1n)).toThrow("divisor must be positive");
    expect(fraction(2n ** 60n, 1n).n).toBe(2n ** 60n); // bigints pass through unchecked for size
  });
});
