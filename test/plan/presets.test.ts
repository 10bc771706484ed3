// Each number and date of the presets, asserted against the clause it comes from.
import { describe, expect, it } from "vitest";
import { reportingCalendar } from "../../src/deadlines/index.js";
import { definePlan, type Plan } from "../../src/plan/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";

const indicator = (plan: Plan, id: string) => {
  const found = plan.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};
const targets = (plan: Plan, id: string) =>
  indicator(plan, id).milestones.map((m) => [m.year, m.target, m.citation.clause]);

describe("hungYen53 against Plan 53/KH-UBND", () => {
  it("is the plan of 25 March 2022, signed by Vice-Chairman Nguyễn Duy Hưng (header)", () => {
    expect(hungYen53.document.number).toBe("53/KH-UBND");
    expect(hungYen53.document.issueDate).toBe("2022-03-25");
    expect(hungYen53.document.issuer.vi).toBe("Ủy ban nhân dân tỉnh Hưng Yên");
    expect(hungYen53.document.signer?.name).toBe("Nguyễn Duy Hưng");
  });

  it("rests on 2282/QĐ-TTg of 2020-12-31 and 6164/BNV-TH of 2021-12-03 (preamble)", () => {
    expect(hungYen53.legalBasis.map((d) => [d.number, d.issueDate])).toEqual([
      ["2282/QĐ-TTg", "2020-12-31"],
      ["6164/BNV-TH", "2021-12-03"],
    ]);
  });

  it("covers 2021–2030 (title)", () => {
    expect(hungYen53.period).toEqual({ start: 2021, end: 2030 });
  });

  it("I.1.1: 60% by 2025 and 75% by 2030 of agencies and local governments have a female key leader", () => {
    expect(targets(hungYen53, "agencies-with-female-key-leader")).toEqual([
      [2025, "60%", "I.1.1"],
      [2030, "75%", "I.1.1"],
    ]);
    expect(indicator(hungYen53, "agencies-with-female-key-leader").measure).toBe(
      "units-with-female-key-leader",
    );
  });

  it("I.1.2: at least 40% women in the planning pool by 2025, 50% by 2030", () => {
    expect(targets(hungYen53, "women-in-planning-pool")).toEqual([
      [2025, "40%", "I.1.2"],
      [2030, "50%", "I.1.2"],
    ]);
  });

  it("I.1.3: 75% of the women in the pool trained by 2025, 90% by 2030", () => {
    expect(targets(hungYen53, "trained-women-in-planning-pool")).toEqual([
      [2025, "75%", "I.1.3"],
      [2030, "90%", "I.1.3"],
    ]);
  });

  it("I.1.1 last sentence: sectors strictly below 30% female may adjust, no formula, target I.1.1 only", () => {
    expect(hungYen53.adjustment).toMatchObject({
      threshold: "30%",
      comparison: "strictly-below",
      permission: "may",
      formula: null,
      basis: "sector",
      appliesTo: ["agencies-with-female-key-leader"],
      citation: { document: "53/KH-UBND", clause: "I.1.1" },
    });
    expect(hungYen53.adjustment?.text.vi).toContain("thấp dưới 30%");
  });

  it("IV.6.b: units report to the provincial People's Committee through Home Affairs before 15/11 every year", () => {
    const duty = hungYen53.reportingDuties.find((d) => d.id === "provincial-units-annual-report");
    expect(duty).toMatchObject({
      actor: "provincial-units",
      recipient: "provincial-peoples-committee",
      via: "department-of-home-affairs",
      schedule: { kind: "annual", due: { month: 11, day: 15, inclusive: false } },
      citation: { clause: "IV.6.b" },
    });
  });

  it("IV.6.b for districts lapses with the district level on 2025-06-30", () => {
    const duty = hungYen53.reportingDuties.find((d) => d.id === "district-annual-report");
    expect(duty?.validTo).toBe("2025-06-30");
    expect(duty?.schedule).toEqual({ kind: "annual", due: { month: 11, day: 15, inclusive: false } });
  });

  it("IV.1.b: Home Affairs reports to the Ministry every year, and the text gives no day", () => {
    const duty = hungYen53.reportingDuties.find((d) => d.id === "home-affairs-report-to-ministry");
    expect(duty?.schedule).toEqual({ kind: "annual", due: null });
    expect(duty?.recipient).toBe("ministry-of-home-affairs");
  });

  it("IV.1.c: preliminary review in 2025, final review in 2030, no day given", () => {
    const reviews = hungYen53.reportingDuties.filter((d) => d.schedule.kind === "once");
    expect(reviews.map((d) => [d.id, d.schedule])).toEqual([
      ["preliminary-review", { kind: "once", year: 2025, due: null }],
      ["final-review", { kind: "once", year: 2030, due: null }],
    ]);
  });

  it("has responsibilities for every actor of IV.1–IV.8, each cited", () => {
    const clauses = new Set(
      hungYen53.responsibilities.map((r) => r.citation.clause.split(".").slice(0, 2).join(".")),
    );
    for (const c of ["IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "IV.6", "IV.7", "IV.8"])
      expect(clauses).toContain(c);
    const requested = hungYen53.actors.filter((a) => a.requested).map((a) => a.id);
    expect(requested).toEqual(["fatherland-front-and-organisations", "womens-union"]);
  });

  it("has requirements I.2.1–I.2.2, tasks II.1–II.5 with the lettered items, funding III.1–III.2", () => {
    expect(hungYen53.requirements.map((r) => r.id)).toEqual(["I.2.1", "I.2.2"]);
    expect(hungYen53.tasks.map((t) => t.id)).toEqual(["II.1", "II.2", "II.3", "II.4", "II.5"]);
    expect(hungYen53.tasks.find((t) => t.id === "II.2")?.items.map((i) => i.id)).toEqual([
      "II.2.a",
      "II.2.b",
      "II.2.c",
      "II.2.d",
    ]);
    expect(hungYen53.tasks.find((t) => t.id === "II.3")?.items.map((i) => i.id)).toEqual([
      "II.3.a",
      "II.3.b",
      "II.3.c",
    ]);
    expect(new Set(hungYen53.fundingSources.map((f) => f.citation.clause))).toEqual(
      new Set(["III.1", "III.2"]),
    );
  });

  it("knows three tiers until 2025-06-30 and two from 2025-07-01", () => {
    expect(hungYen53.localGovernment.map((p) => [p.from, p.to, p.tiers])).toEqual([
      ["2021-01-01", "2025-06-30", ["province", "district", "commune"]],
      ["2025-07-01", undefined, ["province", "commune"]],
    ]);
  });

  it("dates the departments merged in 2025 and names their successors", () => {
    const labour = hungYen53.actors.find((a) => a.id === "department-of-labour");
    expect(labour?.validTo).toBe("2025-02-28");
    expect(labour?.successors).toEqual(["department-of-home-affairs"]);
    expect(hungYen53.actors.find((a) => a.id === "district-peoples-committees")?.validTo).toBe("2025-06-30");
  });

  it("records the documented default readings", () => {
    expect(hungYen53.settings).toEqual({
      keyLeaders: "heads-and-deputies",
      scope: { unitKinds: ["state-agency", "local-government"], tiers: "all-in-force" },
      unitTargetReading: "at-least-share",
      deadlineRollForward: "none",
      missingUnits: "count-as-not-met",
      lapsedTiers: "exclude",
      adjustment: { default: { policy: "none" }, bySector: {}, byUnit: {} },
    });
  });

  it("cites every indicator, milestone, duty, responsibility and provision", () => {
    const cited = [
      ...hungYen53.indicators,
      ...hungYen53.indicators.flatMap((i) => i.milestones),
      ...hungYen53.reportingDuties,
      ...hungYen53.responsibilities,
      ...hungYen53.requirements,
      ...hungYen53.tasks,
      ...hungYen53.tasks.flatMap((t) => t.items),
      ...hungYen53.fundingSources,
    ];
    for (const x of cited) expect(x.citation.document).toMatch(/^53\/KH-UBND$/);
    expect(cited.length).toBeGreaterThan(40);
  });
});

describe("national2282 against Decision 2282/QĐ-TTg", () => {
  it("is the Prime Minister's decision of 2020-12-31 for 2021–2030", () => {
    expect(national2282.document).toMatchObject({ number: "2282/QĐ-TTg", issueDate: "2020-12-31" });
    expect(national2282.document.issuer.en).toBe("Prime Minister");
    expect(national2282.period).toEqual({ start: 2021, end: 2030 });
    expect(national2282.jurisdiction.level).toBe("national");
  });

  it("has the three numeric targets 60/75, 40/50, 75/90", () => {
    expect(targets(national2282, "agencies-with-female-key-leader").map(([y, t]) => [y, t])).toEqual([
      [2025, "60%"],
      [2030, "75%"],
    ]);
    expect(targets(national2282, "women-in-planning-pool").map(([y, t]) => [y, t])).toEqual([
      [2025, "40%"],
      [2030, "50%"],
    ]);
    expect(targets(national2282, "trained-women-in-planning-pool").map(([y, t]) => [y, t])).toEqual([
      [2025, "75%"],
      [2030, "90%"],
    ]);
  });

  it("has the qualitative target on ethnic-minority leaders, with no milestones, which Plan 53 omits", () => {
    const q = indicator(national2282, "ethnic-minority-leaders");
    expect(q.measure).toBe("qualitative");
    expect(q.milestones).toEqual([]);
    expect(q.statement?.vi.length).toBeGreaterThan(0);
    expect(hungYen53.indicators.some((i) => i.measure === "qualitative")).toBe(false);
  });

  it("has the 30% adjustment clause and the 2025 and 2030 reviews", () => {
    expect(national2282.adjustment?.threshold).toBe("30%");
    expect(national2282.adjustment?.comparison).toBe("strictly-below");
    expect(national2282.reportingDuties.map((d) => d.schedule)).toEqual([
      { kind: "once", year: 2025, due: null },
      { kind: "once", year: 2030, due: null },
    ]);
  });
});

describe("presets as defined plans", () => {
  it.each([
    ["hungYen53", hungYen53],
    ["national2282", national2282],
  ])("%s is deeply frozen and is itself a valid configuration", (_name, plan) => {
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.indicators[0]?.milestones[0]?.citation)).toBe(true);
    expect(definePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });
});

describe("hungYen53 in time", () => {
  it("has exactly one unit-report deadline in each year from its issue (2022) to 2030, on 14 November", () => {
    const all = reportingCalendar(hungYen53, { from: 2021, to: 2030, asOf: "2026-11-26" }).filter(
      (d) => d.dutyId === "provincial-units-annual-report",
    );
    expect(all.map((d) => [d.year, d.lastOnTimeDate])).toEqual(
      Array.from({ length: 9 }, (_, i) => [2022 + i, `${2022 + i}-11-14`]),
    );
  });

  it("lists the districts' report only while districts existed (2022–2024)", () => {
    const districts = reportingCalendar(hungYen53, { from: 2021, to: 2030, asOf: "2026-11-26" }).filter(
      (d) => d.dutyId === "district-annual-report",
    );
    expect(districts.map((d) => d.year)).toEqual([2022, 2023, 2024]);
  });
});
