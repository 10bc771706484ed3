import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import { exactPeopleShortfall, exactRequiredUnits } from "../../src/evaluation/shortfall.js";
import { compareFractions, type Fraction, fraction } from "../../src/rational/fraction.js";
import { fc, test } from "../helpers/prop.js";

const meets = (women: number, total: number, t: Fraction) => compareFractions(fraction(women, total), t) >= 0;

/** The least x in 0..limit with pred(x), by trying each: the oracle the formulas must equal. */
function search(limit: number, pred: (x: number) => boolean): number | null {
  for (let x = 0; x <= limit; x++) if (pred(x)) return x;
  return null;
}

describe("peopleShortfall: hand-computed", () => {
  it("a pool of 100 with 30 women against 50% needs 20 (replace) or 40 (add)", () => {
    expect(exactPeopleShortfall(30, 100, fraction(1, 2))).toEqual({ replace: 20, add: 40 });
  });
  it("a pool of 23 with 9 women against 40% needs 1 in both readings", () => {
    // 9.2 women needed: 10/23 = 43.5% (replace); 10/24 = 41.7% (add)
    expect(exactPeopleShortfall(9, 23, fraction(2, 5))).toEqual({ replace: 1, add: 1 });
  });
  it("3 of 5 against 60% needs nobody", () => {
    expect(exactPeopleShortfall(3, 5, fraction(3, 5))).toEqual({ replace: 0, add: 0 });
  });
  it("a 100% target cannot be reached by adding women while a man remains", () => {
    expect(exactPeopleShortfall(4, 5, fraction(1, 1))).toEqual({ replace: 1, add: null });
    expect(exactPeopleShortfall(5, 5, fraction(1, 1))).toEqual({ replace: 0, add: 0 });
  });
  it("refuses an empty group and impossible counts", () => {
    expect(() => exactPeopleShortfall(0, 0, fraction(1, 2))).toThrow(InvalidInputError);
    expect(() => exactPeopleShortfall(3, 2, fraction(1, 2))).toThrow(InvalidInputError);
    expect(() => exactPeopleShortfall(-1, 2, fraction(1, 2))).toThrow(InvalidInputError);
  });
});

describe("requiredUnits: the unit-count readings", () => {
  it("17 units at 60% need 11 (10.2 rounded up)", () => {
    expect(exactRequiredUnits(17, fraction(3, 5), "at-least-share")).toBe(11);
  });
  it("23 units at 60%: 14 at least the share, 14 rounded half up, 13 rounded down", () => {
    expect(exactRequiredUnits(23, fraction(3, 5), "at-least-share")).toBe(14);
    expect(exactRequiredUnits(23, fraction(3, 5), "round-half-up")).toBe(14);
    expect(exactRequiredUnits(23, fraction(3, 5), "round-down")).toBe(13);
  });
  it("rounds exactly half up: 5 units at 50% need 3 half up, 2 down", () => {
    expect(exactRequiredUnits(5, fraction(1, 2), "round-half-up")).toBe(3);
    expect(exactRequiredUnits(5, fraction(1, 2), "round-down")).toBe(2);
    expect(exactRequiredUnits(5, fraction(1, 2), "at-least-share")).toBe(3);
  });
});

const target = fc.integer({ min: 0, max: 1000 }).map((permille) => fraction(permille, 1000));
const group = fc
  .integer({ min: 1, max: 400 })
  .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));

describe("properties", () => {
  test.prop([group, target])(
    "replace: the shortfall meets the target, one less does not, and equals a search",
    ([w, t], p) => {
      const { replace } = exactPeopleShortfall(w, t, p);
      expect(meets(w + replace, t, p)).toBe(true);
      if (replace > 0) expect(meets(w + replace - 1, t, p)).toBe(false);
      expect(replace).toBe(search(t - w, (x) => meets(w + x, t, p)));
    },
  );

  test.prop([group, target])(
    "add: the shortfall meets the target, one less does not, and equals a search",
    ([w, t], p) => {
      const { add } = exactPeopleShortfall(w, t, p);
      const oracle = search(t * 1000 + 1000, (x) => meets(w + x, t + x, p));
      expect(add).toBe(oracle);
      if (add !== null) {
        expect(meets(w + add, t + add, p)).toBe(true);
        if (add > 0) expect(meets(w + add - 1, t + add - 1, p)).toBe(false);
      }
    },
  );

  test.prop([group, target])("adding a woman never raises the shortfall (replacing a man)", ([w, t], p) => {
    fc.pre(w < t);
    const before = exactPeopleShortfall(w, t, p);
    const after = exactPeopleShortfall(w + 1, t, p);
    expect(after.replace).toBeLessThanOrEqual(before.replace);
    if (before.add !== null && after.add !== null) expect(after.add).toBeLessThanOrEqual(before.add);
  });

  test.prop([fc.integer({ min: 0, max: 500 }), target])(
    "at-least-share is the least count that meets the share",
    (units, p) => {
      const need = exactRequiredUnits(units, p, "at-least-share");
      const oracle = search(
        units,
        (k) => compareFractions(fraction(k, Math.max(units, 1)), p) >= 0 || units === 0,
      );
      expect(need).toBe(oracle);
      expect(exactRequiredUnits(units, p, "round-down")).toBeLessThanOrEqual(need);
      expect(exactRequiredUnits(units, p, "round-half-up")).toBeLessThanOrEqual(need);
      expect(need - exactRequiredUnits(units, p, "round-down")).toBeLessThanOrEqual(1);
    },
  );
});

describe("requiredUnits never lets zero units meet a positive target", () => {
  it("1 unit at 60% needs 1 under every reading; 0% needs none", () => {
    for (const reading of ["at-least-share", "round-half-up", "round-down"] as const) {
      expect(exactRequiredUnits(1, fraction(3, 5), reading)).toBe(1);
      expect(exactRequiredUnits(1, fraction(1, 5), reading)).toBe(1);
      expect(exactRequiredUnits(5, fraction(0, 1), reading)).toBe(0);
      expect(exactRequiredUnits(0, fraction(3, 5), reading)).toBe(0);
    }
  });
});

describe("shortfall guards", () => {
  it("refuses non-integer counts and says why", () => {
    expect(() => exactPeopleShortfall(1.5, 3, fraction(1, 2))).toThrow(
      "women must be a non-negative integer, not 1.5. [argument.type]",
    );
    expect(() => exactPeopleShortfall(1, 3.5, fraction(1, 2))).toThrow(InvalidInputError);
    expect(() => exactRequiredUnits(2.5, fraction(1, 2), "at-least-share")).toThrow(InvalidInputError);
    expect(() => exactPeopleShortfall(0, 0, fraction(1, 2))).toThrow(
      /total must be from 1 .*\[argument\.range\]/,
    );
  });
});
