/**
 * The SQL door: the `GROUP BY` query that counts, in the database where the people are, exactly the tallies that
 * `tallyRecords` counts from records under the plan's readings; and the reading of its rows back into tallies.
 * Pure: the query is text; the caller runs it.
 *
 * @module
 */
import { InvalidInputError } from "../errors/errors.js";
import { makeIssue, type ValidationIssue } from "../i18n/issues.js";
import { fail, oneOf, requireArray, requireRecord, requireString } from "../internal/args.js";
import { requirePlan } from "../plan/guard.js";
import type { Plan } from "../plan/schema.js";
import type { UnitTallyInput } from "./input.js";

/**
 * The SQL dialects `tallySql` writes.
 *
 * @example
 * ```ts
 * SQL_DIALECTS; //=> ["duckdb", "postgresql", "ansi"]
 * ```
 */
export const SQL_DIALECTS = Object.freeze(["duckdb", "postgresql", "ansi"] as const);

/**
 * A dialect of {@link tallySql}: `duckdb`, `postgresql`, or `ansi` (SQL:2003 `FILTER`-free, `CASE` sums, for
 * engines such as Spark SQL).
 *
 * @example
 * ```ts
 * const d: SqlDialect = "postgresql";
 * ```
 */
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/**
 * Options of {@link tallySql}: the table, its columns (a person per row), the values it uses, and the dialect.
 *
 * @example
 * ```ts
 * const o: TallySqlOptions = { table: "can_bo", columns: { unitId: "ma_don_vi", sex: "gioi_tinh", position: "chuc_vu" }, female: ["Nữ"] };
 * ```
 */
export interface TallySqlOptions {
  /** The table (or view): a name, or its parts (`["hr", "people"]` for `"hr"."people"`). */
  readonly table: string | readonly string[];
  /**
   * The columns: `unitId` and `sex` required; `keyLeader`, `position`, `inPlanningPool`, `trained`,
   * `inWorkforce` optional (absent: as a record without the field). Boolean columns hold booleans.
   */
  readonly columns: {
    readonly unitId: string;
    readonly sex: string;
    readonly keyLeader?: string | undefined;
    readonly position?: string | undefined;
    readonly inPlanningPool?: string | undefined;
    readonly trained?: string | undefined;
    readonly inWorkforce?: string | undefined;
  };
  /** The values of the sex column that mean female. Default `["female"]`. */
  readonly female?: readonly string[] | undefined;
  /** The values of the position column that mean the unit's head. Default `["head"]`. */
  readonly head?: readonly string[] | undefined;
  /** The values of the position column that mean a deputy head. Default `["deputy-head"]`. */
  readonly deputyHead?: readonly string[] | undefined;
  /** Default `"duckdb"`. */
  readonly dialect?: SqlDialect | undefined;
}

/**
 * The result columns, in order: what {@link talliesFromRows} reads.
 *
 * @example
 * ```ts
 * TALLY_SQL_COLUMNS[0]; //=> "unit_id"
 * ```
 */
export const TALLY_SQL_COLUMNS = Object.freeze([
  "unit_id",
  "key_leaders_women",
  "key_leaders_total",
  "pool_women",
  "pool_total",
  "pool_women_trained",
  "workforce_women",
  "workforce_total",
] as const);

const ident = (name: string, path: (string | number)[]): string => {
  if (name === "" || name.includes("\u0000"))
    fail("argument.type", path, { path: path.join("."), expected: "identifier", received: "string" });
  return `"${name.replace(/"/g, '""')}"`;
};
const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * The `GROUP BY` query that counts per unit what {@link tallyRecords} counts from records, under the plan's
 * key-leader reading: a key leader is one whose `keyLeader` column is true, or (when it is null or absent) whose
 * position is the head's — or a deputy's, when the plan counts deputies; the planning pool, its women and its
 * trained women; the workforce (everyone whose `inWorkforce` is not false). Rows come back with the columns of
 * {@link TALLY_SQL_COLUMNS}, sorted by unit; {@link talliesFromRows} turns them into tallies.
 *
 * @param plan - the plan whose `settings.keyLeaders` reading is applied.
 * @param options - table, columns, values, dialect.
 * @returns the query text (names quoted, values as literals: nothing of the options runs as SQL).
 * @throws InvalidInputError for a missing column or table, an empty value list, or an unknown dialect.
 *
 * @example
 * ```ts
 * const sql = tallySql(hungYen53, { table: "people", columns: { unitId: "unit_id", sex: "sex", position: "position" } });
 * // run it in DuckDB or PostgreSQL, then: evaluate(hungYen53, { units, tallies: talliesFromRows(rows), keyLeaders: "heads-and-deputies" }, …)
 * ```
 */
export function tallySql(plan: Plan, options: TallySqlOptions): string {
  plan = requirePlan(plan, ["plan"]);
  const o = requireRecord(options, ["options"]);
  const dialect = oneOf(o["dialect"], SQL_DIALECTS, ["options", "dialect"], "duckdb");
  const tableParts =
    typeof o["table"] === "string" ? [o["table"]] : requireArray(o["table"], ["options", "table"]);
  if (tableParts.length === 0) fail("argument.required", ["options", "table"], { path: "options.table" });
  // A table named by one string is at options.table; a part of a list at its index.
  const partPath = (i: number) =>
    typeof o["table"] === "string" ? ["options", "table"] : ["options", "table", i];
  const table = tableParts.map((p, i) => ident(requireString(p, partPath(i)), partPath(i))).join(".");
  const c = requireRecord(o["columns"], ["options", "columns"]);
  const column = (name: string, required: boolean): string | undefined => {
    const v = c[name];
    if (v === undefined) {
      if (required)
        fail("argument.required", ["options", "columns", name], { path: `options.columns.${name}` });
      return undefined;
    }
    return ident(requireString(v, ["options", "columns", name]), ["options", "columns", name]);
  };
  const values = (name: string, fallback: string): string => {
    const list = o[name] === undefined ? [fallback] : requireArray(o[name], ["options", name]);
    if (list.length === 0) fail("argument.required", ["options", name], { path: `options.${name}` });
    return list.map((v, i) => literal(requireString(v, ["options", name, i]).normalize("NFC"))).join(", ");
  };
  const unit = column("unitId", true) as string;
  const sex = column("sex", true) as string;
  const keyLeader = column("keyLeader", false);
  const position = column("position", false);
  const pool = column("inPlanningPool", false);
  const trained = column("trained", false);
  const workforce = column("inWorkforce", false);

  const female = `${sex} IN (${values("female", "female")})`;
  const deputies = plan.settings.keyLeaders === "heads-and-deputies";
  const byPosition =
    position === undefined
      ? "FALSE"
      : deputies
        ? `${position} IN (${values("head", "head")}, ${values("deputyHead", "deputy-head")})`
        : `${position} IN (${values("head", "head")})`;
  // keyLeader, when given, wins over the position: as in tallyRecords.
  const isKeyLeader = keyLeader === undefined ? `(${byPosition})` : `COALESCE(${keyLeader}, ${byPosition})`;
  const inPool = pool === undefined ? "FALSE" : `COALESCE(${pool}, FALSE)`;
  const isTrained = trained === undefined ? "FALSE" : `COALESCE(${trained}, FALSE)`;
  const inWorkforce = workforce === undefined ? "TRUE" : `COALESCE(${workforce}, TRUE)`;

  const count = (condition: string): string =>
    dialect === "ansi"
      ? `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`
      : `COUNT(*) FILTER (WHERE ${condition})`;
  const asInt = (e: string) => (dialect === "ansi" ? `COALESCE(${e}, 0)` : `CAST(${e} AS INTEGER)`);
  const cols: [string, string][] = [
    ["key_leaders_women", count(`${isKeyLeader} AND ${female}`)],
    ["key_leaders_total", count(isKeyLeader)],
    ["pool_women", count(`${inPool} AND ${female}`)],
    ["pool_total", count(inPool)],
    ["pool_women_trained", count(`${inPool} AND ${female} AND ${isTrained}`)],
    ["workforce_women", count(`${inWorkforce} AND ${female}`)],
    ["workforce_total", count(inWorkforce)],
  ];
  return [
    `-- vn-women-leadership tallySql: ${plan.id}, keyLeaders=${plan.settings.keyLeaders}, dialect=${dialect}`,
    "SELECT",
    `  ${unit} AS unit_id,`,
    cols.map(([name, e]) => `  ${asInt(e)} AS ${name}`).join(",\n"),
    `FROM ${table}`,
    `GROUP BY ${unit}`,
    `ORDER BY ${unit}`,
  ].join("\n");
}

/** A count from a database row: a number, a bigint or a decimal string, exact and at most 2^53 − 1. */
function countOf(value: unknown, path: (string | number)[], issues: ValidationIssue[]): number {
  const n =
    typeof value === "bigint"
      ? value
      : typeof value === "number" && Number.isSafeInteger(value)
        ? BigInt(value)
        : typeof value === "string" && /^\d+$/.test(value)
          ? BigInt(value)
          : null;
  if (n === null || n < 0n || n > BigInt(Number.MAX_SAFE_INTEGER)) {
    const shown = typeof value === "string" || typeof value === "number" ? String(value) : typeof value;
    issues.push(
      makeIssue("argument.range", path, {
        path: path.join("."),
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
        value: shown,
      }),
    );
    return 0;
  }
  return Number(n);
}

/**
 * The tallies of the rows {@link tallySql}'s query returns (objects with its column names; counts as numbers,
 * bigints or decimal strings, as DuckDB and PostgreSQL drivers give them), ready for `evaluate`.
 *
 * @throws InvalidInputError when a row lacks a column or a count is not a non-negative integer.
 *
 * @example
 * ```ts
 * talliesFromRows([{ unit_id: "xa-a", key_leaders_women: 1n, key_leaders_total: 2n, pool_women: "3", pool_total: 8, pool_women_trained: 2, workforce_women: 10, workforce_total: 25 }]);
 * //=> [{ unitId: "xa-a", keyLeaders: { women: 1, total: 2 }, planningPool: { women: 3, total: 8, womenTrained: 2 }, workforce: { women: 10, total: 25 } }]
 * ```
 */
export function talliesFromRows(rows: readonly Readonly<Record<string, unknown>>[]): UnitTallyInput[] {
  const list = requireArray(rows, ["rows"]);
  const issues: ValidationIssue[] = [];
  const out = list.map((row, i): UnitTallyInput => {
    const r = requireRecord(row, ["rows", i]);
    const n = (name: string) => countOf(r[name], ["rows", i, name], issues);
    const raw = r["unit_id"];
    if (typeof raw !== "string") {
      issues.push(
        makeIssue("argument.type", ["rows", i, "unit_id"], {
          path: `rows.${i}.unit_id`,
          expected: "string",
          received: typeof raw,
        }),
      );
    }
    const unitId = typeof raw === "string" ? raw.normalize("NFC") : "";
    return {
      unitId,
      keyLeaders: { women: n("key_leaders_women"), total: n("key_leaders_total") },
      planningPool: { women: n("pool_women"), total: n("pool_total"), womenTrained: n("pool_women_trained") },
      workforce: { women: n("workforce_women"), total: n("workforce_total") },
    };
  });
  if (issues.length > 0) throw new InvalidInputError(issues);
  return out;
}
