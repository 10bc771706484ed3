import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import {
  LocalGovernmentPeriodSchema,
  LocalGovernmentStructureSchema,
  tiersInForce,
  validateLocalGovernment,
} from "../../src/organisation/index.js";
import { VIETNAM_LOCAL_GOVERNMENT } from "../../src/presets/index.js";
import { fc, test } from "../helpers/prop.js";

const issuesOf = (input: unknown) => {
  const r = validateLocalGovernment(input);
  return r.success ? [] : r.issues.map((i) => [i.code, i.path]);
};

describe("VIETNAM_LOCAL_GOVERNMENT", () => {
  it("has three tiers up to 30 June 2025 and two from 1 July 2025", () => {
    expect(tiersInForce(VIETNAM_LOCAL_GOVERNMENT, "2021-01-01")).toEqual(["province", "district", "commune"]);
    expect(tiersInForce(VIETNAM_LOCAL_GOVERNMENT, "2025-06-30")).toEqual(["province", "district", "commune"]);
    expect(tiersInForce(VIETNAM_LOCAL_GOVERNMENT, "2025-07-01")).toEqual(["province", "commune"]);
    expect(tiersInForce(VIETNAM_LOCAL_GOVERNMENT, "2030-12-31")).toEqual(["province", "commune"]);
  });

  it("is valid and deeply frozen", () => {
    expect(validateLocalGovernment(VIETNAM_LOCAL_GOVERNMENT)).toEqual({
      success: true,
      structure: VIETNAM_LOCAL_GOVERNMENT,
    });
    expect(Object.isFrozen(VIETNAM_LOCAL_GOVERNMENT)).toBe(true);
    for (const p of VIETNAM_LOCAL_GOVERNMENT) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.tiers)).toBe(true);
    }
  });
});

describe("tiersInForce", () => {
  it("refuses a date before the first period, or in no period", () => {
    expect(() => tiersInForce(VIETNAM_LOCAL_GOVERNMENT, "2020-12-31")).toThrow(InvalidInputError);
    const closed = [{ from: "2021-01-01", to: "2021-12-31", tiers: ["province"] as const }];
    expect(() => tiersInForce(closed, "2022-01-01")).toThrow(/2022-01-01.*\[tiers\.date-not-covered\]/);
  });

  it("refuses a date that does not exist", () => {
    expect(() => tiersInForce(VIETNAM_LOCAL_GOVERNMENT, "2025-02-29")).toThrow(InvalidInputError);
  });

  test.prop([
    fc.date({
      min: new Date("2021-01-01T00:00:00Z"),
      max: new Date("2040-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
  ])("has districts exactly before 2025-07-01", (d) => {
    const date = d.toISOString().slice(0, 10);
    expect(tiersInForce(VIETNAM_LOCAL_GOVERNMENT, date).includes("district")).toBe(date < "2025-07-01");
  });
});

describe("validateLocalGovernment", () => {
  const three = ["province", "district", "commune"];
  it.each([
    [
      "a gap",
      [
        { from: "2021-01-01", to: "2025-06-29", tiers: three },
        { from: "2025-07-01", tiers: ["province", "commune"] },
      ],
    ],
    [
      "an overlap",
      [
        { from: "2021-01-01", to: "2025-07-01", tiers: three },
        { from: "2025-07-01", tiers: ["province", "commune"] },
      ],
    ],
    [
      "periods out of order",
      [
        { from: "2025-07-01", to: "2030-12-31", tiers: ["province", "commune"] },
        { from: "2021-01-01", tiers: three },
      ],
    ],
    [
      "an open period before another",
      [
        { from: "2021-01-01", tiers: three },
        { from: "2025-07-01", tiers: ["province", "commune"] },
      ],
    ],
  ])("refuses %s with tiers.unordered", (_, structure) => {
    expect(issuesOf(structure)).toEqual([["tiers.unordered", [1, "from"]]]);
  });

  it("follows on across a month and a leap day", () => {
    expect(
      issuesOf([
        { from: "2024-01-01", to: "2024-02-28", tiers: three },
        { from: "2024-02-29", to: "2024-02-29", tiers: three },
        { from: "2024-03-01", to: "2024-12-31", tiers: three },
        { from: "2025-01-01", tiers: three },
      ]),
    ).toEqual([]);
  });

  it.each([
    [[], "too_small", []],
    [[{ from: "2025-07-01", to: "2025-06-30", tiers: three }], "date.range-reversed", [0, "to"]],
    [[{ from: "2025-07-01", tiers: [] }], "too_small", [0, "tiers"]],
    [
      [{ from: "2025-07-01", tiers: ["province", "commune", "province"] }],
      "tiers.duplicate",
      [0, "tiers", 2],
    ],
    [[{ from: "2025-02-30", tiers: three }], "date.invalid", [0, "from"]],
    [[{ from: "2025-07-01", tiers: ["ward"] }], "invalid_value", [0, "tiers", 0]],
  ])("refuses %j with %s", (structure, code, path) => {
    expect(issuesOf(structure)).toEqual([[code, path]]);
  });

  it("returns a frozen copy", () => {
    const input = [{ from: "2025-07-01", tiers: ["province", "commune"] }];
    const r = validateLocalGovernment(input);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.structure).toEqual(input);
    expect(Object.isFrozen(r.structure[0]?.tiers)).toBe(true);
    expect(Object.isFrozen(input[0])).toBe(false);
  });

  it("exposes the schemas", () => {
    expect(LocalGovernmentPeriodSchema.safeParse({ from: "2025-07-01", tiers: ["commune"] }).success).toBe(
      true,
    );
    expect(LocalGovernmentStructureSchema.safeParse(VIETNAM_LOCAL_GOVERNMENT).success).toBe(true);
  });
});
