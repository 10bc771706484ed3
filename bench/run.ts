/**
 * `npm run bench`: the library at national scale, side by side with a hand-written loop and Arquero, on seeded
 * synthetic data. `npm run bench -- --smoke` (or `BENCH_SMOKE=1`) runs every path once on ~20,000 records and only
 * checks that they agree. Options: `--runs N` (timed runs per figure, default 7); `--layout scattered` (records
 * allocated in another order than they are read; default `sequential`, see `Layout`). Exit code 1 when the paths
 * disagree; timings are reported against the targets but never fail the run (the machine may be noisy).
 *
 * Run with `--expose-gc` (the npm script does): before every timed run the heap is collected and the same path run
 * once untimed, and path 6 measures heap growth from a collected baseline.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { tallyPeopleCsv } from "../src/node/index.js";
import { hungYen53 } from "../src/presets/index.js";
import type { PersonRecord } from "../src/tally/index.js";
import { tallyRecords, type UnitTallyInput } from "../src/tally/index.js";
import { bareDuckdb, bareParse, duckdb, libraryCsv, libraryDuckdb, MAPPING, writeCsv } from "./csv.js";
import {
  arqueroFromColumns,
  arqueroFromObjects,
  disagreements,
  evaluateOnly,
  FULL,
  generateRecords,
  handLoop,
  handTallies,
  libraryFast,
  librarySafe,
  makeRecords,
  makeUnits,
  runAllPaths,
  SMOKE,
  type SyntheticUnit,
  toColumns,
} from "./paths.js";

const args = process.argv.slice(2);
const smoke = args.includes("--smoke") || process.env["BENCH_SMOKE"] === "1";
const runsArg = args.indexOf("--runs");
const runs = smoke ? 1 : runsArg >= 0 ? Number(args[runsArg + 1]) : 7;
if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError("--runs must be a positive integer");
const layoutArg = args.indexOf("--layout");
const layout = layoutArg >= 0 ? args[layoutArg + 1] : "sequential";
if (layout !== "sequential" && layout !== "scattered")
  throw new RangeError("--layout is sequential or scattered");
const gc = globalThis.gc;
if (gc === undefined && !smoke) {
  console.error("bench: run node with --expose-gc (npm run bench does)");
  process.exit(2);
}
const collect = () => gc?.();

const config = smoke
  ? { units: SMOKE.units, sizes: [SMOKE.records], streamSizes: [SMOKE.records], evaluateRuns: 1 }
  : { units: FULL.units, sizes: FULL.sizes, streamSizes: FULL.streamSizes, evaluateRuns: 21 };

// ---------------------------------------------------------------------------------------------------------------
// Timing

interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

function summarise(ms: readonly number[]): Summary {
  const s = [...ms].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  return { median, min: s[0] ?? 0, max: s[s.length - 1] ?? 0, runs: s.length };
}

// A full collection, then one untimed run of the same path, then the timed run: each path is timed in its own
// steady state (young generation grown, its own garbage to collect) and never pays for another path's garbage.
function timeOnce(f: () => unknown): number {
  collect();
  f();
  const start = process.hrtime.bigint();
  const result = f();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result === undefined) throw new Error("a path returned nothing");
  return ms;
}

/** Times each path `runs` times, interleaved and in a rotating order so that drift hits every path alike. */
function timePaths(paths: ReadonlyArray<readonly [string, () => unknown]>, n: number): Map<string, Summary> {
  const times = new Map<string, number[]>(paths.map(([name]) => [name, []]));
  for (let run = 0; run < n; run++) {
    for (let k = 0; k < paths.length; k++) {
      const [name, f] = paths[(k + run) % paths.length] as readonly [string, () => unknown];
      times.get(name)?.push(timeOnce(f));
    }
  }
  return new Map([...times].map(([name, ms]) => [name, summarise(ms)]));
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const showTime = (s: Summary) => `${fmt(s.median)} ms (${fmt(s.min)}–${fmt(s.max)})`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ratio = (a: Summary | undefined, b: Summary | undefined) =>
  a === undefined || b === undefined ? Number.NaN : a.median / b.median;

// ---------------------------------------------------------------------------------------------------------------
// Heap growth while streaming

interface StreamResult {
  readonly records: number;
  readonly peakGrowth: number;
  readonly endGrowth: number;
  readonly ms: number;
}

interface StreamRow {
  readonly consume: "tally-validated" | "tally" | "none";
  readonly results: readonly StreamResult[];
}

/** Streams `total` records from the generator, sampling `heapUsed` every 10,000 records from a collected baseline. */
function streamOnce(
  units: readonly SyntheticUnit[],
  total: number,
  consume: "tally" | "tally-validated" | "none",
) {
  collect();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  function* sampled() {
    let i = 0;
    for (const record of generateRecords(units, total)) {
      if (i++ % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      yield record;
    }
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const start = process.hrtime.bigint();
  let counted = 0;
  if (consume === "none") for (const _ of sampled()) counted++;
  else counted = tallyRecords(sampled(), { validate: consume === "tally-validated" }).account.counted;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (counted !== total) throw new Error(`streamed ${counted} of ${total} records`);
  return {
    records: total,
    peakGrowth: peak - baseline,
    endGrowth: process.memoryUsage().heapUsed - baseline,
    ms,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The run

const synthetic = makeUnits(config.units);
const units = synthetic.map((s) => s.unit);

/** Path 6: each way of consuming the stream, at each size, the worst peak of 3 runs (1 when smoking). */
function measureStreams(): StreamRow[] {
  const rows: StreamRow[] = [];
  for (const consume of ["tally-validated", "tally", "none"] as const) {
    const results: StreamResult[] = [];
    for (const size of config.streamSizes) {
      const rs = Array.from({ length: smoke ? 1 : 3 }, () => streamOnce(synthetic, size, consume));
      results.push({
        records: size,
        peakGrowth: Math.max(...rs.map((r) => r.peakGrowth)),
        endGrowth: Math.max(...rs.map((r) => r.endGrowth)),
        ms: summarise(rs.map((r) => r.ms)).median,
      });
    }
    rows.push({ consume, results });
  }
  return rows;
}

const heapOnly = args.indexOf("--csv-heap-only");
if (heapOnly >= 0) {
  // Peak heap growth of the CSV door over a collected baseline, sampled every 2 ms.
  const file = args[heapOnly + 1] as string;
  collect();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 2);
  const r = await tallyPeopleCsv(file, { plan: hungYen53, mapping: MAPPING });
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  if (r.account.rejected.length > 0) throw new Error("rows rejected");
  process.stdout.write(String(peak - baseline));
  process.exit(0);
}

if (args.includes("--stream-only")) {
  process.stdout.write(JSON.stringify(measureStreams()));
  process.exit(0);
}

const cpus = os.cpus();
console.log(`# vn-women-leadership benchmark${smoke ? " (smoke: agreement only, timings not judged)" : ""}`);
console.log(
  `node ${process.version} (V8 ${process.versions.v8}) · ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length} · ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · ${os.platform()} ${os.arch()} · ${new Date().toISOString()}`,
);
console.log(
  `${config.units} units; records laid out ${layout} in memory; ${runs} timed run(s) per figure, median (min–max); ` +
    "before each timed run: full GC, then one untimed run of the same path",
);

const problems: string[] = [];
const perSize: Array<{ size: number; times: Map<string, Summary> }> = [];
let lastTallies: readonly UnitTallyInput[] = [];

for (const size of config.sizes) {
  console.log(`\n## ${size.toLocaleString("en")} records`);
  let records = makeRecords(synthetic, size, 2, layout);
  let columns = toColumns(records);
  // The agreement check, which is also every path's warm-up run.
  const results = runAllPaths(records, units);
  const disagree = disagreements(results, units, records.length);
  problems.push(...disagree.map((p) => `${size} records: ${p}`));
  console.log(disagree.length === 0 ? "all paths agree ✓" : `PATHS DISAGREE ✗\n  ${disagree.join("\n  ")}`);
  lastTallies = results.fast.counted.tallies;
  const times = timePaths(
    [
      ["1. library, trusted (tallyRecords validate:false + evaluate)", () => libraryFast(records, units)],
      ["   tallyRecords validate:false alone", () => tallyRecords(records, { validate: false })],
      ["2. library, validated (tallyRecords default + evaluate)", () => librarySafe(records, units)],
      ["   tallyRecords default alone", () => tallyRecords(records)],
      ["3. hand-written loop (Map)", () => handLoop(records)],
      ["4a. Arquero, aq.from(objects) + groupby/rollup", () => arqueroFromObjects(records)],
      ["4b. Arquero, columns built beforehand", () => arqueroFromColumns(columns)],
    ],
    runs,
  );
  for (const [name, s] of times) console.log(`${name.padEnd(62)} ${showTime(s)}`);
  perSize.push({ size, times });
  // Release the records before the next size.
  records = [];
  columns = {};
}

// The database-first path: the tallies of the largest size, no records left in memory.
console.log(`\n## 5. evaluate alone, ${units.length.toLocaleString("en")} units' tallies`);
collect();
evaluateOnly(units, lastTallies); // warm-up
const evaluateTimes = summarise(
  Array.from({ length: config.evaluateRuns }, () => timeOnce(() => evaluateOnly(units, lastTallies))),
);
console.log(
  `evaluate(hungYen53, { units, tallies }, { year: 2025, asOf: "2026-01-15" })  ${showTime(evaluateTimes)}`,
);
evaluateOnly(units, lastTallies, false); // warm-up
const evaluateLeanTimes = summarise(
  Array.from({ length: config.evaluateRuns }, () => timeOnce(() => evaluateOnly(units, lastTallies, false))),
);
console.log(
  `the same with { unitResults: false }                                 ${showTime(evaluateLeanTimes)}`,
);

// Path 6 in a fresh process with the same flags: once big arrays of records have lived here, V8 may allocate
// the generator's records straight into the old generation (allocation-site pretenuring) and the heap then grows
// with the stream whoever consumes it; and streaming here would change how the other paths are compiled.
console.log("\n## 6. streaming from a generator: peak heap growth over a collected baseline (fresh process)");
const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1), "--stream-only"], {
  encoding: "utf8",
  maxBuffer: 2 ** 24,
});
if (child.status !== 0) {
  console.error(child.stderr);
  throw new Error(`the streaming measurement failed (exit ${child.status ?? child.signal})`);
}
const streams = JSON.parse(child.stdout) as StreamRow[];
for (const { consume, results } of streams) {
  const label =
    consume === "tally-validated"
      ? "tallyRecords(generator) (validated)"
      : consume === "tally"
        ? "tallyRecords(generator, { validate: false })"
        : "control: the generator alone";
  console.log(
    `${label.padEnd(46)} ${results
      .map((r) => `${r.records.toLocaleString("en")}: peak +${mib(r.peakGrowth)} (${fmt(r.ms)} ms)`)
      .join(" · ")}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 7. The CSV and SQL paths: the same people written to a CSV file

console.log(`\n## 7. a people CSV file: the library's door, papaparse bare, DuckDB + tallySql, DuckDB bare`);
const csvSize = smoke ? SMOKE.records : 1_000_000;
const csvDir = mkdtempSync(join(os.tmpdir(), "vnwl-bench-"));
const csvFile = join(csvDir, `people-${csvSize}.csv`);
await writeCsv(synthetic, csvSize, csvFile);
console.log(`${csvSize.toLocaleString("en")} people, ${mib(statSync(csvFile).size)} at ${csvFile}`);
const handCsv = handTallies(handLoop(generateRecords(synthetic, csvSize) as unknown as PersonRecord[]));
const db = await duckdb();
const csvRuns = smoke ? 1 : 3;
async function timeAsync(f: () => Promise<unknown>): Promise<Summary> {
  await f(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < csvRuns; i++) {
    collect();
    const t = process.hrtime.bigint();
    await f();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return summarise(ms);
}
const a = await libraryCsv(csvFile, units);
const b = handTallies(await bareParse(csvFile));
const c = await libraryDuckdb(db, csvFile, units);
const d = await bareDuckdb(db, csvFile);
for (const [name, t] of [
  ["(a) CSV door", a.tallies],
  ["(b) papaparse bare", b],
  ["(c) DuckDB + tallySql", c.tallies],
  ["(d) DuckDB bare", d],
] as const) {
  if (!isDeepStrictEqual(t, handCsv))
    problems.push(`${name}: per-unit counts differ from the hand loop's over the same people`);
}
if (a.account.read !== csvSize || a.account.counted !== csvSize)
  problems.push(`(a) read ${a.account.read}, counted ${a.account.counted} of ${csvSize}`);
if (!isDeepStrictEqual(a.evaluation, c.evaluation)) problems.push("(a) and (c): the evaluations differ");
console.log(problems.length === 0 ? "all CSV and SQL paths agree with the hand loop ✓" : "PATHS DISAGREE ✗");
const csvTimes = new Map<string, Summary>([
  ["(a) library: tallyPeopleCsv + evaluate", await timeAsync(() => libraryCsv(csvFile, units))],
  ["(b) papaparse streaming + a counting loop", await timeAsync(() => bareParse(csvFile))],
  ["(c) DuckDB read_csv + tallySql + evaluate", await timeAsync(() => libraryDuckdb(db, csvFile, units))],
  ["(d) DuckDB read_csv + a bare GROUP BY", await timeAsync(() => bareDuckdb(db, csvFile))],
]);
for (const [name, s] of csvTimes) console.log(`${name.padEnd(62)} ${showTime(s)}`);

// Heap growth of the CSV door, each size in a fresh process (as path 6).
const heapSizes = smoke ? [SMOKE.records] : [250_000, 1_000_000, 2_500_000];
const heaps: Array<{ size: number; peak: number }> = [];
for (const size of heapSizes) {
  const f = size === csvSize ? csvFile : join(csvDir, `people-${size}.csv`);
  if (f !== csvFile) await writeCsv(synthetic, size, f);
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, ...process.argv.slice(1), "--csv-heap-only", f],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`the CSV heap measurement failed: ${r.stderr}`);
  heaps.push({ size, peak: Number(r.stdout.trim()) });
}
console.log(
  `(a) peak heap growth: ${heaps.map((h) => `${h.size.toLocaleString("en")}: +${mib(h.peak)}`).join(" · ")}`,
);

// The CLI's report on the same file: wall time and peak RSS of the whole process.
const unitsFile = join(csvDir, "units.json");
const mappingFile = join(csvDir, "mapping.json");
writeFileSync(unitsFile, JSON.stringify(units));
writeFileSync(mappingFile, JSON.stringify(MAPPING));
const cliStart = process.hrtime.bigint();
const cli = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "-e",
    "process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'));process.argv.splice(1,0,'cli');await import('./src/cli/main.ts')",
    "report",
    "--plan",
    "hung-yen-53",
    "--units",
    unitsFile,
    "--people",
    csvFile,
    "--mapping",
    mappingFile,
    "--year",
    "2025",
    "--as-of",
    "2026-01-15",
    "--format",
    "json",
    "--out",
    join(csvDir, "out"),
  ],
  { encoding: "utf8", maxBuffer: 2 ** 26 },
);
const cliMs = Number(process.hrtime.bigint() - cliStart) / 1e6;
const rss = Number(/MAXRSS (\d+)/.exec(cli.stderr)?.[1] ?? "0") * 1024;
if (cli.status !== 0) problems.push(`the CLI's report exited ${cli.status}: ${cli.stderr.slice(-500)}`);
console.log(
  `CLI report --people (${csvSize.toLocaleString("en")} rows) --format json: ${fmt(cliMs)} ms wall, peak RSS ${mib(rss)}`,
);
rmSync(csvDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------------------
// Verdicts

console.log("\n## Ratios and targets");
const verdicts: Array<[string, boolean]> = [];
for (const { size, times } of perSize) {
  const get = (prefix: string) => [...times].find(([name]) => name.startsWith(prefix))?.[1];
  const hand = get("3.");
  const fast = get("1.");
  const safe = get("2.");
  const fastAlone = get("   tallyRecords validate:false");
  const safeAlone = get("   tallyRecords default");
  const r1 = ratio(fast, hand);
  const r2 = ratio(safe, hand);
  const r4a = ratio(get("4a."), fast);
  const r4b = ratio(get("4b."), fast);
  const n = size.toLocaleString("en");
  console.log(
    `${n} records: path 1 ÷ hand loop ${r1.toFixed(2)} (tallyRecords alone ${ratio(fastAlone, hand).toFixed(2)}) · ` +
      `path 2 ÷ hand loop ${r2.toFixed(2)} (alone ${ratio(safeAlone, hand).toFixed(2)}) · ` +
      `Arquero ÷ path 1: ${r4a.toFixed(2)} from objects, ${r4b.toFixed(2)} from columns`,
  );
  verdicts.push(
    [`${n}: path 1 ≤ 1.5 × hand loop (${r1.toFixed(2)})`, r1 <= 1.5],
    [`${n}: path 2 ≤ 2.0 × hand loop (${r2.toFixed(2)})`, r2 <= 2.0],
    [`${n}: Arquero (from objects) ≥ 3 × path 1 (${r4a.toFixed(2)})`, r4a >= 3],
  );
}
verdicts.push([
  `path 5 evaluate with per-unit detail ≤ 15 ms (${fmt(evaluateTimes.median)} ms)`,
  evaluateTimes.median <= 15,
]);
verdicts.push([
  `path 5 evaluate without per-unit detail ≤ 5 ms (${fmt(evaluateLeanTimes.median)} ms)`,
  evaluateLeanTimes.median <= 5,
]);
{
  const ra = ratio(
    csvTimes.get("(a) library: tallyPeopleCsv + evaluate"),
    csvTimes.get("(b) papaparse streaming + a counting loop"),
  );
  const rc = ratio(
    csvTimes.get("(c) DuckDB read_csv + tallySql + evaluate"),
    csvTimes.get("(d) DuckDB read_csv + a bare GROUP BY"),
  );
  console.log(`CSV: (a) ÷ (b) ${ra.toFixed(2)} · SQL: (c) ÷ (d) ${rc.toFixed(2)}`);
  verdicts.push([`path 7 (a) CSV door ≤ 1.3 × papaparse bare (${ra.toFixed(2)})`, ra <= 1.3]);
  verdicts.push([
    `path 7 (c) DuckDB + tallySql + evaluate ≤ 1.2 × DuckDB bare (${rc.toFixed(2)})`,
    rc <= 1.2,
  ]);
  const worst = Math.max(...heaps.map((h) => h.peak));
  verdicts.push([
    `path 7 (a) peak heap growth < 64 MiB at every size (${heaps.map((h) => mib(h.peak)).join(", ")})`,
    worst < 64 * 2 ** 20,
  ]);
}
for (const { consume, results } of streams) {
  if (consume === "none") continue;
  const peaks = results.map((r) => r.peakGrowth);
  const worst = Math.max(...peaks);
  // Independent of the number of records: the largest stream grows the heap no more than the smallest plus 16 MiB
  // (one young generation's worth of not-yet-collected garbage).
  const flat = worst - (peaks[0] ?? 0) <= 16 * 2 ** 20;
  verdicts.push([`path 6 (${consume}) peak heap growth < 64 MiB (${mib(worst)})`, worst < 64 * 2 ** 20]);
  verdicts.push([
    `path 6 (${consume}) independent of the number of records (${peaks.map(mib).join(", ")})`,
    flat,
  ]);
}
if (smoke) console.log("(smoke run: timings shown, not judged)");
else for (const [text, ok] of verdicts) console.log(`${ok ? "met   " : "MISSED"}  ${text}`);

if (problems.length > 0) {
  console.error(`\n✗ the paths disagree:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("\n✓ all paths agree");
