import { describe, expect, it } from "vitest";
import { fromZodIssues } from "../../src/i18n/index.js";
import {
  emptyTally,
  mergeTallies,
  mergeUnitTallies,
  type Tally,
  UnitTallyInputSchema,
  unitTally,
} from "../../src/tally/index.js";
import { tally, unitTallyInput, unitTallyInputs } from "../arbitraries/tally.js";
import { fc, test } from "../helpers/prop.js";

const pool = (women: number, total: number, womenTrained: number) => ({ women, total, womenTrained });

describe("unitTally", () => {
  it("counts a unit with two female deputies once", () => {
    const t = unitTally({ unitId: "xa-a", keyLeaders: { women: 2, total: 4 }, planningPool: pool(3, 10, 2) });
    expect(t).toEqual({
      units: 1,
      unitsWithKeyLeaders: 1,
      unitsWithFemaleKeyLeader: 1,
      keyLeaders: { women: 2, total: 4 },
      planningPool: { women: 3, total: 10, womenTrained: 2 },
      workforce: { women: 0, total: 0 },
    });
  });

  it("counts a unit with no key leaders in units only", () => {
    const t = unitTally({
      unitId: "xa-b",
      keyLeaders: { women: 0, total: 0 },
      planningPool: pool(0, 0, 0),
      workforce: { women: 12, total: 30 },
    });
    expect([t.units, t.unitsWithKeyLeaders, t.unitsWithFemaleKeyLeader]).toEqual([1, 0, 0]);
    expect(t.workforce).toEqual({ women: 12, total: 30 });
  });

  it("does not count a unit whose key leaders are all men as having a female key leader", () => {
    const t = unitTally({ unitId: "s", keyLeaders: { women: 0, total: 3 }, planningPool: pool(0, 0, 0) });
    expect([t.unitsWithKeyLeaders, t.unitsWithFemaleKeyLeader]).toEqual([1, 0]);
  });

  it.each([
    [{ keyLeaders: { women: 3, total: 2 } }, /women \(3\) exceeds the total \(2\) in key leaders/],
    [{ planningPool: pool(4, 3, 0) }, /in the planning pool/],
    [{ planningPool: pool(2, 5, 3) }, /trained women \(3\) exceeds the women in the planning pool \(2\)/],
    [{ workforce: { women: 9, total: 8 } }, /in the workforce/],
    [{ keyLeaders: { women: -1, total: 2 } }, /input.keyLeaders.women: .*\[too_small\]/],
    [{ planningPool: pool(1, 1.5, 0) }, /planningPool.total/],
    [{ planningPool: pool(1, 2, Number.NaN) }, /planningPool.womenTrained/],
  ])("refuses inconsistent counts %j", (patch, message) => {
    const input = { unitId: "u", keyLeaders: { women: 0, total: 0 }, planningPool: pool(0, 0, 0), ...patch };
    expect(() => unitTally(input)).toThrow(message);
  });
});

describe("mergeTallies", () => {
  it("adds field by field (hand-computed)", () => {
    const a = unitTally({ unitId: "a", keyLeaders: { women: 1, total: 4 }, planningPool: pool(3, 9, 2) });
    const b = unitTally({
      unitId: "b",
      keyLeaders: { women: 0, total: 3 },
      planningPool: pool(2, 6, 2),
      workforce: { women: 10, total: 40 },
    });
    const c = unitTally({ unitId: "c", keyLeaders: { women: 0, total: 0 }, planningPool: pool(0, 1, 0) });
    expect(mergeTallies(a, b, c)).toEqual({
      units: 3,
      unitsWithKeyLeaders: 2,
      unitsWithFemaleKeyLeader: 1,
      keyLeaders: { women: 1, total: 7 },
      planningPool: { women: 5, total: 16, womenTrained: 4 },
      workforce: { women: 10, total: 40 },
    });
  });

  it("of nothing is the empty tally, of one is a copy", () => {
    expect(mergeTallies()).toEqual(emptyTally());
    const a = unitTally({ unitId: "a", keyLeaders: { women: 1, total: 1 }, planningPool: pool(0, 0, 0) });
    const copy = mergeTallies(a);
    expect(copy).toEqual(a);
    expect(copy).not.toBe(a);
    expect(copy.keyLeaders).not.toBe(a.keyLeaders);
  });

  it("refuses sums beyond the safe integers", () => {
    const big: Tally = { ...emptyTally(), workforce: { women: 0, total: Number.MAX_SAFE_INTEGER } };
    expect(() => mergeTallies(big, big)).toThrow(/\[tally\.sum-too-large\]/);
  });

  it("survives a JSON round trip", () => {
    const a = unitTally({ unitId: "a", keyLeaders: { women: 1, total: 2 }, planningPool: pool(1, 2, 1) });
    expect(JSON.parse(JSON.stringify(mergeTallies(a, a)))).toEqual(mergeTallies(a, a));
  });

  describe("properties", () => {
    test.prop([tally, tally, tally])("is associative", (a, b, c) => {
      expect(mergeTallies(mergeTallies(a, b), c)).toEqual(mergeTallies(a, mergeTallies(b, c)));
      expect(mergeTallies(a, b, c)).toEqual(mergeTallies(a, mergeTallies(b, c)));
    });

    test.prop([tally, tally])("is commutative", (a, b) => {
      expect(mergeTallies(a, b)).toEqual(mergeTallies(b, a));
    });

    test.prop([tally])("has the empty tally as identity", (a) => {
      expect(mergeTallies(a, emptyTally())).toEqual(a);
      expect(mergeTallies(emptyTally(), a)).toEqual(a);
    });

    test.prop([tally, tally])("does not change its inputs", (a, b) => {
      const before = JSON.stringify([a, b]);
      mergeTallies(a, b);
      expect(JSON.stringify([a, b])).toBe(before);
    });

    test.prop([tally])("keeps the invariants of a tally", (t) => {
      expect(t.unitsWithFemaleKeyLeader).toBeLessThanOrEqual(t.unitsWithKeyLeaders);
      expect(t.unitsWithKeyLeaders).toBeLessThanOrEqual(t.units);
      expect(t.keyLeaders.women).toBeLessThanOrEqual(t.keyLeaders.total);
      expect(t.planningPool.womenTrained).toBeLessThanOrEqual(t.planningPool.women);
      expect(t.planningPool.women).toBeLessThanOrEqual(t.planningPool.total);
    });
  });
});

describe("mergeUnitTallies", () => {
  it("sums the counts of the same unit and keeps it one unit", () => {
    const merged = mergeUnitTallies(
      [
        { unitId: "b", keyLeaders: { women: 1, total: 2 }, planningPool: pool(1, 2, 0) },
        {
          unitId: "a",
          keyLeaders: { women: 0, total: 1 },
          planningPool: pool(0, 0, 0),
          workforce: { women: 1, total: 3 },
        },
      ],
      [{ unitId: "b", keyLeaders: { women: 1, total: 1 }, planningPool: pool(2, 2, 1) }],
    );
    expect(merged).toEqual([
      {
        unitId: "a",
        keyLeaders: { women: 0, total: 1 },
        planningPool: pool(0, 0, 0),
        workforce: { women: 1, total: 3 },
      },
      { unitId: "b", keyLeaders: { women: 2, total: 3 }, planningPool: pool(3, 4, 1) },
    ]);
    expect(unitTally(merged[1] as (typeof merged)[number]).unitsWithFemaleKeyLeader).toBe(1);
  });

  it("refuses sums beyond the safe integers", () => {
    const huge = {
      unitId: "a",
      keyLeaders: { women: 0, total: 0 },
      planningPool: pool(0, Number.MAX_SAFE_INTEGER, 0),
    };
    expect(() => mergeUnitTallies([huge], [huge])).toThrow(/\[tally\.sum-too-large\]/);
  });

  test.prop([unitTallyInputs()])("leaves a list of distinct units as it is, sorted", (inputs) => {
    const sorted = [...inputs].sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
    expect(mergeUnitTallies(inputs)).toEqual(sorted);
  });
});

describe("UnitTallyInputSchema", () => {
  it("accepts consistent counts", () => {
    const input = {
      unitId: "hy.snv",
      keyLeaders: { women: 1, total: 4 },
      planningPool: pool(8, 20, 6),
      workforce: { women: 41, total: 95 },
    };
    expect(UnitTallyInputSchema.parse(input)).toEqual(input);
  });

  it.each([
    [{ keyLeaders: { women: 5, total: 4 } }, "tally.women-exceed-total", ["keyLeaders", "women"]],
    [{ planningPool: pool(5, 4, 0) }, "tally.women-exceed-total", ["planningPool", "women"]],
    [{ planningPool: pool(2, 4, 3) }, "tally.trained-exceed-women", ["planningPool", "womenTrained"]],
    [{ workforce: { women: 2, total: 1 } }, "tally.women-exceed-total", ["workforce", "women"]],
    [{ keyLeaders: { women: -1, total: 4 } }, "too_small", ["keyLeaders", "women"]],
    [{ keyLeaders: { women: 1.5, total: 4 } }, "invalid_type", ["keyLeaders", "women"]],
    [{ planningPool: pool(0, 2 ** 53, 0) }, "too_big", ["planningPool", "total"]],
    [{ unitId: "" }, "text.empty", ["unitId"]],
    [
      { planningPool: { women: 0, total: 0, womenTrainned: 0 } },
      "required",
      ["planningPool", "womenTrained"],
    ],
  ])("refuses %j with %s", (patch, code, path) => {
    const input = { unitId: "u", keyLeaders: { women: 0, total: 0 }, planningPool: pool(0, 0, 0), ...patch };
    const r = UnitTallyInputSchema.safeParse(input);
    expect(r.success).toBe(false);
    const issues = fromZodIssues(r.error?.issues ?? []);
    expect(issues[0]?.code).toBe(code);
    expect(issues[0]?.path).toEqual(path);
    expect(issues[0]?.message.vi.length).toBeGreaterThan(0);
  });

  it("names the group in both languages", () => {
    const r = UnitTallyInputSchema.safeParse({
      unitId: "u",
      keyLeaders: { women: 5, total: 4 },
      planningPool: pool(0, 0, 0),
    });
    const [issue] = fromZodIssues(r.error?.issues ?? []);
    expect(issue?.message).toEqual({
      vi: "Số nữ (5) lớn hơn tổng số (4) trong lãnh đạo chủ chốt.",
      en: "The number of women (5) exceeds the total (4) in key leaders.",
    });
  });

  it("reports problems in every group at once", () => {
    const r = UnitTallyInputSchema.safeParse({
      unitId: "u",
      keyLeaders: { women: 5, total: 4 },
      planningPool: { women: "a", total: 0, womenTrained: 0 },
    });
    expect(fromZodIssues(r.error?.issues ?? []).map((i) => i.code)).toEqual([
      "tally.women-exceed-total",
      "invalid_type",
    ]);
  });

  test.prop([unitTallyInput(fc.string({ minLength: 1 }).map((s) => `u${s}`))])(
    "accepts every input built by construction, and unitTally agrees",
    (input) => {
      expect(UnitTallyInputSchema.parse(input)).toEqual(input);
      expect(() => unitTally(input)).not.toThrow();
    },
  );
});
