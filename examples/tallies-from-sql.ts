// Count where the people are: a national cadre database is a SQL table. tallySql writes the GROUP BY that
// counts, per unit, exactly what tallyRecords counts from records under the plan's readings; the database runs
// it; the library applies the rules to the tallies. Here on DuckDB, over the bundled (synthetic) people export.

import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { evaluate, talliesFromRows, tallySql, type Unit } from "vn-women-leadership";
import { hungYen53 } from "vn-women-leadership/presets";

const db = await DuckDBInstance.create(":memory:");
const sql = await db.connect();
// The export as a table with the database's own column names and values (Vietnamese words, as in the HR system).
await sql.run(`
  CREATE TABLE can_bo AS
  SELECT "Mã đơn vị" AS ma_don_vi, "Giới tính" AS gioi_tinh,
         CASE WHEN "Chức vụ" LIKE 'Phó Giám đốc%' OR "Chức vụ" LIKE 'Phó Chủ tịch%' THEN 'Cấp phó'
              WHEN "Chức vụ" LIKE 'Giám đốc%' OR "Chức vụ" LIKE 'Chủ tịch%' THEN 'Người đứng đầu'
              ELSE 'Khác' END AS chuc_vu,
         "Diện quy hoạch" = 'x' AS quy_hoach, "Đã bồi dưỡng" = 'x' AS boi_duong
  FROM read_csv('data/sample/people-2025.csv', header = true, all_varchar = true)`);

const query = tallySql(hungYen53, {
  table: "can_bo",
  columns: {
    unitId: "ma_don_vi",
    sex: "gioi_tinh",
    position: "chuc_vu",
    inPlanningPool: "quy_hoach",
    trained: "boi_duong",
  },
  female: ["Nữ"],
  head: ["Người đứng đầu"],
  deputyHead: ["Cấp phó"],
  dialect: "duckdb",
});
console.log(query);
const rows = (await sql.runAndReadAll(query)).getRowObjects();
const tallies = talliesFromRows(rows as Record<string, unknown>[]);

const units = JSON.parse(readFileSync("data/sample/units.json", "utf8")) as Unit[];
const result = evaluate(
  hungYen53,
  { units, tallies, keyLeaders: hungYen53.settings.keyLeaders },
  { year: 2025, asOf: "2026-01-15" },
);
const first = result.indicators[0]?.overall;
console.log(`\n${tallies.length} units counted in DuckDB; I.1.1 overall: ${first?.status}`);
// The same figures as counting the people with tallyPeopleCsv (the demo): 59 of 119 units.
if (
  first === undefined ||
  first.status === "not-computable" ||
  first.value.numerator !== 59 ||
  first.value.denominator !== 119
)
  throw new Error("unexpected result");
