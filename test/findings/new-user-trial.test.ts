// shared/review/new-user-trial.md, "Wrong or misleading without a warning": each trap reproduced as the review
// met it, with the behaviour now. (Traps 4 and 5, the CLI, are also in test/cli/cli.test.ts.)
import { describe, expect, it } from "vitest";
import { CalendarDateSchema } from "../../src/calendar/index.js";
import { VnWomenLeadershipError } from "../../src/errors/errors.js";
import {
  adaptPlan,
  adjustmentResolver,
  adjustTarget,
  evaluate,
  evaluationText,
  PercentSchema,
  planSummary,
  reportingCalendar,
  safeAdaptPlan,
  safeDefinePlan,
  tallyRecords,
  type Unit,
} from "../../src/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";

const cite = { document: "12/KH-UBND", clause: "I.1.a" } as const;
const province = adaptPlan(national2282, {
  id: "tinh-x",
  jurisdiction: { level: "province", name: { vi: "Tỉnh X", en: "X province" } },
  indicators: [
    {
      id: "agencies-with-female-key-leader",
      milestones: [
        { year: 2025, target: "55%", citation: cite },
        { year: 2030, target: "70%", citation: cite },
      ],
    },
  ],
});

describe("new-user-trial.md: wrong or misleading without a warning", () => {
  it("trap 1: a province's milestones show the province's citation, not the Decision's", () => {
    const summary = planSummary(province, { locale: "en" });
    expect(summary).toContain("2025: 55% [12/KH-UBND I.1.a], 2030: 70% [12/KH-UBND I.1.a]");
    expect(summary).not.toContain("70% [2282/QĐ-TTg");
    const units: Unit[] = [{ id: "so", kind: "state-agency", tier: "province" }];
    const tallies = [
      {
        unitId: "so",
        keyLeaders: { women: 1, total: 2 },
        planningPool: { women: 0, total: 0, womenTrained: 0 },
      },
    ];
    const e = evaluate(province, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
    expect(evaluationText(e, { locale: "en" })).toContain("[12/KH-UBND I.1.a] (milestone 2025)");
    expect(e.indicators[0]?.target.milestone?.citation).toEqual(cite);
  });

  it("trap 2: duplicate milestone years in a patch are an issue; every error of a patch is reported in one run", () => {
    const r = safeAdaptPlan(hungYen53, {
      indicators: [
        {
          id: "agencies-with-female-key-leader",
          milestones: [
            { year: 2025, target: 60 as never, citation: cite },
            { year: 2025, target: "55%", citation: cite },
          ],
        },
        { id: "women-in-planing-pool", $remove: true },
        {
          id: "trained-women-in-planning-pool",
          milestones: [{ year: 2030, target: "150%", citation: cite }],
        },
      ],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const found = r.issues.map((i) => [i.code, i.path]);
    expect(found).toContainEqual(["adapt.duplicate-key", ["indicators", 0, "milestones", 1, "year"]]);
    expect(found).toContainEqual(["adapt.remove-unknown", ["indicators", 1, "id"]]);
    expect(found).toContainEqual(["share.bare-number", ["indicators", 0, "milestones", 0, "target"]]);
    expect(found).toContainEqual(["share.out-of-range", ["indicators", 2, "milestones", 0, "target"]]);
  });

  it("trap 2: an unknown indicator id in a patch says so, at the patch's own index", () => {
    const r = safeAdaptPlan(hungYen53, {
      indicators: [
        { id: "agencies-with-female-key-leadr", milestones: [{ year: 2025, target: "55%", citation: cite }] },
      ],
    });
    expect(!r.success && r.issues.map((i) => [i.code, i.path])).toContainEqual([
      "adapt.new-element",
      ["indicators", 0],
    ]);
    expect(!r.success && r.issues.every((i) => i.path[1] === 0)).toBe(true);
  });

  it("trap 3: a result cannot claim a reading its counts did not use", () => {
    const plan = adaptPlan(hungYen53, { settings: { keyLeaders: "heads-only" } });
    const people = [
      { unitId: "so", sex: "male" as const, position: "head" as const },
      { unitId: "so", sex: "female" as const, position: "deputy-head" as const },
    ];
    const units: Unit[] = [{ id: "so", kind: "state-agency", tier: "province" }];
    // Counting under the defaults and saying so: the evaluation refuses the mismatch.
    const byDefault = tallyRecords(people);
    let error: unknown;
    try {
      evaluate(
        plan,
        { units, tallies: byDefault.tallies, keyLeaders: byDefault.keyLeaders },
        { year: 2025, asOf: "2026-01-15" },
      );
    } catch (e) {
      error = e;
    }
    expect(VnWomenLeadershipError.is(error) && error.code).toBe("tally.reading-mismatch");
    // Counting under the plan's reading: heads only, so the female deputy is not a key leader.
    const counted = tallyRecords(people, { plan });
    expect(counted.keyLeaders).toBe("heads-only");
    const e = evaluate(
      plan,
      { units, tallies: counted.tallies, keyLeaders: counted.keyLeaders },
      { year: 2025, asOf: "2026-01-15" },
    );
    expect(e.indicators[0]?.overall.keyLeaderShare).toMatchObject({ women: 0, total: 1 });
    // Tallies that state no reading: a warning, and the text says so beside the reading.
    const silent = evaluate(plan, { units, tallies: byDefault.tallies }, { year: 2025, asOf: "2026-01-15" });
    expect(silent.warnings.map((w) => w.code)).toContain("warning.reading-not-stated");
    expect(evaluationText(silent, { locale: "en" })).toContain(
      "keyLeaders=heads-only (not stated by the tallies)",
    );
    expect(() => tallyRecords(people, { plan, keyLeaderDefinition: "heads-and-deputies" })).toThrow(
      /tally\.reading-mismatch/,
    );
  });

  it("trap 5: a rejected tally is a warning, and the text gives its reason", () => {
    const units: Unit[] = [{ id: "so", kind: "state-agency", tier: "province" }];
    const bad = [
      {
        unitId: "so",
        keyLeaders: { women: 3, total: 2 },
        planningPool: { women: 0, total: 0, womenTrained: 0 },
      },
    ];
    const e = evaluate(hungYen53, { units, tallies: bad }, { year: 2025, asOf: "2026-01-15" });
    expect(e.warnings.map((w) => w.code)).toContain("warning.tallies-rejected");
    const text = evaluationText(e, { locale: "en" });
    expect(text).toContain("Tallies rejected:");
    expect(text).toContain("[tally.women-exceed-total]");
  });

  it("trap 6: a leftover district in 2025 counts nowhere by default, with a warning; its tally is rejected", () => {
    const units: Unit[] = [
      { id: "so", kind: "state-agency", tier: "province" },
      { id: "xa", kind: "local-government", tier: "commune" },
      { id: "huyen-cu", kind: "local-government", tier: "district" }, // no validTo
    ];
    const t = (id: string, women: number) => ({
      unitId: id,
      keyLeaders: { women, total: 2 },
      planningPool: { women: 2, total: 4, womenTrained: 1 },
    });
    const tallies = [t("so", 1), t("xa", 1), t("huyen-cu", 1)];
    const e = evaluate(hungYen53, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
    expect(e.warnings.find((w) => w.code === "warning.lapsed-tier")?.params).toMatchObject({
      tier: "district",
      count: 1,
    });
    expect(e.coverage.rejected.map((r) => r.issues[0]?.code)).toEqual(["tally.unit-tier-lapsed"]);
    expect(e.indicators[1]?.overall).toMatchObject({ value: { numerator: 4, denominator: 8 } });
    expect(e.indicators[1]?.byTier.map((g) => g.key)).not.toContain("district");
    // The other reading, by its setting: counted in the people indicators, still warned.
    const countPlan = adaptPlan(hungYen53, { settings: { lapsedTiers: "count" } });
    const c = evaluate(countPlan, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
    expect(c.indicators[1]?.overall).toMatchObject({ value: { numerator: 6, denominator: 12 } });
    expect(c.warnings.map((w) => w.code)).toContain("warning.lapsed-tier");
  });

  it("trap 7: a year outside the plan's period is a warning; a province's calendar can leave out the Ministry's duties", () => {
    const e = evaluate(hungYen53, { units: [], tallies: [] }, { year: 2035, asOf: "2036-01-15" });
    expect(e.warnings.map((w) => w.code)).toContain("warning.year-outside-period");
    const all = reportingCalendar(province, { from: 2025, to: 2025, asOf: "2025-12-01" });
    expect(all.some((d) => d.actor === "ministry-of-home-affairs")).toBe(true);
    const own = reportingCalendar(province, {
      from: 2025,
      to: 2025,
      asOf: "2025-12-01",
      actors: ["ministries-and-provinces"],
    });
    expect(own.every((d) => d.actor === "ministries-and-provinces")).toBe(true);
  });

  it("trap 8: explicit needs its justification and approving document on every path; a refused one is not adjusted", () => {
    const clause = hungYen53.adjustment;
    const explicit = { policy: "explicit", target: "25%" };
    expect(() =>
      adjustTarget({ base: "60%", workforce: { women: 1, total: 10 }, clause, policy: explicit } as never),
    ).toThrow(/adjustment\.justification-required/);
    expect(() => adjustmentResolver(hungYen53, { default: explicit } as never)).toThrow(
      /adjustment\.justification-required/,
    );
    const approved = {
      policy: "explicit" as const,
      target: "80%",
      justification: { vi: "Lý do", en: "Reason" },
      approvedBy: { number: "5/QĐ-UBND", issueDate: "2024-03-01", issuer: "UBND tỉnh" },
    };
    const r = adjustTarget({
      base: "60%",
      workforce: { women: 1, total: 10 },
      clause: clause as never,
      policy: approved,
    });
    expect(r.success).toBe(false);
    expect(r.audit.adjusted).toBe(false);
    expect(r.audit.adjustedTarget.percent).toBe("60.00");
    expect(r.audit.declaredTarget?.percent).toBe("80.00");
  });
});

describe("new-user-trial.md: messages", () => {
  const config = JSON.parse(JSON.stringify(hungYen53)) as Record<string, unknown>;

  it("messages: a missing field reads as required, and types are named in the message's language", () => {
    const { id: _, ...noId } = config;
    const r = safeDefinePlan({ ...noId, document: 5 });
    expect(r.success).toBe(false);
    if (r.success) return;
    const missing = r.issues.find((i) => i.path.join(".") === "id");
    expect(missing?.code).toBe("required");
    expect(missing?.message.vi).toContain("bắt buộc");
    const wrong = r.issues.find((i) => i.path.join(".") === "document");
    expect(wrong?.message.vi).toBe("Sai kiểu dữ liệu: cần đối tượng, không phải số.");
    expect(wrong?.message.vi).not.toMatch(/object|number/);
    expect(wrong?.message.en).toBe("Invalid type: expected an object, not a number.");
  });

  it("messages: duplicate years are reported in the same run as the other issues", () => {
    const indicators = structuredClone(config["indicators"]) as { milestones: unknown[] }[];
    const first = indicators[0] as { milestones: { year: number }[] };
    first.milestones.push({ ...first.milestones[0], year: first.milestones[0]?.year } as { year: number });
    const r = safeDefinePlan({ ...config, indicators, title: 7 });
    expect(r.success).toBe(false);
    if (r.success) return;
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain("milestone.duplicate-year");
    expect(codes.length).toBeGreaterThan(1);
  });

  it('messages: "60,5%" (the Vietnamese decimal comma) is a share', () => {
    expect(PercentSchema.parse("60,5%")).toBe("60.5%");
  });

  it('messages: "2025-02-30" is in the form YYYY-MM-DD, and the message says it is not a day that exists', () => {
    const r = CalendarDateSchema.safeParse("2025-02-30");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('"2025-02-30" is not a day that exists.');
  });
});
