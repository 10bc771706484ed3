// The SQL door: tallySql's query, run on two real engines (DuckDB, and PostgreSQL 18 compiled to WASM by PGlite)
// over generated people, gives exactly the tallies tallyRecords counts from the same people as records.
import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adaptPlan, type PersonRecord, talliesFromRows, tallyRecords, tallySql } from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";
import { runs } from "../helpers/runs.js";

const headsOnly = adaptPlan(hungYen53, { settings: { keyLeaders: "heads-only" } });
const columns = {
  unitId: "unit_id",
  sex: "sex",
  keyLeader: "key_leader",
  position: "position",
  inPlanningPool: "in_pool",
  trained: "trained",
  inWorkforce: "in_workforce",
} as const;
const CREATE = `CREATE TABLE people (unit_id VARCHAR, sex VARCHAR, key_leader BOOLEAN, position VARCHAR, in_pool BOOLEAN, trained BOOLEAN, in_workforce BOOLEAN)`;

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const person: fc.Arbitrary<PersonRecord> = fc.record(
  {
    unitId: fc.constantFrom("xa-a", "xa-b", "sở-y-tế", "o'brien", 'q"x'),
    sex: fc.constantFrom("female" as const, "male" as const),
    keyLeader: maybe(fc.boolean()),
    position: maybe(fc.constantFrom("head" as const, "deputy-head" as const, "other" as const)),
    inPlanningPool: maybe(fc.boolean()),
    trained: maybe(fc.boolean()),
    inWorkforce: maybe(fc.boolean()),
  },
  { requiredKeys: ["unitId", "sex"] },
);

const sqlValue = (v: unknown) =>
  v === undefined
    ? "NULL"
    : typeof v === "boolean"
      ? String(v).toUpperCase()
      : `'${String(v).replace(/'/g, "''")}'`;
const insert = (people: readonly PersonRecord[]) =>
  `INSERT INTO people VALUES ${people
    .map(
      (p) =>
        `(${[p.unitId, p.sex, p.keyLeader, p.position, p.inPlanningPool, p.trained, p.inWorkforce].map(sqlValue).join(", ")})`,
    )
    .join(", ")}`;

const byUnit = <T extends { unitId: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));

describe("tallySql", () => {
  it("writes a GROUP BY with the plan's reading, names quoted and values as literals", () => {
    const sql = tallySql(hungYen53, {
      table: ["hr", 'can"bo'],
      columns: { unitId: "ma_don_vi", sex: "gioi_tinh", position: "chuc_vu" },
      female: ["Nữ", "it's"],
    });
    expect(sql).toContain('FROM "hr"."can""bo"');
    expect(sql).toContain("\"gioi_tinh\" IN ('Nữ', 'it''s')");
    expect(sql).toContain("'head', 'deputy-head'");
    expect(
      tallySql(headsOnly, { table: "p", columns: { unitId: "u", sex: "s", position: "r" } }),
    ).not.toContain("deputy-head");
    expect(
      tallySql(hungYen53, { table: "p", columns: { unitId: "u", sex: "s" }, dialect: "ansi" }),
    ).toContain("SUM(CASE WHEN");
    expect(
      tallySql(hungYen53, { table: "p", columns: { unitId: "u", sex: "s" }, dialect: "postgresql" }),
    ).toMatchSnapshot();
  });

  it("refuses a missing column, an empty table name or value list, an unknown dialect", () => {
    expect(() => tallySql(hungYen53, { table: "p", columns: { unitId: "u" } as never })).toThrow(
      /argument\.required/,
    );
    expect(() => tallySql(hungYen53, { table: "", columns: { unitId: "u", sex: "s" } })).toThrow(
      /argument\.type/,
    );
    expect(() => tallySql(hungYen53, { table: "p", columns: { unitId: "u", sex: "s" }, female: [] })).toThrow(
      /argument\.required/,
    );
    expect(() =>
      tallySql(hungYen53, { table: "p", columns: { unitId: "u", sex: "s" }, dialect: "mysql" as never }),
    ).toThrow(/argument\.one-of/);
  });

  it("reads rows with bigint, number and string counts; refuses a negative or fractional one", () => {
    const row = {
      unit_id: "a",
      key_leaders_women: 1n,
      key_leaders_total: "2",
      pool_women: 3,
      pool_total: 4,
      pool_women_trained: 1,
      workforce_women: 5,
      workforce_total: 9,
    };
    expect(talliesFromRows([row])).toEqual([
      {
        unitId: "a",
        keyLeaders: { women: 1, total: 2 },
        planningPool: { women: 3, total: 4, womenTrained: 1 },
        workforce: { women: 5, total: 9 },
      },
    ]);
    expect(() => talliesFromRows([{ ...row, pool_total: -1 }])).toThrow(/argument\.range/);
    expect(() => talliesFromRows([{ ...row, pool_total: 1.5 }])).toThrow(/argument\.range/);
  });
});

describe("tallySql on DuckDB and PostgreSQL equals tallyRecords", () => {
  let duck: Awaited<ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>["connect"]>>;
  let pg: PGlite;
  beforeAll(async () => {
    duck = await (await DuckDBInstance.create(":memory:")).connect();
    pg = new PGlite();
    await pg.waitReady;
  }, 60_000);
  afterAll(async () => {
    await pg?.close();
  });

  const engines = {
    duckdb: async (people: readonly PersonRecord[], sql: string) => {
      await duck.run("DROP TABLE IF EXISTS people");
      await duck.run(CREATE);
      if (people.length > 0) await duck.run(insert(people));
      return (await duck.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
    },
    postgresql: async (people: readonly PersonRecord[], sql: string) => {
      await pg.exec(`DROP TABLE IF EXISTS people; ${CREATE.replace(/VARCHAR/g, "TEXT")};`);
      if (people.length > 0) await pg.exec(insert(people));
      return (await pg.query<Record<string, unknown>>(sql)).rows;
    },
  } as const;

  const cases = [
    ["duckdb", "duckdb"],
    ["postgresql", "postgresql"],
    ["duckdb", "ansi"],
  ] as const;
  for (const [engine, dialect] of cases) {
    const run = engines[engine];
    for (const plan of [hungYen53, headsOnly]) {
      it(`${engine} (${dialect} SQL), keyLeaders=${plan.settings.keyLeaders}: same tallies as the records door`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(person, { maxLength: 60 }), async (people) => {
            const sql = tallySql(plan, {
              table: "people",
              columns,
              dialect,
            });
            const fromSql = talliesFromRows(await run(people, sql));
            const fromRecords = tallyRecords(people, { plan }).tallies;
            expect(byUnit(fromSql)).toEqual(byUnit(fromRecords));
          }),
          { numRuns: runs(60) },
        );
      }, 120_000);
    }
  }
});
