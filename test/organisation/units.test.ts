import { describe, expect, it } from "vitest";
import { InvalidInputError, UnitValidationError } from "../../src/errors/errors.js";
import { fromZodIssues } from "../../src/i18n/index.js";
import {
  defineUnits,
  TIERS,
  TierSchema,
  tierRank,
  UNIT_KINDS,
  type Unit,
  UnitKindSchema,
  UnitSchema,
  unitsInForce,
  validateUnits,
} from "../../src/organisation/index.js";
import { quickUnit } from "../../src/organisation/unit.js";
import {
  forest,
  forestWithCycles,
  forestWithDuplicates,
  forestWithUnknownParents,
} from "../arbitraries/units.js";
import { fc, test } from "../helpers/prop.js";
import { runs } from "../helpers/runs.js";

const codes = (input: unknown) => {
  const r = validateUnits(input);
  return r.success ? [] : r.issues.map((i) => [i.code, i.path]);
};

const hungYen: Unit[] = [
  {
    id: "hy",
    name: { vi: "UBND tỉnh Hưng Yên", en: "Hưng Yên PC" },
    kind: "peoples-committee",
    tier: "province",
  },
  {
    id: "hy.snv",
    name: "Sở Nội vụ",
    kind: "state-agency",
    tier: "province",
    parent: "hy",
    sector: "home-affairs",
  },
  { id: "hy.kim-dong", kind: "peoples-committee", tier: "district", parent: "hy", validTo: "2025-06-30" },
  {
    id: "hy.kim-dong.xa-a",
    kind: "peoples-committee",
    tier: "commune",
    parent: "hy.kim-dong",
    validFrom: "2021-01-01",
    validTo: "2025-06-30",
  },
  {
    id: "hy.xa-moi",
    kind: "peoples-committee",
    tier: "commune",
    parent: "hy",
    validFrom: "2025-07-01",
    predecessors: ["hy.kim-dong.xa-a"],
  },
];

describe("UnitSchema", () => {
  it("accepts a unit with every field", () => {
    expect(UnitSchema.parse(hungYen[4])).toEqual(hungYen[4]);
    expect(UnitSchema.parse(hungYen[0])).toEqual(hungYen[0]);
  });

  it.each([
    [{ id: "a", kind: "other", tier: "province", validTo: "2025-02-30" }, "date.invalid", ["validTo"]],
    [{ id: "a", kind: "other", tier: "province", validFrom: "2025-7-1" }, "date.invalid", ["validFrom"]],
    [
      { id: "a", kind: "other", tier: "province", validFrom: "2025-07-01", validTo: "2025-06-30" },
      "date.range-reversed",
      ["validTo"],
    ],
    [{ id: " ", kind: "other", tier: "province" }, "text.empty", ["id"]],
    [{ id: "a", kind: "ministry", tier: "province" }, "invalid_value", ["kind"]],
    [{ id: "a", kind: "other", tier: "ward" }, "invalid_value", ["tier"]],
    [{ id: "a", kind: "other", tier: "commune", parnet: "b" }, "unrecognized_keys", []],
    [{ id: "a", kind: "other", tier: "commune", sector: "(none)" }, "unit.reserved-sector", ["sector"]],
    [
      { id: "a", kind: "other", tier: "commune", predecessors: ["b", "a"] },
      "unit.self-predecessor",
      ["predecessors", 1],
    ],
    [{ id: "a", kind: "other", tier: "commune", name: { vi: "Xã A", en: "" } }, "text.empty", ["name", "en"]],
    [{ id: "a", kind: "other", tier: "commune", name: 7 }, "invalid_union", ["name"]],
  ])("refuses %j with %s", (input, code, path) => {
    const r = UnitSchema.safeParse(input);
    expect(r.success).toBe(false);
    const issues = fromZodIssues(r.error?.issues ?? []);
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]?.path).toEqual(path);
    expect(issues[0]?.message.vi).not.toBe(issues[0]?.message.en);
  });

  it("quotes the impossible date in both languages", () => {
    const r = UnitSchema.safeParse({ id: "a", kind: "other", tier: "commune", validFrom: "2025-02-30" });
    const [issue] = fromZodIssues(r.error?.issues ?? []);
    expect(issue?.message.en).toContain('"2025-02-30"');
    expect(issue?.message.vi).toContain('"2025-02-30"');
  });

  it("knows the tiers and kinds", () => {
    expect(TIERS.map((t) => TierSchema.parse(t))).toEqual(["central", "province", "district", "commune"]);
    expect(TIERS.map(tierRank)).toEqual([0, 1, 2, 3]);
    expect(UNIT_KINDS.map((k) => UnitKindSchema.parse(k))).toEqual(UNIT_KINDS);
    expect(UNIT_KINDS).toContain("peoples-council");
    expect(UnitKindSchema.safeParse("ministry").success).toBe(false);
  });
});

describe("validateUnits", () => {
  it("accepts a hierarchy across the 2025 reorganisation and freezes it", () => {
    const r = validateUnits(hungYen);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.units).toEqual(hungYen);
    expect(Object.isFrozen(r.units)).toBe(true);
    expect(Object.isFrozen(r.units[0])).toBe(true);
    expect(Object.isFrozen(r.units[0]?.name)).toBe(true);
    expect(Object.isFrozen(r.units[4]?.predecessors)).toBe(true);
    expect(Object.isFrozen(hungYen[0])).toBe(false); // the input is left alone
  });

  it("refuses a list that is not an array", () => {
    expect(codes({ units: [] })).toEqual([["invalid_type", []]]);
  });

  it("reports schema issues with the unit's index first, before any relation check", () => {
    expect(
      codes([
        hungYen[0],
        { id: "x", kind: "other", tier: "commune", parent: "nowhere", validTo: "2025-13-01" },
      ]),
    ).toEqual([["date.invalid", [1, "validTo"]]]);
  });

  it("reports a duplicate id on each later occurrence, naming the first", () => {
    const r = validateUnits([hungYen[0], hungYen[1], { ...hungYen[1], kind: "other" }, hungYen[1]]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path, i.params["first"]])).toEqual([
      ["unit.duplicate-id", [2, "id"], 1],
      ["unit.duplicate-id", [3, "id"], 1],
    ]);
  });

  it("reports an unknown parent at the parent field", () => {
    expect(codes([hungYen[0], { ...hungYen[1], parent: "hy.ubnd" }])).toEqual([
      ["unit.unknown-parent", [1, "parent"]],
    ]);
  });

  it("reports a cycle once, with its ids in parent order from the unit listed first", () => {
    const r = validateUnits([
      { id: "root", kind: "other", tier: "province" },
      { id: "b", kind: "other", tier: "province", parent: "c" },
      { id: "a", kind: "other", tier: "province", parent: "b" },
      { id: "c", kind: "other", tier: "province", parent: "a" },
      { id: "leaf", kind: "other", tier: "commune", parent: "a" },
    ]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe("unit.cycle");
    expect(r.issues[0]?.path).toEqual([1, "parent"]);
    expect(r.issues[0]?.params["ids"]).toEqual(["b", "c", "a"]);
    expect(r.issues[0]?.message.en).toBe("The parent relation forms a cycle: b → c → a → b.");
  });

  it("reports a unit that is its own parent as a cycle of one", () => {
    expect(codes([{ id: "a", kind: "other", tier: "province", parent: "a" }])).toEqual([
      ["unit.cycle", [0, "parent"]],
    ]);
  });

  it("reports a unit above its parent's tier", () => {
    const r = validateUnits([
      { id: "xa", kind: "peoples-committee", tier: "commune" },
      { id: "tinh", kind: "peoples-committee", tier: "province", parent: "xa" },
    ]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([["unit.tier-above-parent", [1, "tier"]]]);
    expect(r.issues[0]?.message.vi).toContain("cấp xã");
  });

  it.each([
    ["starts before its parent", { validFrom: "2020-01-01" }, { validFrom: "2021-01-01" }],
    ["ends after its parent", { validTo: "2025-12-31" }, { validTo: "2025-06-30" }],
    ["starts after its parent ended", { validFrom: "2025-07-01" }, { validTo: "2025-06-30" }],
    ["ends before its parent started", { validTo: "2020-12-31" }, { validFrom: "2021-01-01" }],
  ])("reports a unit that %s", (_, child, parent) => {
    expect(
      codes([
        { id: "p", kind: "other", tier: "district", ...parent },
        { id: "c", kind: "other", tier: "commune", parent: "p", ...child },
      ]),
    ).toEqual([["unit.parent-not-in-force", [1, "parent"]]]);
  });

  it("does not guess when a date is missing on one side", () => {
    expect(
      codes([
        { id: "p", kind: "other", tier: "district", validTo: "2025-06-30" },
        { id: "c", kind: "other", tier: "commune", parent: "p", validFrom: "2021-01-01" },
        { id: "d", kind: "other", tier: "commune", parent: "p" },
      ]),
    ).toEqual([]);
  });

  it("throws a UnitValidationError from defineUnits, with the same issues", () => {
    expect(defineUnits(hungYen)).toEqual(hungYen);
    const bad = [{ id: "a", kind: "other", tier: "province", parent: "a" }];
    expect(() => defineUnits(bad)).toThrow(UnitValidationError);
    try {
      defineUnits(bad);
    } catch (e) {
      expect(e).toBeInstanceOf(UnitValidationError);
      expect((e as UnitValidationError).issues).toEqual(
        validateUnits(bad).success ? [] : (validateUnits(bad) as { issues: unknown }).issues,
      );
      expect((e as Error).message).toContain("unit.cycle");
    }
  });

  describe("properties", () => {
    test.prop([forest()])("accepts every forest built by construction", (units) => {
      expect(validateUnits(units)).toEqual({ success: true, units });
    });

    test.prop([forestWithCycles])(
      "finds every injected cycle, and nothing else structural",
      ({ units, cycles }) => {
        const r = validateUnits(units);
        expect(r.success).toBe(false);
        if (r.success) return;
        const found = r.issues
          .filter((i) => i.code === "unit.cycle")
          .map((i) => [...(i.params["ids"] as string[])].sort());
        expect(found.sort()).toEqual(cycles.map((c) => [...c].sort()).sort());
        for (const issue of r.issues) expect(["unit.cycle", "unit.tier-above-parent"]).toContain(issue.code);
      },
    );

    test.prop([forestWithDuplicates])("finds every injected duplicate", ({ units, duplicates }) => {
      const r = validateUnits(units);
      expect(r.success).toBe(false);
      if (r.success) return;
      expect(r.issues.map((i) => i.path)).toEqual(duplicates.map((k) => [k, "id"]));
      expect(r.issues.every((i) => i.code === "unit.duplicate-id")).toBe(true);
    });

    test.prop([forestWithUnknownParents])("finds every injected unknown parent", ({ units, orphans }) => {
      const r = validateUnits(units);
      expect(r.success).toBe(false);
      if (r.success) return;
      expect(r.issues.map((i) => [i.code, i.path])).toEqual(
        orphans.map((k) => ["unit.unknown-parent", [k, "parent"]]),
      );
    });
  });
});

describe("unitsInForce", () => {
  it("answers with the units in force on a date, bounds inclusive", () => {
    const ids = (date: string) => unitsInForce(hungYen, date).map((u) => u.id);
    expect(ids("2020-12-31")).toEqual(["hy", "hy.snv", "hy.kim-dong"]);
    expect(ids("2025-06-30")).toEqual(["hy", "hy.snv", "hy.kim-dong", "hy.kim-dong.xa-a"]);
    expect(ids("2025-07-01")).toEqual(["hy", "hy.snv", "hy.xa-moi"]);
  });

  it.each(["2025-02-30", "30/06/2025", ""])("refuses the date %j", (date) => {
    expect(() => unitsInForce(hungYen, date)).toThrow(InvalidInputError);
  });

  test.prop([forest(), fc.constantFrom("2024-01-01", "2025-07-01")])(
    "keeps undated units on every date",
    (units, date) => {
      expect(unitsInForce(units, date)).toEqual(units);
    },
  );
});

describe("the quick check of validateUnits", () => {
  // Anything that shows a difference: prototypes, key order, present `undefined`s, frozen or not.
  const layout = (x: unknown): unknown => {
    if (Array.isArray(x)) return ["array", Object.isFrozen(x), x.length, ...x.map(layout)];
    if (typeof x !== "object" || x === null) return x;
    return [
      Object.getPrototypeOf(x) === Object.prototype,
      Object.isFrozen(x),
      ...Object.entries(x).map(([k, v]) => [k, layout(v)]),
    ];
  };

  const text = fc.constantFrom(
    "a",
    "hy.snv",
    " x ",
    "Sở Nội vụ",
    "",
    " ",
    "\u00a0",
    "\n\t",
    "(none)",
    "2025-07-01",
  );
  const date = fc.constantFrom(
    "2024-02-29",
    "2025-02-29",
    "2025-07-01",
    "2025-06-30",
    "2025-2-3",
    "0000-01-01",
    "",
  );
  const anything = fc.oneof(text, fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean());
  // Mostly a value the schema may accept, sometimes anything: units near the boundary of the schema.
  const mostly = <T>(likely: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: likely, weight: 12 }, { arbitrary: anything, weight: 1 });
  const id = fc.constantFrom("a", "hy.snv", " x ", "Sở Nội vụ");
  const validDate = fc.constantFrom("2024-02-29", "2025-06-30", "2025-07-01", "2025-12-31");
  const name = fc.oneof(
    mostly(id),
    fc.record({ vi: mostly(id), en: mostly(id) }, { requiredKeys: [] }),
    fc.record({ vi: text, en: text, note: text }, { requiredKeys: ["vi", "en"] }),
    fc.array(text, { maxLength: 2 }),
  );
  const predecessors = fc.oneof(
    { arbitrary: anything, weight: 1 },
    { arbitrary: fc.array(mostly(id), { maxLength: 3 }), weight: 4 },
  );
  const fields = {
    id: mostly(id),
    name,
    kind: mostly(fc.constantFrom(...UNIT_KINDS, "State-agency")),
    tier: mostly(fc.constantFrom(...TIERS, "ward")),
    sector: mostly(fc.oneof(id, id, id, text)),
    parent: mostly(fc.oneof(id, id, id, text)),
    validFrom: mostly(fc.oneof(validDate, validDate, validDate, date)),
    validTo: mostly(fc.oneof(validDate, validDate, validDate, date)),
    predecessors,
  };
  // Usually with the required keys, sometimes without; sometimes with a misspelt key.
  const unitLike = fc
    .tuple(
      fc.oneof(
        { arbitrary: fc.record(fields, { requiredKeys: ["id", "kind", "tier"] }), weight: 4 },
        { arbitrary: fc.record(fields, { requiredKeys: [] }), weight: 1 },
      ),
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: text, weight: 1 }),
    )
    .map(([u, typo]): object => (typo === undefined ? u : { ...u, parnet: typo }));
  // The same values as an own object, inherited from a prototype, or read through getters.
  const presented = fc.tuple(unitLike, fc.constantFrom("own", "inherited", "getters")).map(([u, how]) => {
    if (how === "own") return u;
    if (how === "inherited") return Object.create(u) as unknown;
    const o = {};
    for (const [k, v] of Object.entries(u)) Object.defineProperty(o, k, { get: () => v, enumerable: true });
    return o;
  });

  test.prop([presented], { numRuns: runs(3000) })(
    "accepts only what UnitSchema accepts, and copies it as zod does",
    (raw) => {
      const quick = quickUnit(raw);
      const zod = UnitSchema.safeParse(raw);
      if (quick !== undefined) {
        expect(zod.success).toBe(true);
        expect(layout(quick)).toEqual(layout(zod.data));
      }
    },
  );

  test.prop([unitLike], { numRuns: runs(3000) })(
    "accepts every plain unit that UnitSchema accepts",
    (raw) => {
      if (UnitSchema.safeParse(raw).success) expect(quickUnit(raw)).toBeDefined();
    },
  );

  it("refuses a non-object, an array and an object with an unknown key, as zod does", () => {
    for (const raw of [
      null,
      undefined,
      "a",
      1,
      [],
      [{ id: "a" }],
      { id: "a", kind: "other", tier: "commune", x: 1 },
    ]) {
      expect(quickUnit(raw)).toBeUndefined();
      expect(UnitSchema.safeParse(raw).success).toBe(false);
    }
  });

  it("keeps a present undefined, orders keys as the schema does and copies name and predecessors", () => {
    const name = { en: "B", vi: "A" };
    const predecessors = ["old"];
    const raw = { tier: "commune", predecessors, name, kind: "other", id: "new", sector: undefined };
    const quick = quickUnit(raw);
    expect(quick && Object.keys(quick)).toEqual(["id", "name", "kind", "tier", "sector", "predecessors"]);
    expect(quick?.name).not.toBe(name);
    expect(quick?.name && Object.keys(quick.name)).toEqual(["vi", "en"]);
    expect(quick?.predecessors).not.toBe(predecessors);
    expect(layout(quick)).toEqual(layout(UnitSchema.parse(raw)));
  });

  test.prop([fc.array(presented, { maxLength: 6 })])(
    "gives validateUnits zod's issues for every list with a unit zod refuses",
    (list) => {
      const parsed = list.map((raw) => UnitSchema.safeParse(raw));
      if (parsed.every((r) => r.success)) return;
      const expected = parsed.flatMap((r, i) =>
        r.success
          ? []
          : fromZodIssues(r.error.issues).map((issue) => ({ ...issue, path: [i, ...issue.path] })),
      );
      const r = validateUnits(list);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues).toEqual(expected);
    },
  );

  test.prop([forest()])(
    "returns zod's units for a valid forest, deeply frozen, the input untouched",
    (units) => {
      const withNames = units.map((u, i) =>
        i % 2 === 0 ? { ...u, name: { vi: `Đơn vị ${i}`, en: `Unit ${i}` }, predecessors: [`old-${i}`] } : u,
      );
      const r = validateUnits(withNames);
      expect(r.success).toBe(true);
      if (!r.success) return;
      expect(Object.isFrozen(r.units)).toBe(true);
      const expected = withNames.map((u) => {
        const p = UnitSchema.parse(u) as { name?: object; predecessors?: readonly string[] };
        if (typeof p.name === "object") Object.freeze(p.name);
        if (p.predecessors !== undefined) Object.freeze(p.predecessors);
        return Object.freeze(p);
      });
      expect(r.units.map(layout)).toEqual(expected.map(layout));
      for (const [i, u] of withNames.entries()) {
        expect(r.units[i]).not.toBe(u);
        expect(Object.isFrozen(u)).toBe(false);
      }
    },
  );
});
