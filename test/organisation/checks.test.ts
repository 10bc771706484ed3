// The checks of units: the quick check agrees with UnitSchema on every generated value (a yes exactly when zod
// accepts, and the same copy), a unit's validity against its parent's at each boundary, the issues of a broken
// hierarchy with their parameters, what validateUnits freezes, and unitsInForce's refusals.
import { describe, expect, it } from "vitest";
import { type Unit, UnitSchema, unitsInForce, validateUnits } from "../../src/index.js";
import { quickUnit } from "../../src/organisation/unit.js";
import { fc, test } from "../helpers/prop.js";

const ABSENT = Symbol("absent");
const text = fc.constantFrom(
  "a",
  "xa-1",
  "",
  " ",
  "\t",
  "\u00a0x",
  "Đông",
  "Đông".normalize("NFD"),
  "~",
  "(none)",
  "b",
);
const date = fc.constantFrom(
  "2025-01-01",
  "2025-07-01",
  "2024-02-29",
  "2025-02-29",
  "2025-1-1",
  20250101,
  "",
);
const field = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(ABSENT) }, fc.constant(undefined), a);
const unitLike = fc
  .record({
    id: fc.oneof({ weight: 5, arbitrary: text }, fc.constantFrom(5, null, ABSENT)),
    name: field(
      fc.oneof(
        text,
        fc.record({ vi: field(text), en: field(text) }),
        fc.constant({ vi: "a", en: "b", fr: "c" }),
        fc.constant(null),
      ),
    ),
    kind: fc.oneof(
      {
        weight: 5,
        arbitrary: fc.constantFrom("state-agency", "local-government", "public-service-unit", "other"),
      },
      fc.constantFrom("agency", "", ABSENT, 1),
    ),
    tier: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom("central", "province", "district", "commune") },
      fc.constantFrom("ward", ABSENT, null),
    ),
    sector: field(text),
    parent: field(text),
    validFrom: field(date),
    validTo: field(date),
    predecessors: field(fc.oneof(fc.array(text, { maxLength: 3 }), fc.constant("a"), fc.constant([1]))),
    extra: fc.constantFrom(ABSENT, ABSENT, ABSENT, "note", "toString"),
  })
  .map(({ extra, ...rest }) => {
    const clean = (v: unknown): unknown =>
      typeof v === "object" && v !== null && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== ABSENT))
        : v;
    const out: Record<string, unknown> = Object.fromEntries(
      Object.entries(rest)
        .filter(([, v]) => v !== ABSENT)
        .map(([k, v]) => [k, clean(v)]),
    );
    if (typeof extra === "string") out[extra] = 1;
    return out;
  });

const notNfc = (x: unknown): boolean =>
  typeof x === "string"
    ? x.normalize("NFC") !== x
    : typeof x === "object" && x !== null && Object.values(x).some(notNfc);

describe("the quick check of a unit", () => {
  // 2,000 cases take well under a second: no cap of runs() needed under mutation testing.
  test.prop([unitLike], { numRuns: 2000 })(
    "says yes only when UnitSchema accepts, with the same copy, and no only to what zod must normalise",
    (raw) => {
      const quick = quickUnit(raw);
      const r = UnitSchema.safeParse(raw);
      // A yes only when zod accepts; a no when zod accepts only for text zod must first normalise to NFC (the
      // quick check copies, it does not normalise).
      if (quick !== undefined) expect(r.success, fc.stringify(raw)).toBe(true);
      else if (r.success) expect(notNfc(raw), fc.stringify(raw)).toBe(true);
      if (quick !== undefined && r.success) {
        expect(quick).toEqual(r.data);
        expect(Object.keys(quick)).toEqual(Object.keys(r.data));
        expect(quick).not.toBe(raw);
      }
    },
  );
});

const unit = (id: string, over: Partial<Unit> = {}): Unit => ({
  id,
  kind: "state-agency",
  tier: "province",
  ...over,
});
const codes = (units: Unit[]) => {
  const r = validateUnits(units);
  return r.success ? [] : r.issues.map((i) => [i.code, i.path, i.params]);
};

describe("a unit and its parent", () => {
  const P = (from?: string, to?: string) =>
    unit("p", {
      ...(from === undefined ? {} : { validFrom: from }),
      ...(to === undefined ? {} : { validTo: to }),
    });
  const C = (from?: string, to?: string) =>
    unit("c", {
      parent: "p",
      ...(from === undefined ? {} : { validFrom: from }),
      ...(to === undefined ? {} : { validTo: to }),
    });
  const CASES: [string, Unit, Unit, boolean][] = [
    ["the same period", P("2021-01-01", "2025-06-30"), C("2021-01-01", "2025-06-30"), false],
    ["starts the day before its parent", P("2021-01-02"), C("2021-01-01"), true],
    ["starts the day its parent starts", P("2021-01-01"), C("2021-01-01"), false],
    ["ends the day after its parent", P(undefined, "2025-06-30"), C(undefined, "2025-07-01"), true],
    ["ends the day its parent ends", P(undefined, "2025-06-30"), C(undefined, "2025-06-30"), false],
    ["starts after its parent ended", P(undefined, "2025-06-30"), C("2025-07-01"), true],
    ["starts the day its parent ends", P(undefined, "2025-06-30"), C("2025-06-30"), false],
    ["ends before its parent starts", P("2025-07-01"), C(undefined, "2025-06-30"), true],
    ["ends the day its parent starts", P("2025-07-01"), C(undefined, "2025-07-01"), false],
    ["no dates of its own", P("2021-01-01", "2025-06-30"), C(), false],
    ["a parent without dates", P(), C("2021-01-01", "2025-06-30"), false],
  ];
  for (const [name, parent, child, flagged] of CASES) {
    it(`${name}: ${flagged ? "not in force under its parent" : "fine"}`, () => {
      const issues = codes([parent, child]);
      if (!flagged) expect(issues).toEqual([]);
      else
        expect(issues).toEqual([
          [
            "unit.parent-not-in-force",
            [1, "parent"],
            {
              id: "c",
              parent: "p",
              period: `${child.validFrom ?? "…"} – ${child.validTo ?? "…"}`,
              parentPeriod: `${parent.validFrom ?? "…"} – ${parent.validTo ?? "…"}`,
            },
          ],
        ]);
    });
  }

  it("names a parent that is not there, a parent of a lower tier and a cycle", () => {
    expect(codes([unit("a", { parent: "nope" })])).toEqual([
      ["unit.unknown-parent", [0, "parent"], { id: "a", parent: "nope" }],
    ]);
    expect(codes([unit("x", { tier: "commune" }), unit("y", { tier: "province", parent: "x" })])).toEqual([
      [
        "unit.tier-above-parent",
        [1, "tier"],
        { id: "y", tier: "province", parent: "x", parentTier: "commune" },
      ],
    ]);
    const cycle = codes([
      unit("z"),
      unit("c", { parent: "a" }),
      unit("a", { parent: "b" }),
      unit("b", { parent: "c" }),
    ]);
    expect(cycle).toEqual([["unit.cycle", [1, "parent"], { id: "c", ids: ["c", "a", "b"] }]]);
    expect(codes([unit("self", { parent: "self" })])).toEqual([
      ["unit.cycle", [0, "parent"], { id: "self", ids: ["self"] }],
    ]);
    // A unit under a cycle is not part of it.
    expect(
      codes([unit("a", { parent: "b" }), unit("b", { parent: "a" }), unit("leaf", { parent: "a" })]),
    ).toEqual([["unit.cycle", [0, "parent"], { id: "a", ids: ["a", "b"] }]]);
  });

  it("freezes what it returns, names and predecessors included", () => {
    const r = validateUnits([
      unit("a", { name: { vi: "Sở", en: "Dept" }, predecessors: ["old"] }),
      unit("b", { name: "B" }),
    ]);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(Object.isFrozen(r.units)).toBe(true);
    expect(Object.isFrozen(r.units[0])).toBe(true);
    expect(Object.isFrozen(r.units[0]?.name)).toBe(true);
    expect(Object.isFrozen(r.units[0]?.predecessors)).toBe(true);
  });
});

describe("unitsInForce", () => {
  it("keeps the units in force on a day, both ends included, and refuses bad units or a bad date", () => {
    const units = [unit("a", { validFrom: "2025-07-01" }), unit("b", { validTo: "2025-06-30" }), unit("c")];
    expect(unitsInForce(units, "2025-06-30").map((u) => u.id)).toEqual(["b", "c"]);
    expect(unitsInForce(units, "2025-07-01").map((u) => u.id)).toEqual(["a", "c"]);
    expect(() => unitsInForce([{ id: "" } as Unit], "2025-01-01")).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([expect.objectContaining({ path: ["units", 0, "id"] })]),
      }),
    );
    expect(() => unitsInForce(units, "2025-13-01")).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ["date"] })] }),
    );
    // A unit whose parent is missing is still a unit in force: the hierarchy is not checked here.
    expect(unitsInForce([unit("x", { parent: "gone" })], "2025-01-01")).toHaveLength(1);
  });
});
