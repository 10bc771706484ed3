// Each refusal about units and local government with its exact code, path and parameters (what a message is built
// from), the published JSON Schemas, and the relation checks with the parent anywhere in the list.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { UnitValidationError } from "../../src/errors/errors.js";
import { defineUnitsForReading } from "../../src/organisation/hierarchy.js";
import {
  LocalGovernmentStructureSchema,
  TierSchema,
  tiersInForce,
  UnitKindSchema,
  UnitSchema,
  validateLocalGovernment,
  validateUnits,
} from "../../src/organisation/index.js";
import { VIETNAM_LOCAL_GOVERNMENT } from "../../src/presets/index.js";
import { refusal } from "../helpers/issues.js";

const issuesOf = (r: {
  success: boolean;
  issues?: readonly { code: string; path: unknown; params?: unknown }[];
}) =>
  r.success ? "accepted" : (r.issues ?? []).map((i) => ({ code: i.code, path: i.path, params: i.params }));
const unit = (id: string, extra: object = {}) => ({
  id,
  kind: "peoples-committee",
  tier: "commune",
  ...extra,
});

describe("validateUnits names what is wrong", () => {
  it("with a list that is not one, or has a hole", () => {
    expect(issuesOf(validateUnits("units"))).toEqual([
      { code: "invalid_type", path: [], params: { expected: "array" } },
    ]);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    expect(issuesOf(validateUnits([, unit("a")]))).toEqual([
      {
        code: "argument.type",
        path: [0],
        params: { path: "0", expected: "object", received: "sparse-array" },
      },
    ]);
  });

  it.each<[string, object, unknown]>([
    [
      "dates reversed",
      { validFrom: "2025-07-01", validTo: "2025-06-30" },
      [
        {
          code: "date.range-reversed",
          path: [0, "validTo"],
          params: { from: "2025-07-01", to: "2025-06-30" },
        },
      ],
    ],
    ["one day", { validFrom: "2025-07-01", validTo: "2025-07-01" }, "accepted"],
    [
      "the reserved sector",
      { sector: "(none)" },
      [{ code: "unit.reserved-sector", path: [0, "sector"], params: { value: "(none)" } }],
    ],
    [
      "its own predecessor",
      { predecessors: ["old", "a"] },
      [{ code: "unit.self-predecessor", path: [0, "predecessors", 1], params: { id: "a" } }],
    ],
    ["an empty name", { name: " " }, [{ code: "text.empty", path: [0, "name"], params: { field: "name" } }]],
    [
      "an empty Vietnamese name",
      { name: { vi: "", en: "A" } },
      [{ code: "text.empty", path: [0, "name", "vi"], params: { field: "name.vi" } }],
    ],
    [
      "an empty English name",
      { name: { vi: "A", en: " " } },
      [{ code: "text.empty", path: [0, "name", "en"], params: { field: "name.en" } }],
    ],
    [
      "an empty sector",
      { sector: "" },
      [{ code: "text.empty", path: [0, "sector"], params: { field: "sector" } }],
    ],
    [
      "an empty parent",
      { parent: " " },
      [{ code: "text.empty", path: [0, "parent"], params: { field: "parent" } }],
    ],
    [
      "an empty predecessor",
      { predecessors: [""] },
      [{ code: "text.empty", path: [0, "predecessors", 0], params: { field: "predecessors" } }],
    ],
  ])("a unit with %s", (_, extra, expected) => {
    expect(issuesOf(validateUnits([unit("a", extra)]))).toEqual(expected);
  });

  it("an empty id", () => {
    expect(issuesOf(validateUnits([unit(" ")]))).toEqual([
      { code: "text.empty", path: [0, "id"], params: { field: "id" } },
    ]);
  });

  it("against a parent listed anywhere, not only first", () => {
    const units = [
      unit("x"),
      { id: "tinh", kind: "peoples-committee", tier: "province", validFrom: "2025-07-01" },
      unit("xa", { parent: "tinh", validFrom: "2025-01-01" }),
      { id: "so", kind: "state-agency", tier: "province", parent: "xa" },
    ];
    expect(issuesOf(validateUnits(units))).toEqual([
      {
        code: "unit.parent-not-in-force",
        path: [2, "parent"],
        params: { id: "xa", parent: "tinh", period: "2025-01-01 – …", parentPeriod: "2025-07-01 – …" },
      },
      {
        code: "unit.tier-above-parent",
        path: [3, "tier"],
        params: { id: "so", tier: "province", parent: "xa", parentTier: "commune" },
      },
    ]);
  });

  it("in a cycle that does not start with the first unit", () => {
    const units = [
      unit("r"),
      unit("a", { parent: "c" }),
      unit("b", { parent: "a" }),
      unit("c", { parent: "b" }),
    ];
    expect(issuesOf(validateUnits(units))).toEqual([
      { code: "unit.cycle", path: [1, "parent"], params: { id: "a", ids: ["a", "c", "b"] } },
    ]);
  });

  it("and defineUnitsForReading throws what validateUnits returns", () => {
    const bad = [unit("a", { parent: "nowhere" })];
    const r = validateUnits(bad);
    expect(() => defineUnitsForReading(bad)).toThrow(UnitValidationError);
    expect(refusal(() => defineUnitsForReading(bad))).toEqual({
      error: "UnitValidationError",
      issues: issuesOf(r),
    });
    expect(defineUnitsForReading([unit("a")])).toEqual([unit("a")]);
  });
});

describe("local government names what is wrong", () => {
  const open = { from: "2025-07-01", tiers: ["province", "commune"] };
  it.each<[string, unknown, unknown]>([
    [
      "a period reversed",
      [{ from: "2025-07-01", to: "2025-06-30", tiers: ["province"] }],
      [{ code: "date.range-reversed", path: [0, "to"], params: { from: "2025-07-01", to: "2025-06-30" } }],
    ],
    [
      "a period of one day",
      [
        { from: "2025-07-01", to: "2025-07-01", tiers: ["province"] },
        { ...open, from: "2025-07-02" },
      ],
      "accepted",
    ],
    [
      "a tier twice",
      [{ ...open, tiers: ["province", "commune", "province"] }],
      [{ code: "tiers.duplicate", path: [0, "tiers", 2], params: { tier: "province" } }],
    ],
    [
      "a period after an open one",
      [open, { ...open, from: "2026-01-01" }],
      [{ code: "tiers.unordered", path: [1, "from"], params: { from: "2026-01-01", previousTo: null } }],
    ],
    [
      "a gap",
      [{ from: "2021-01-01", to: "2025-06-29", tiers: ["province"] }, open],
      [
        {
          code: "tiers.unordered",
          path: [1, "from"],
          params: { from: "2025-07-01", previousTo: "2025-06-29" },
        },
      ],
    ],
  ])("%s", (_, input, expected) => {
    expect(issuesOf(validateLocalGovernment(input))).toEqual(expected);
  });

  it("tiersInForce refuses a bad structure under structure, and a bad or uncovered date at date", () => {
    expect(refusal(() => tiersInForce([open, open] as never, "2025-07-01"))).toEqual({
      error: "InvalidInputError",
      issues: [
        {
          code: "tiers.unordered",
          path: ["structure", 1, "from"],
          params: { from: "2025-07-01", previousTo: null },
        },
      ],
    });
    expect(refusal(() => tiersInForce(VIETNAM_LOCAL_GOVERNMENT, "2025-02-30"))).toMatchObject({
      issues: [{ code: "date.invalid", path: ["date"] }],
    });
    expect(refusal(() => tiersInForce([open] as never, "2025-06-30"))).toEqual({
      error: "InvalidInputError",
      issues: [{ code: "tiers.date-not-covered", path: ["date"], params: { date: "2025-06-30" } }],
    });
  });
});

describe("the JSON Schemas of units and local government", () => {
  it("carry their ids and descriptions", () => {
    const defs = (schema: z.ZodType) =>
      (z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as { $defs?: object }).$defs;
    expect({
      unit: defs(UnitSchema),
      tier: defs(TierSchema),
      kind: defs(UnitKindSchema),
      localGovernment: defs(LocalGovernmentStructureSchema),
    }).toMatchSnapshot();
  });
});
