// The parameters of each cross-field refusal of a plan configuration (what a message is built from), exactly; and
// the guards in front of a plan: a hand-built plan is checked like a configuration, with its issues under the
// argument's name.
import { describe, expect, it } from "vitest";
import { canonicalCitation, inheritedValues, safeDefinePlan } from "../../src/index.js";
import { readAdjustmentSettings } from "../../src/plan/adjustment-settings.js";
import { hungYen53Config } from "../../src/presets/hung-yen-53.config.js";
import { hungYen53 } from "../../src/presets/index.js";
import { refusal } from "../helpers/issues.js";

// A configuration changed by hand for each case.
type Config = any;
const config = (change: (c: Config) => void): Config => {
  const c = structuredClone(hungYen53Config) as Config;
  change(c);
  return c;
};
const issuesOf = (input: unknown) => {
  const r = safeDefinePlan(input);
  return r.success ? "accepted" : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
};

describe("cross-field refusals name what is wrong", () => {
  it.each<[string, (c: Config) => void, unknown]>([
    [
      "a due day that no year has",
      (c) => {
        c.reportingDuties[0].schedule.due = { month: 2, day: 30, inclusive: false };
      },
      [
        {
          code: "due-day.invalid",
          path: ["reportingDuties", 0, "schedule", "due"],
          params: { month: 2, day: 30 },
        },
      ],
    ],
    [
      "an indicator twice",
      (c) => {
        c.indicators.push(structuredClone(c.indicators[0]));
      },
      [
        {
          code: "indicator.duplicate-id",
          path: ["indicators", 3, "id"],
          params: { id: "agencies-with-female-key-leader", collection: "indicators" },
        },
      ],
    ],
    [
      "a task twice",
      (c) => {
        c.tasks.push(structuredClone(c.tasks[0]));
      },
      [{ code: "id.duplicate", path: ["tasks", 5, "id"], params: { id: "II.1", collection: "tasks" } }],
    ],
    [
      "a legal basis twice",
      (c) => {
        c.legalBasis.push(structuredClone(c.legalBasis[0]));
      },
      [
        {
          code: "id.duplicate",
          path: ["legalBasis", hungYen53Config.legalBasis.length, "number"],
          params: { id: "2282/QĐ-TTg", collection: "legalBasis" },
        },
      ],
    ],
    [
      "milestones on a qualitative indicator",
      (c) => {
        c.indicators[0].measure = "qualitative";
      },
      [
        {
          code: "indicator.qualitative-with-milestones",
          path: ["indicators", 0, "milestones"],
          params: { id: "agencies-with-female-key-leader" },
        },
      ],
    ],
    [
      "a counted indicator without milestones",
      (c) => {
        c.indicators[1].milestones = [];
      },
      [
        {
          code: "indicator.quantitative-without-milestones",
          path: ["indicators", 1, "milestones"],
          params: { id: "women-in-planning-pool" },
        },
      ],
    ],
    [
      "a milestone year twice",
      (c) => {
        c.indicators[2].milestones.push(structuredClone(c.indicators[2].milestones[0]));
      },
      [
        {
          code: "milestone.duplicate-year",
          path: ["indicators", 2, "milestones", 2, "year"],
          params: { year: 2025, indicator: "trained-women-in-planning-pool" },
        },
      ],
    ],
    [
      "a responsibility of an actor the plan does not name",
      (c) => {
        c.responsibilities[0].actor = "no-such-actor";
      },
      [{ code: "actor.unknown-id", path: ["responsibilities", 0, "actor"], params: { id: "no-such-actor" } }],
    ],
    [
      "local government that ends before the plan does",
      (c) => {
        c.localGovernment = c.localGovernment.map((p: Config, i: number, all: Config[]) =>
          i === all.length - 1 ? { ...p, to: "2029-12-31" } : p,
        );
      },
      [
        {
          code: "tiers.period-not-covered",
          path: ["localGovernment"],
          params: { start: 2021, end: 2030 },
        },
      ],
    ],
  ])("%s", (_, change, expected) => {
    expect(issuesOf(config(change))).toEqual(expected);
  });

  it("reads what is not an object, or lists with holes, without a crash", () => {
    for (const input of [null, 5, "plan", true]) {
      expect(safeDefinePlan(input).success, String(input)).toBe(false);
    }
    const holes = config((c) => {
      c.indicators = [null, ...c.indicators, 7];
      c.tasks = [null, ...c.tasks];
    });
    const r = issuesOf(holes);
    expect(Array.isArray(r) && r.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["indicators.0", "tasks.0"]),
    );
  });
});

describe("a plan given to a function", () => {
  const copy = () => JSON.parse(JSON.stringify(hungYen53)) as Config;

  it("may be a hand-built copy, checked like a configuration", () => {
    expect(inheritedValues(copy(), hungYen53).length).toBe(inheritedValues(hungYen53, hungYen53).length);
    const bad = copy();
    bad.actors[0].id = 5;
    expect(refusal(() => inheritedValues(bad, hungYen53))).toEqual({
      error: "InvalidInputError",
      issues: [expect.objectContaining({ code: "invalid_type", path: ["base", "actors", 0, "id"] })],
    });
  });

  it("must be an object: the error names the argument and what a plan is", () => {
    expect(refusal(() => canonicalCitation("plan" as never, { document: "x", clause: "y" }))).toEqual({
      error: "InvalidInputError",
      issues: [
        {
          code: "argument.type",
          path: ["plan"],
          params: { path: "plan", expected: "plan", received: "string" },
        },
      ],
    });
  });
});

describe("canonicalCitation", () => {
  it("renames an old clause id of the plan's own document only", () => {
    expect(canonicalCitation(hungYen53, { document: "53/KH-UBND", clause: "I.1.1.1" })).toEqual({
      document: "53/KH-UBND",
      clause: "I.1.1",
    });
    expect(canonicalCitation(hungYen53, { document: "2282/QĐ-TTg", clause: "I.1.1.1" })).toEqual({
      document: "2282/QĐ-TTg",
      clause: "I.1.1.1",
    });
    expect(canonicalCitation(hungYen53, { document: "53/KH-UBND", clause: "II.1" })).toEqual({
      document: "53/KH-UBND",
      clause: "II.1",
    });
  });

  it("refuses a citation that is not one, at its path under citation", () => {
    expect(refusal(() => canonicalCitation(hungYen53, { document: 5 } as never))).toEqual({
      error: "InvalidInputError",
      issues: [
        expect.objectContaining({ code: "invalid_type", path: ["citation", "document"] }),
        expect.objectContaining({ code: "required", path: ["citation", "clause"] }),
      ],
    });
  });
});

describe("adjustment settings", () => {
  const path = ["options", "settings", "adjustment"];
  const justification = { vi: "Ngành công an có ít nữ", en: "Few women in the police" };
  const approvedBy = { number: "15/QĐ-UBND", issueDate: "2024-03-01", issuer: "UBND tỉnh" };
  const explicit = (extra: object) => ({
    default: { policy: "none" },
    bySector: { police: { policy: "explicit", target: "25%", ...extra } },
  });

  it("take an explicit target only with both a justification and the approving document", () => {
    expect(() => readAdjustmentSettings(explicit({ justification, approvedBy }), path)).not.toThrow();
    for (const extra of [{ justification }, { approvedBy }, {}]) {
      expect(refusal(() => readAdjustmentSettings(explicit(extra), path))).toEqual({
        error: "InvalidInputError",
        issues: [
          expect.objectContaining({
            code: "adjustment.justification-required",
            path: [...path, "bySector", "police"],
          }),
        ],
      });
    }
  });

  it("refuse a polluting key before reading, and put every issue under their path", () => {
    const polluted = JSON.parse('{"default": {"policy": "none"}, "__proto__": {"x": 1}}');
    expect(refusal(() => readAdjustmentSettings(polluted, path))).toEqual({
      error: "InvalidInputError",
      issues: [expect.objectContaining({ path: [...path, "__proto__"] })],
    });
    expect(refusal(() => readAdjustmentSettings({ default: { policy: "never" } }, path))).toEqual({
      error: "InvalidInputError",
      issues: [expect.objectContaining({ path: [...path, "default", "policy"] })],
    });
  });
});
