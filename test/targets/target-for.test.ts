import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import { type Plan, targetFor } from "../../src/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";
import { compareFractions, fraction } from "../../src/rational/fraction.js";
import { ratioToFraction } from "../../src/rational/ratio.js";
import { fc, test } from "../helpers/prop.js";

const I = "agencies-with-female-key-leader";

describe("targetFor", () => {
  it("judges a year between milestones against the next milestone, not yet due", () => {
    const t = targetFor(hungYen53, I, 2023);
    expect(t).toMatchObject({
      applicable: true,
      basis: "milestone",
      milestoneDue: false,
      target: { percent: "60.00" },
    });
    expect(t.milestone).toEqual({
      year: 2025,
      target: "60%",
      citation: {
        document: "53/KH-UBND",
        clause: "I.1.1",
        provenance: "text",
        quote: "Đến năm 2025 đạt 60%",
      },
    });
  });

  it("judges the milestone year against that milestone, due", () => {
    expect(targetFor(hungYen53, I, 2025)).toMatchObject({ milestone: { year: 2025 }, milestoneDue: true });
    expect(targetFor(hungYen53, I, 2026)).toMatchObject({
      milestone: { year: 2030, target: "75%" },
      milestoneDue: false,
    });
  });

  it("keeps the last target after the last milestone", () => {
    expect(targetFor(hungYen53, I, 2033)).toMatchObject({
      basis: "after-last-milestone",
      milestone: { year: 2030 },
      milestoneDue: true,
      target: { percent: "75.00" },
    });
  });

  it("applies no target before the programme or to a qualitative indicator", () => {
    expect(targetFor(hungYen53, I, 2020)).toEqual({
      indicatorId: I,
      year: 2020,
      applicable: false,
      reason: "before-programme",
    });
    expect(targetFor(national2282, "ethnic-minority-leaders", 2025)).toMatchObject({
      applicable: false,
      reason: "qualitative",
    });
    // @ts-expect-error: "nope" is not an id of the preset, so it does not compile
    expect(() => targetFor(hungYen53, "nope", 2025)).toThrow(InvalidInputError);
    expect(() => targetFor(hungYen53 as Plan, "nope", 2025)).toThrow(/\[indicator\.unknown-id\]/);
  });

  it("interpolates linearly from a baseline to the next milestone, exactly", () => {
    // 2021 baseline 35%, 2025 target 60%: +6.25 points a year → 2023: 47.5%
    const t = targetFor(hungYen53, I, 2023, {
      trajectory: { kind: "linear", baseline: { year: 2021, value: "35%" } },
    });
    expect(t).toMatchObject({
      basis: "linear-trajectory",
      target: { numerator: 19, denominator: 40, percent: "47.50" },
    });
    // after 2025 the line starts from the 2025 milestone: 2027 = 60 + 2/5 × 15 = 66%
    const u = targetFor(hungYen53, I, 2027, {
      trajectory: { kind: "linear", baseline: { year: 2021, value: "0.35" } },
    });
    expect(u.target?.percent).toBe("66.00");
    // a third of the way: exact 1/3 steps are kept as fractions
    const v = targetFor(hungYen53, "women-in-planning-pool", 2022, {
      trajectory: { kind: "linear", baseline: { year: 2019, value: "30%" } },
    });
    expect(v.target).toMatchObject({ numerator: 7, denominator: 20 }); // 30 + 10 × 3/6 = 35%
    expect(() =>
      targetFor(hungYen53, I, 2023, {
        trajectory: { kind: "linear", baseline: { year: 2021, value: "35" } },
      }),
    ).toThrow(InvalidInputError);
  });

  it("falls back to the milestone when the baseline is not before the year", () => {
    const t = targetFor(hungYen53, I, 2022, {
      trajectory: { kind: "linear", baseline: { year: 2023, value: "50%" } },
    });
    expect(t.basis).toBe("milestone");
  });

  test.prop([
    fc.integer({ min: 2021, max: 2040 }),
    fc.integer({ min: 2010, max: 2024 }),
    fc.integer({ min: 0, max: 100 }),
  ])(
    "a linear trajectory lies between its anchor and the next milestone",
    (year, baselineYear, baselinePct) => {
      const t = targetFor(hungYen53, I, year, {
        trajectory: { kind: "linear", baseline: { year: baselineYear, value: `${baselinePct}%` } },
      });
      if (t.target === undefined || t.milestone === undefined) throw new Error("applicable");
      const value = ratioToFraction(t.target);
      const lo = [fraction(baselinePct, 100), fraction(60, 100), fraction(75, 100)].reduce((a, b) =>
        compareFractions(a, b) < 0 ? a : b,
      );
      expect(compareFractions(value, lo)).toBeGreaterThanOrEqual(0);
      expect(compareFractions(value, fraction(Math.max(baselinePct, 75), 100))).toBeLessThanOrEqual(0);
    },
  );
});

describe("targetFor at the baseline year", () => {
  it("takes the baseline value in the baseline year, so the line is monotone", () => {
    const t = (year: number) =>
      targetFor(hungYen53, "women-in-planning-pool", year, {
        trajectory: { kind: "linear", baseline: { year: 2022, value: "30%" } },
      }).target?.percent;
    // 2021 is before the baseline: the 2025 milestone; from 2022 the line 30% → 40%.
    expect([2022, 2023, 2024, 2025].map(t)).toEqual(["30.00", "33.33", "36.67", "40.00"]);
  });
});

/** The first issue of the typed error `f` throws: its code, path and parameters. */
function issueOf(f: () => unknown): { code: string; path: readonly (string | number)[]; params: unknown } {
  try {
    f();
  } catch (e) {
    if (!InvalidInputError.is(e)) throw e;
    const [first] = e.issues;
    if (first === undefined) throw new Error("an InvalidInputError without issues");
    return { code: first.code, path: first.path, params: first.params };
  }
  throw new Error("did not throw");
}

describe("targetFor: each bad argument is named by its code and path", () => {
  const call = targetFor as (...args: unknown[]) => unknown;
  it.each([
    ["a plan that is not a plan", [{}, I, 2025], ["plan", "id"]],
    ["an indicator id that is not a string", [hungYen53, 7, 2025], ["indicatorId"]],
    ["a year that is not an integer", [hungYen53, I, 2025.5], ["year"]],
    ["a year out of range", [hungYen53, I, 2201], ["year"]],
    ["options that are not an object", [hungYen53, I, 2025, 3], ["options"]],
    [
      "a trajectory that is not an object",
      [hungYen53, I, 2025, { trajectory: 1 }],
      ["options", "trajectory"],
    ],
    [
      "an unknown trajectory kind",
      [hungYen53, I, 2025, { trajectory: { kind: "x" } }],
      ["options", "trajectory", "kind"],
    ],
    [
      "a linear trajectory without a baseline",
      [hungYen53, I, 2025, { trajectory: { kind: "linear" } }],
      ["options", "trajectory", "baseline"],
    ],
    [
      "a baseline year out of range",
      [hungYen53, I, 2025, { trajectory: { kind: "linear", baseline: { year: 1800, value: "30%" } } }],
      ["options", "trajectory", "baseline", "year"],
    ],
    [
      "a baseline share that is not a share",
      [hungYen53, I, 2025, { trajectory: { kind: "linear", baseline: { year: 2021, value: "35" } } }],
      ["options", "trajectory", "baseline", "value"],
    ],
  ] as const)("%s", (_, args, path) => {
    expect(issueOf(() => call(...args)).path).toEqual(path);
  });

  it("names the unknown indicator", () => {
    expect(issueOf(() => targetFor(hungYen53 as Plan, "nope", 2025))).toEqual({
      code: "indicator.unknown-id",
      path: ["indicatorId"],
      params: { id: "nope" },
    });
  });

  it("names the kind a wrong-typed argument had", () => {
    const i = issueOf(() => (targetFor as (...a: unknown[]) => unknown)(hungYen53, 7, 2025));
    expect(i.code).toBe("argument.type");
    expect(JSON.stringify(i.params)).toContain("string");
  });

  it("a next-milestone trajectory written out is the default", () => {
    expect(targetFor(hungYen53, I, 2023, { trajectory: { kind: "next-milestone" } })).toEqual(
      targetFor(hungYen53, I, 2023),
    );
  });
});

describe("targetFor on a plan whose milestones are written out of order", () => {
  const base = hungYen53 as Plan;
  const shuffled: Plan = {
    ...base,
    indicators: base.indicators.map((i) =>
      i.id === I ? { ...i, milestones: [...i.milestones].reverse() } : i,
    ),
  };
  it("reads them in year order", () => {
    for (const year of [2021, 2023, 2025, 2026, 2030, 2031]) {
      expect(targetFor(shuffled, I, year)).toEqual(targetFor(base, I, year));
      const linear = { trajectory: { kind: "linear", baseline: { year: 2021, value: "35%" } } } as const;
      expect(targetFor(shuffled, I, year, linear)).toEqual(targetFor(base, I, year, linear));
    }
  });

  it("fails on a quantitative indicator without milestones, where the plan is checked", () => {
    const bare: Plan = {
      ...base,
      indicators: base.indicators.map((i) => (i.id === I ? { ...i, milestones: [] } : i)),
    };
    expect(issueOf(() => targetFor(bare, I, 2025))).toEqual({
      code: "indicator.quantitative-without-milestones",
      path: ["plan", "indicators", 0, "milestones"],
      params: { id: I },
    });
  });
});

describe("targetFor with a linear trajectory at the anchors", () => {
  const linear = (year: number, value: string) =>
    ({ trajectory: { kind: "linear", baseline: { year, value } } }) as const;
  it("takes the milestone itself in a milestone year, whatever the baseline", () => {
    expect(targetFor(hungYen53, I, 2025, linear(2021, "35%"))).toMatchObject({
      basis: "milestone",
      target: { percent: "60.00" },
    });
  });
  it("starts from the later of the baseline and the last milestone passed", () => {
    // baseline 2026 at 70% is later than the 2025 milestone: 2028 = 70 + 2/4 × 5 = 72.5%
    expect(targetFor(hungYen53, I, 2028, linear(2026, "70%")).target?.percent).toBe("72.50");
    // baseline 2022 is earlier than the 2025 milestone: 2028 = 60 + 3/5 × 15 = 69%
    expect(targetFor(hungYen53, I, 2028, linear(2022, "10%")).target?.percent).toBe("69.00");
    // in the baseline year itself: the baseline value
    expect(targetFor(hungYen53, I, 2026, linear(2026, "70%")).target?.percent).toBe("70.00");
  });
  it("is the next milestone when no anchor precedes the year", () => {
    expect(targetFor(hungYen53, I, 2021, linear(2024, "10%"))).toMatchObject({
      basis: "milestone",
      target: { percent: "60.00" },
    });
  });
});

describe("targetFor after the last of several milestones", () => {
  it("keeps the last milestone's target, not another's", () => {
    const base = hungYen53 as Plan;
    const three: Plan = {
      ...base,
      indicators: base.indicators.map((i) => {
        const first = i.milestones[0];
        if (i.id !== I || first === undefined) return i;
        return { ...i, milestones: [...i.milestones, { ...first, year: 2028, target: "70%" }] };
      }),
    };
    expect(targetFor(three, I, 2031)).toMatchObject({
      basis: "after-last-milestone",
      milestone: { year: 2030, target: "75%" },
      target: { percent: "75.00" },
    });
    expect(targetFor(three, I, 2027).milestone?.year).toBe(2028);
  });

  it("names the baseline share it refused", () => {
    const bad = { trajectory: { kind: "linear", baseline: { year: 2021, value: "35" } } } as const;
    expect(issueOf(() => targetFor(hungYen53, I, 2023, bad)).params).toEqual({ value: "35" });
  });
});
