// Every refusal of the tallies' public functions, with its code, path and parameters (snapshot, read against each
// function's contract when written), the SQL tallySql writes for each dialect and reading (snapshot), what
// talliesFromRows accepts as a count, and the order and members of rollUp's groups.
import { describe, expect, it } from "vitest";
import {
  adaptPlan,
  rollUp,
  talliesFromRows,
  tallyRecords,
  tallySql,
  type Unit,
  type UnitTallyInput,
} from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";
import { recordCounter } from "../../src/tally/records.js";
import { refusal } from "../helpers/issues.js";

const unsafe = (f: unknown) => f as (...args: unknown[]) => unknown;
const cols = { unitId: "u", sex: "s" };
const row = (over: Record<string, unknown> = {}) => ({
  unit_id: "a",
  key_leaders_women: 1,
  key_leaders_total: 2,
  pool_women: 3,
  pool_total: 8,
  pool_women_trained: 2,
  workforce_women: 10,
  workforce_total: 25,
  ...over,
});
const units: Unit[] = [
  { id: "tinh", kind: "local-government", tier: "province" },
  { id: "so", kind: "state-agency", tier: "province", parent: "tinh", sector: "health" },
  { id: "xa-b", kind: "local-government", tier: "commune", parent: "tinh" },
  { id: "xa-a", kind: "local-government", tier: "commune", parent: "tinh" },
];
const pool = { women: 1, total: 2, womenTrained: 1 };
const tallies: UnitTallyInput[] = [
  { unitId: "xa-a", keyLeaders: { women: 1, total: 2 }, planningPool: pool },
  { unitId: "xa-b", keyLeaders: { women: 0, total: 2 }, planningPool: pool },
  { unitId: "so", keyLeaders: { women: 1, total: 3 }, planningPool: pool },
];

describe("the tallies' refusals", () => {
  it("names the argument of every bad call", () => {
    const CALLS: [string, () => unknown][] = [
      ["tallySql plan not a plan", () => unsafe(tallySql)(null, { table: "p", columns: cols })],
      ["tallySql options not an object", () => unsafe(tallySql)(hungYen53, "p")],
      [
        "tallySql a dialect no one knows",
        () => unsafe(tallySql)(hungYen53, { table: "p", columns: cols, dialect: "mysql" }),
      ],
      ["tallySql no table", () => unsafe(tallySql)(hungYen53, { columns: cols })],
      [
        "tallySql an empty list of table parts",
        () => unsafe(tallySql)(hungYen53, { table: [], columns: cols }),
      ],
      [
        "tallySql a table part not text",
        () => unsafe(tallySql)(hungYen53, { table: ["hr", 5], columns: cols }),
      ],
      ["tallySql an empty table name", () => unsafe(tallySql)(hungYen53, { table: "", columns: cols })],
      [
        "tallySql an empty table part",
        () => unsafe(tallySql)(hungYen53, { table: ["hr", ""], columns: cols }),
      ],
      [
        "tallySql a table name with NUL",
        () => unsafe(tallySql)(hungYen53, { table: "a\u0000b", columns: cols }),
      ],
      ["tallySql columns not an object", () => unsafe(tallySql)(hungYen53, { table: "p", columns: "u" })],
      ["tallySql no unitId column", () => unsafe(tallySql)(hungYen53, { table: "p", columns: { sex: "s" } })],
      ["tallySql no sex column", () => unsafe(tallySql)(hungYen53, { table: "p", columns: { unitId: "u" } })],
      [
        "tallySql a column not text",
        () => unsafe(tallySql)(hungYen53, { table: "p", columns: { ...cols, trained: 1 } }),
      ],
      [
        "tallySql an empty column name",
        () => unsafe(tallySql)(hungYen53, { table: "p", columns: { ...cols, position: "" } }),
      ],
      [
        "tallySql female not a list",
        () => unsafe(tallySql)(hungYen53, { table: "p", columns: cols, female: "nữ" }),
      ],
      ["tallySql female empty", () => unsafe(tallySql)(hungYen53, { table: "p", columns: cols, female: [] })],
      [
        "tallySql a head value not text",
        () =>
          unsafe(tallySql)(hungYen53, { table: "p", columns: { ...cols, position: "r" }, head: ["a", 1] }),
      ],
      ["talliesFromRows not a list", () => unsafe(talliesFromRows)({})],
      ["talliesFromRows a row not an object", () => unsafe(talliesFromRows)([row(), 5])],
      ["talliesFromRows a unit not text", () => unsafe(talliesFromRows)([row({ unit_id: 7 })])],
      ["talliesFromRows a count missing", () => unsafe(talliesFromRows)([row({ pool_total: undefined })])],
      ["talliesFromRows a negative count", () => unsafe(talliesFromRows)([row({ pool_total: -1 })])],
      ["talliesFromRows a negative bigint", () => unsafe(talliesFromRows)([row({ pool_total: -1n })])],
      ["talliesFromRows a fractional count", () => unsafe(talliesFromRows)([row({ pool_women: 1.5 })])],
      ["talliesFromRows a decimal text", () => unsafe(talliesFromRows)([row({ pool_women: "1.0" })])],
      ["talliesFromRows a text with a sign", () => unsafe(talliesFromRows)([row({ pool_women: "+1" })])],
      ["talliesFromRows a text with a suffix", () => unsafe(talliesFromRows)([row({ pool_women: "1x" })])],
      [
        "talliesFromRows a count too large",
        () => unsafe(talliesFromRows)([row({ workforce_total: 2n ** 53n })]),
      ],
      [
        "talliesFromRows a count as a boolean",
        () => unsafe(talliesFromRows)([row({ workforce_total: true })]),
      ],
      [
        "talliesFromRows women above the total",
        () => unsafe(talliesFromRows)([row({ key_leaders_women: 3 })]),
      ],
      ["rollUp options not an object", () => unsafe(rollUp)(units, tallies, null)],
      ["rollUp by unknown", () => unsafe(rollUp)(units, tallies, { by: "kind" })],
      ["rollUp a date not a date", () => unsafe(rollUp)(units, tallies, { by: "tier", date: "2025" })],
      ["rollUp units not a list", () => unsafe(rollUp)({}, tallies, { by: "tier" })],
      ["rollUp tallies not a list", () => unsafe(rollUp)(units, 5, { by: "tier" })],
      [
        "rollUp a parent missing",
        () =>
          unsafe(rollUp)([{ id: "x", kind: "state-agency", tier: "province", parent: "nope" }], [], {
            by: "tier",
          }),
      ],
      ["tallyRecords options not an object", () => unsafe(tallyRecords)([], 5)],
      ["tallyRecords a reading no one knows", () => unsafe(tallyRecords)([], { keyLeaderDefinition: "all" })],
      ["tallyRecords a plan without a reading", () => unsafe(tallyRecords)([], { plan: { settings: {} } })],
      ["tallyRecords a plan that is not an object", () => unsafe(tallyRecords)([], { plan: "hung-yen" })],
      [
        "tallyRecords a plan whose settings are not an object",
        () => unsafe(tallyRecords)([], { plan: { settings: 3 } }),
      ],
      [
        "tallyRecords a reading that is not the plan's",
        () => unsafe(tallyRecords)([], { plan: hungYen53, keyLeaderDefinition: "heads-only" }),
      ],
      ["tallyRecords validate not a boolean", () => unsafe(tallyRecords)([], { validate: "no" })],
      ["tallyRecords records not iterable", () => unsafe(tallyRecords)(5)],
      ["recordCounter options not an object", () => unsafe(recordCounter)(null)],
    ];
    expect(Object.fromEntries(CALLS.map(([name, f]) => [name, refusal(f)]))).toMatchSnapshot();
  });
});

describe("tallySql", () => {
  it("writes one query per dialect and reading, with every optional column and value list", () => {
    const headsOnly = adaptPlan(hungYen53, { settings: { keyLeaders: "heads-only" } });
    const full = {
      table: ["hr", 'pe"ople'],
      columns: {
        unitId: "don_vi",
        sex: "gioi_tinh",
        keyLeader: "lanh_dao",
        position: "chuc_vu",
        inPlanningPool: "quy_hoach",
        trained: "dao_tao",
        inWorkforce: "bien_che",
      },
      female: ["Nữ", "nu", "it's"],
      head: ["Trưởng"],
      deputyHead: ["Phó"],
    };
    const queries = Object.fromEntries(
      (["duckdb", "postgresql", "ansi"] as const).flatMap((dialect) => [
        [`${dialect}, every column`, tallySql(hungYen53, { ...full, dialect })],
        [
          `${dialect}, heads only, a position column`,
          tallySql(headsOnly, { table: "p", columns: { ...cols, position: "r" }, dialect }),
        ],
        [`${dialect}, the two required columns`, tallySql(hungYen53, { table: "p", columns: cols, dialect })],
      ]),
    );
    expect(queries).toMatchSnapshot();
    expect(tallySql(hungYen53, { table: "p", columns: cols })).toBe(
      queries["duckdb, the two required columns"],
    );
  });
});

describe("talliesFromRows", () => {
  it("reads counts given as numbers, bigints or digit strings, and names the unit in NFC", () => {
    const [t] = talliesFromRows([
      row({
        unit_id: "xa-ân-thi".normalize("NFD"),
        key_leaders_women: 1n,
        pool_women: "3",
        workforce_total: "0025",
      }),
    ]);
    expect(t).toEqual({
      unitId: "xa-ân-thi".normalize("NFC"),
      keyLeaders: { women: 1, total: 2 },
      planningPool: { women: 3, total: 8, womenTrained: 2 },
      workforce: { women: 10, total: 25 },
    });
    expect(
      talliesFromRows([row({ pool_women: 0, pool_total: "9007199254740991", pool_women_trained: 0 })])[0]
        ?.planningPool.total,
    ).toBe(Number.MAX_SAFE_INTEGER);
    expect(talliesFromRows([])).toEqual([]);
  });
});

describe("rollUp", () => {
  it("orders tiers from the top, other groups by code unit, and lists each group's units sorted", () => {
    const byTier = rollUp(units, tallies, { by: "tier" });
    expect(byTier.groups.map((g) => [g.key, g.unitIds])).toEqual([
      ["province", ["so", "tinh"]],
      ["commune", ["xa-a", "xa-b"]],
    ]);
    expect(byTier.unitsWithoutTally).toEqual(["tinh"]);
    const bySector = rollUp(units, tallies, { by: "sector" });
    expect(bySector.groups.map((g) => g.key)).toEqual(["(none)", "health"]);
    const byParent = rollUp(units, tallies, { by: "parent" });
    expect(
      byParent.groups.map((g) => [g.key, g.unitIds, g.tally.unitsWithFemaleKeyLeader]),
    ).toMatchSnapshot();
    const overall = rollUp(units, tallies, { by: "overall", date: "2025-12-31" });
    expect(overall.groups.map((g) => [g.key, g.unitIds.length])).toEqual([["(all)", 4]]);
  });
});

describe("counting people", () => {
  const people = [
    { unitId: "xa-a", sex: "female", position: "head" },
    { unitId: "xa-a", sex: "male", position: "deputy-head", inPlanningPool: true, trained: true },
    { unitId: "xa-a", sex: "female", inPlanningPool: true, trained: true, inWorkforce: false },
    { unitId: "xa-b", sex: "female", keyLeader: true, inPlanningPool: true },
    { unitId: "xa-b", sex: "female", position: "head", keyLeader: false },
  ] as const;

  it("counts records from a list, a generator and one at a time alike", () => {
    const fromList = tallyRecords(people);
    function* generate() {
      yield* people;
    }
    expect(tallyRecords(generate())).toEqual(fromList);
    const counter = recordCounter({ plan: hungYen53 });
    for (const p of people) counter.add(p);
    // The counter trusts its records (the CSV reader has checked them): the same counts, validate false.
    expect(counter.finish()).toEqual({ ...fromList, settings: { ...fromList.settings, validate: false } });
    expect(fromList.tallies).toEqual([
      {
        unitId: "xa-a",
        keyLeaders: { women: 1, total: 2 },
        planningPool: { women: 1, total: 2, womenTrained: 1 },
        workforce: { women: 1, total: 2 },
      },
      {
        unitId: "xa-b",
        keyLeaders: { women: 1, total: 1 },
        planningPool: { women: 1, total: 1, womenTrained: 0 },
        workforce: { women: 2, total: 2 },
      },
    ]);
  });

  it("counts heads only under that reading, from the plan or given", () => {
    const headsOnly = adaptPlan(hungYen53, { settings: { keyLeaders: "heads-only" } });
    const byPlan = tallyRecords(people, { plan: headsOnly });
    expect(byPlan.tallies[0]?.keyLeaders).toEqual({ women: 1, total: 1 });
    expect(tallyRecords(people, { keyLeaderDefinition: "heads-only" })).toEqual(byPlan);
    const counter = recordCounter({ plan: headsOnly });
    for (const p of people) counter.add(p);
    expect(counter.finish().tallies[0]?.keyLeaders).toEqual({ women: 1, total: 1 });
  });

  it("rejects an invalid record with its index and path, and trusts every record with validate: false", () => {
    const bad = [...people, { unitId: "  ", sex: "female" }, { unitId: "xa-c", sex: "nữ" }];
    const r = tallyRecords(bad);
    expect(r.account.rejected.map((x) => [x.index, x.issues.map((i) => [i.code, i.path, i.params])])).toEqual(
      [
        [5, [["text.empty", [5, "unitId"], { field: "unitId" }]]],
        [6, [["invalid_value", [6, "sex"], { values: ["female", "male"] }]]],
      ],
    );
    expect(r.account).toMatchObject({ read: 7, counted: 5 });
    const trusted = tallyRecords(bad as never, { validate: false });
    expect(trusted.account.rejected).toEqual([]);
    expect(trusted.account).toMatchObject({ read: 7, counted: 7 });
  });
});
