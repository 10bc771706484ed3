import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import {
  definePlan,
  type PlanConfig,
  PlanConfigError,
  PlanConfigSchema,
  safeDefinePlan,
  type ValidationIssue,
} from "../../src/index.js";
import { deepFreeze } from "../../src/internal/walk.js";
import { hungYen53 } from "../../src/presets/index.js";
import { planConfig } from "../arbitraries/plan.js";
import { fc, test } from "../helpers/prop.js";

/** A mutable copy of the Plan 53 preset, as a configuration to break. */
const config = (): any => JSON.parse(JSON.stringify(hungYen53));

function issuesOf(input: unknown): readonly ValidationIssue[] {
  const r = safeDefinePlan(input);
  if (r.success) throw new Error("expected the configuration to be refused");
  return r.issues;
}

function expectIssue(input: unknown, code: string, path: (string | number)[]) {
  const issues = issuesOf(input);
  const issue = issues.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue, JSON.stringify(issues)).toBeDefined();
  expect(issue?.message.vi.trim()).not.toBe("");
  expect(issue?.message.en.trim()).not.toBe("");
  return issue;
}

describe("rejections: each with its code, path and both messages", () => {
  it("refuses a target above 100%", () => {
    const c = config();
    c.indicators[0].milestones[1].target = "120%";
    const issue = expectIssue(c, "share.out-of-range", ["indicators", 0, "milestones", 1, "target"]);
    expect(issue?.message.vi).toBe("Tỷ lệ 120% nằm ngoài khoảng 0–100%.");
    expect(issue?.message.en).toBe("The share 120% is outside 0–100%.");
  });

  it("refuses a negative target", () => {
    const c = config();
    c.indicators[0].milestones[0].target = "-5%";
    expectIssue(c, "share.out-of-range", ["indicators", 0, "milestones", 0, "target"]);
  });

  it("refuses a bare 60 where a share is meant, and never reads it as 6000%", () => {
    const c = config();
    c.indicators[0].milestones[0].target = 60;
    const issue = expectIssue(c, "share.bare-number", ["indicators", 0, "milestones", 0, "target"]);
    expect(issue?.message.en).toContain('"60%"');
    expect(issue?.message.vi).toContain('"60%"');
  });

  it('accepts "60%", "0.6" and { percent: "60" } alike', () => {
    for (const target of ["60%", "0.6", { percent: "60" }, { fraction: "0.60" }]) {
      const c = config();
      c.indicators[0].milestones[0].target = target;
      expect(definePlan(c).indicators[0]?.milestones[0]?.target).toBe("60%");
    }
  });

  it("refuses a duplicate milestone year", () => {
    const c = config();
    c.indicators[1].milestones[1].year = 2025;
    const issue = expectIssue(c, "milestone.duplicate-year", ["indicators", 1, "milestones", 1, "year"]);
    expect(issue?.params).toEqual({ year: 2025, indicator: "women-in-planning-pool" });
  });

  it("refuses a milestone outside the period", () => {
    const c = config();
    c.indicators[2].milestones[1].year = 2035;
    const issue = expectIssue(c, "milestone.outside-period", ["indicators", 2, "milestones", 1, "year"]);
    expect(issue?.message.en).toBe("Milestone year 2035 lies outside the period 2021–2030.");
  });

  it("refuses a reversed period", () => {
    const c = config();
    c.period = { start: 2030, end: 2021 };
    expectIssue(c, "period.reversed", ["period", "end"]);
  });

  it("refuses an unknown indicator id in the adjustment clause", () => {
    const c = config();
    c.adjustment.appliesTo = ["agencies-with-female-key-leader", "no-such-indicator"];
    const issue = expectIssue(c, "indicator.unknown-id", ["adjustment", "appliesTo", 1]);
    expect(issue?.params).toEqual({ id: "no-such-indicator" });
  });

  it("refuses an unknown actor in a duty and in a responsibility", () => {
    const c = config();
    c.reportingDuties[0].via = "department-of-nowhere";
    c.responsibilities[3].actor = "ghost";
    expectIssue(c, "actor.unknown-id", ["reportingDuties", 0, "via"]);
    expectIssue(c, "actor.unknown-id", ["responsibilities", 3, "actor"]);
  });

  it("refuses duplicate indicator ids and duplicate duty ids", () => {
    const c = config();
    c.indicators[1].id = c.indicators[0].id;
    expectIssue(c, "indicator.duplicate-id", ["indicators", 1, "id"]);
    const d = config();
    d.reportingDuties[1].id = d.reportingDuties[0].id;
    expectIssue(d, "id.duplicate", ["reportingDuties", 1, "id"]);
  });

  it("refuses an invalid ISO date such as 2025-02-30", () => {
    const c = config();
    c.document.issueDate = "2025-02-30";
    const issue = expectIssue(c, "date.invalid", ["document", "issueDate"]);
    expect(issue?.message.en).toBe('"2025-02-30" is not a day that exists.');
    const d = config();
    d.actors[3].validTo = "2025-13-01";
    expectIssue(d, "date.invalid", ["actors", 3, "validTo"]);
  });

  it("refuses validity dates in the wrong order", () => {
    const c = config();
    c.actors[3].validFrom = "2026-01-01";
    expectIssue(c, "date.range-reversed", ["actors", 3, "validTo"]);
  });

  it("refuses an empty name, in either language", () => {
    const c = config();
    c.indicators[0].name.vi = "  ";
    const issue = expectIssue(c, "text.empty", ["indicators", 0, "name", "vi"]);
    expect(issue?.message.vi).toBe("Tên hoặc nội dung không được để trống.");
    const d = config();
    d.actors[0].name.en = "";
    expectIssue(d, "text.empty", ["actors", 0, "name", "en"]);
  });

  it("refuses a due day that does not exist", () => {
    const c = config();
    c.reportingDuties[0].schedule.due = { month: 2, day: 30, inclusive: false };
    expectIssue(c, "due-day.invalid", ["reportingDuties", 0, "schedule", "due"]);
  });

  it("refuses a quantitative indicator without milestones", () => {
    const c = config();
    c.indicators[0].milestones = [];
    expectIssue(c, "indicator.quantitative-without-milestones", ["indicators", 0, "milestones"]);
  });

  it("refuses a local-government structure with a gap", () => {
    const c = config();
    c.localGovernment[1].from = "2025-08-01";
    expectIssue(c, "tiers.unordered", ["localGovernment", 1, "from"]);
  });

  it("refuses unknown keys and wrong types with zod's codes, translated", () => {
    const c = config();
    c.indicators[0].colour = "red";
    c.period.start = "2021";
    expectIssue(c, "unrecognized_keys", ["indicators", 0]);
    expectIssue(c, "invalid_type", ["period", "start"]);
  });

  it("reports every issue at once, not only the first", () => {
    const c = config();
    c.indicators[0].milestones[0].target = 60;
    c.document.issueDate = "2025-02-30";
    c.actors[0].name.vi = "";
    expect(
      issuesOf(c)
        .map((i) => i.code)
        .sort(),
    ).toEqual(["date.invalid", "share.bare-number", "text.empty"]);
  });
});

describe("definePlan", () => {
  it("throws a PlanConfigError holding the same issues", () => {
    const c = config();
    c.period = { start: 2030, end: 2021 };
    const expected = issuesOf(c);
    let error: unknown;
    try {
      definePlan(c);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanConfigError);
    expect((error as PlanConfigError).issues).toEqual(expected);
    expect((error as PlanConfigError).message).toContain("period.end");
  });

  it("lists at most ten issues in the error message", () => {
    const c = config();
    for (const r of c.responsibilities) r.actor = "ghost";
    const e = (() => {
      try {
        definePlan(c);
      } catch (x) {
        return x as PlanConfigError;
      }
      throw new Error("not thrown");
    })();
    expect(e.issues.length).toBe(c.responsibilities.length);
    expect(e.message).toContain(`and ${c.responsibilities.length - 10} more`);
  });

  it("fills the documented defaults", () => {
    const c = config();
    delete c.settings;
    delete c.adjustment;
    delete c.tasks;
    const plan = definePlan(c);
    expect(plan.settings.keyLeaders).toBe("heads-and-deputies");
    expect(plan.settings.missingUnits).toBe("count-as-not-met");
    expect(plan.adjustment).toBeNull();
    expect(plan.tasks).toEqual([]);
  });

  it('refuses "__proto__" and "constructor" keys and pollutes nothing', () => {
    const text = JSON.stringify(config()).replace(
      '"period":',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"period":',
    );
    const input = JSON.parse(text);
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["key.forbidden", ["__proto__"]],
      ["key.forbidden", ["constructor"]],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("deepFreeze freezes nested arrays and objects and tolerates frozen parts", () => {
    const x = deepFreeze({ a: [{ b: 1 }], c: Object.freeze({ d: { e: 2 } }) });
    expect(Object.isFrozen(x.a[0])).toBe(true);
    expect(Object.isFrozen(x.c)).toBe(true);
  });
});

describe("properties", () => {
  test.prop([planConfig])("a defined plan survives JSON.stringify → definePlan unchanged", (input) => {
    const plan = definePlan(input);
    const again = definePlan(JSON.parse(JSON.stringify(plan)));
    expect(isDeepStrictEqual(again, plan)).toBe(true);
  });

  test.prop([planConfig])("definePlan never mutates its input and returns a deeply frozen plan", (input) => {
    const before = JSON.stringify(input);
    const plan = definePlan(input);
    expect(JSON.stringify(input)).toBe(before);
    const stack: unknown[] = [plan];
    while (stack.length > 0) {
      const x = stack.pop();
      if (typeof x === "object" && x !== null) {
        expect(Object.isFrozen(x)).toBe(true);
        stack.push(...Object.values(x));
      }
    }
  });

  test.prop([planConfig, fc.integer({ min: 101, max: 100_000 })])(
    "a target above 100% anywhere is refused at its path",
    (input, over) => {
      const c = JSON.parse(JSON.stringify(input));
      c.indicators[0].milestones[0].target = `${over}%`;
      const issues = issuesOf(c as PlanConfig);
      expect(
        issues.some(
          (i) => i.code === "share.out-of-range" && i.path.join(".") === "indicators.0.milestones.0.target",
        ),
      ).toBe(true);
    },
  );
});

describe("more rejections", () => {
  it("refuses milestones on a qualitative indicator", () => {
    const c = config();
    c.indicators[0].measure = "qualitative";
    expectIssue(c, "indicator.qualitative-with-milestones", ["indicators", 0, "milestones"]);
  });
  it("refuses a structure that does not cover the whole period", () => {
    const c = config();
    c.localGovernment[0].from = "2022-01-01";
    const issue = expectIssue(c, "tiers.period-not-covered", ["localGovernment"]);
    expect(issue?.message.en).toBe("The local-government structure must cover the whole period 2021–2030.");
  });
  it("refuses a one-off duty outside the period, a duplicate legal basis and a blank document number", () => {
    const c = config();
    const review = c.reportingDuties.findIndex((d: { id: string }) => d.id === "preliminary-review");
    c.reportingDuties[review].schedule.year = 2031;
    expectIssue(c, "milestone.outside-period", ["reportingDuties", review, "schedule", "year"]);
    const d = config();
    d.legalBasis[1].number = d.legalBasis[0].number;
    expectIssue(d, "id.duplicate", ["legalBasis", 1, "number"]);
    const e = config();
    e.document.number = "   ";
    expectIssue(e, "text.empty", ["document", "number"]);
  });
  it("does not share default objects between plans", () => {
    const c = config();
    delete c.settings;
    const a = PlanConfigSchema.parse(c);
    (a.settings.scope.unitKinds as string[]).push("peoples-council");
    expect(definePlan(c).settings.scope.unitKinds).toEqual(["state-agency", "local-government"]);
  });
  it("freezes the children of an object that was already frozen", () => {
    const inner = { d: { e: 1 } };
    const x = deepFreeze({ c: Object.freeze(inner) });
    expect(Object.isFrozen(x.c.d)).toBe(true);
  });
});
