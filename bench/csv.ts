// The CSV and SQL paths of the benchmark: the same generated people written to a CSV file, then counted by
// (a) the library's CSV door, (b) a bare papaparse parse-and-count (the floor for that parser), (c) DuckDB's
// read_csv with the query tallySql writes, (d) DuckDB's bare GROUP BY; each followed by evaluate where the
// library's path is. Every path's tallies must equal the hand loop's.
import { createReadStream, createWriteStream } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import Papa from "papaparse";
import { evaluate, talliesFromRows, tallySql, type UnitTallyInput } from "../src/index.js";
import { tallyPeopleCsv } from "../src/node/index.js";
import { hungYen53 } from "../src/presets/index.js";
import { EVALUATE_OPTIONS, generateRecords, type HandCounts, type SyntheticUnit } from "./paths.js";

export const MAPPING = {
  columns: {
    unitId: "unit",
    sex: "sex",
    position: "position",
    inPlanningPool: "pool",
    trained: "trained",
    inWorkforce: "workforce",
  },
} as const;

/** Writes `total` generated people to a CSV file (the layout a database export has); resolves when written. */
export async function writeCsv(units: readonly SyntheticUnit[], total: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));
  await write("unit,sex,position,pool,trained,workforce\n");
  let chunk = "";
  let n = 0;
  const b = (x: boolean | undefined) => (x === true ? "1" : "0");
  for (const r of generateRecords(units, total)) {
    chunk += `${r.unitId},${r.sex},${r.position},${b(r.inPlanningPool)},${b(r.trained)},${b(r.inWorkforce)}\n`;
    if (++n % 20_000 === 0) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise<void>((r) => out.end(() => r()));
}

/** (a) the library's CSV door, then evaluate (overall, levels and sectors: no per-unit detail). */
export async function libraryCsv(file: string, units: Parameters<typeof evaluate>[1]["units"]) {
  const r = await tallyPeopleCsv(file, { plan: hungYen53, mapping: MAPPING });
  const evaluation = evaluate(
    hungYen53,
    { units, tallies: r.tallies, keyLeaders: r.keyLeaders },
    { ...EVALUATE_OPTIONS, unitResults: false },
  );
  return { tallies: r.tallies, evaluation, account: r.account };
}

/** (b) papaparse streaming with a counting loop: the floor for that parser. */
export function bareParse(file: string): Promise<Map<string, HandCounts>> {
  return new Promise((resolve, reject) => {
    const byUnit = new Map<string, HandCounts>();
    let header = true;
    Papa.parse<string[]>(createReadStream(file, "utf8") as unknown as File, {
      header: false,
      step: (row) => {
        if (header) {
          header = false;
          return;
        }
        const f = row.data;
        const unit = f[0];
        if (unit === undefined || unit === "") return;
        let c = byUnit.get(unit);
        if (c === undefined) {
          c = { klWomen: 0, klTotal: 0, poolWomen: 0, poolTotal: 0, poolTrained: 0, wfWomen: 0, wfTotal: 0 };
          byUnit.set(unit, c);
        }
        const female = f[1] === "female";
        if (f[2] === "head" || f[2] === "deputy-head") {
          c.klTotal++;
          if (female) c.klWomen++;
        }
        if (f[3] === "1") {
          c.poolTotal++;
          if (female) {
            c.poolWomen++;
            if (f[4] === "1") c.poolTrained++;
          }
        }
        if (f[5] !== "0") {
          c.wfTotal++;
          if (female) c.wfWomen++;
        }
      },
      complete: () => resolve(byUnit),
      error: (e: Error) => reject(e),
    });
  });
}

type Connection = Awaited<ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>["connect"]>>;

export async function duckdb(): Promise<Connection> {
  return (await DuckDBInstance.create(":memory:")).connect();
}

const readCsv = (file: string) =>
  `read_csv('${file.replace(/'/g, "''")}', header = true, columns = {'unit': 'VARCHAR', 'sex': 'VARCHAR', 'position': 'VARCHAR', 'pool': 'BOOLEAN', 'trained': 'BOOLEAN', 'workforce': 'BOOLEAN'})`;

/** (c) DuckDB read_csv + the query tallySql writes, then evaluate. */
export async function libraryDuckdb(
  sql: Connection,
  file: string,
  units: Parameters<typeof evaluate>[1]["units"],
) {
  await sql.run(`CREATE OR REPLACE VIEW people AS SELECT * FROM ${readCsv(file)}`);
  const query = tallySql(hungYen53, {
    table: "people",
    // The file's columns, named as the CSV door's mapping names them.
    columns: MAPPING.columns,
  });
  const tallies = talliesFromRows(
    (await sql.runAndReadAll(query)).getRowObjects() as Record<string, unknown>[],
  );
  const evaluation = evaluate(
    hungYen53,
    { units, tallies, keyLeaders: hungYen53.settings.keyLeaders },
    { ...EVALUATE_OPTIONS, unitResults: false },
  );
  return { tallies, evaluation };
}

/** (d) DuckDB's bare GROUP BY over the same file: the floor for the SQL path. */
export async function bareDuckdb(sql: Connection, file: string): Promise<UnitTallyInput[]> {
  const rows = (
    await sql.runAndReadAll(`
    SELECT unit,
      count(*) FILTER (WHERE position IN ('head', 'deputy-head') AND sex = 'female')::INTEGER AS klw,
      count(*) FILTER (WHERE position IN ('head', 'deputy-head'))::INTEGER AS klt,
      count(*) FILTER (WHERE pool AND sex = 'female')::INTEGER AS pw,
      count(*) FILTER (WHERE pool)::INTEGER AS pt,
      count(*) FILTER (WHERE pool AND sex = 'female' AND trained)::INTEGER AS ptr,
      count(*) FILTER (WHERE workforce AND sex = 'female')::INTEGER AS ww,
      count(*) FILTER (WHERE workforce)::INTEGER AS wt
    FROM ${readCsv(file)} GROUP BY unit ORDER BY unit`)
  ).getRowObjects() as Record<string, number>[];
  return rows.map((r) => ({
    unitId: String(r["unit"]),
    keyLeaders: { women: Number(r["klw"]), total: Number(r["klt"]) },
    planningPool: { women: Number(r["pw"]), total: Number(r["pt"]), womenTrained: Number(r["ptr"]) },
    workforce: { women: Number(r["ww"]), total: Number(r["wt"]) },
  }));
}
