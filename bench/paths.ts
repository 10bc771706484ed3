/**
 * The benchmark's data and paths, importable without side effects: the seeded synthetic cadre database, the four
 * ways of turning people into per-unit counts (the library fast and safe, a hand-written loop, Arquero), and the
 * check that they all agree. `bench/run.ts` is the command line that times them.
 *
 * @module
 */
import { isDeepStrictEqual } from "node:util";
import * as aq from "arquero";
import { type Evaluation, evaluate } from "../src/evaluation/index.js";
import type { Unit } from "../src/organisation/unit.js";
import { hungYen53 } from "../src/presets/index.js";
import {
  type PersonRecord,
  type RecordsTally,
  tallyRecords,
  type UnitTallyInput,
} from "../src/tally/index.js";

/** The evaluation every path is judged by: Plan 53, the 2025 targets, evaluated in January 2026. */
export const EVALUATE_OPTIONS = { year: 2025, asOf: "2026-01-15" } as const;
/** What the hand loop computes: overall, levels and sectors, no per-unit detail (paths 1, 2 and 7). */
export const LEAN = { ...EVALUATE_OPTIONS, unitResults: false } as const;

/** Sizes of the full run and of the smoke run. */
export const FULL = {
  units: 10_000,
  sizes: [1_000_000, 2_500_000],
  streamSizes: [250_000, 1_000_000, 2_500_000],
};
export const SMOKE = { units: 200, records: 20_000 };

/** mulberry32: a small seeded generator, so that every run benchmarks the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sectors of the 20 provincial departments (sở); public service units take one of them. */
export const SECTORS = [
  "home-affairs",
  "finance",
  "education",
  "health",
  "agriculture",
  "justice",
  "culture",
  "construction",
  "industry-trade",
  "science-technology",
  "labour",
  "natural-resources",
  "transport",
  "information",
  "foreign-affairs",
  "planning",
  "inspection",
  "ethnic-affairs",
  "tourism",
  "office",
] as const;

/** A unit of the synthetic database, with what the record generator needs to people it. */
export interface SyntheticUnit {
  /** The unit as the library sees it. */
  readonly unit: Unit;
  /** Relative size of its staff. */
  readonly weight: number;
  /** Key leaders: one head and the rest deputies (3–6 in all). */
  readonly keyLeaders: number;
  /** Share of its staff in the planning pool (5–15%). */
  readonly poolShare: number;
}

/**
 * `count` units of one province-sized hierarchy: the provincial local government, 20 departments, communes (a
 * third of the rest) and public service units (schools, clinics, centres: the rest, a tenth of them provincial).
 * Sizes: communes are small, departments and provincial service units large.
 */
export function makeUnits(count: number, seed = 1): SyntheticUnit[] {
  const random = rng(seed);
  const between = (lo: number, hi: number) => lo + random() * (hi - lo);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const out: SyntheticUnit[] = [];
  const add = (unit: Unit, weight: number) =>
    out.push({ unit, weight, keyLeaders: int(3, 6), poolShare: between(0.05, 0.15) });
  add({ id: "p", kind: "local-government", tier: "province", name: "UBND tỉnh" }, 400);
  for (const [i, sector] of SECTORS.entries()) {
    add(
      { id: `p.d${String(i).padStart(2, "0")}`, kind: "state-agency", tier: "province", sector, parent: "p" },
      between(150, 600),
    );
  }
  const rest = Math.max(0, count - out.length);
  const communes = Math.round(rest / 3);
  for (let i = 0; i < communes; i++) {
    add(
      { id: `c${String(i).padStart(5, "0")}`, kind: "local-government", tier: "commune", parent: "p" },
      between(40, 90),
    );
  }
  for (let i = 0; i < rest - communes; i++) {
    const provincial = random() < 0.1;
    const d = int(0, SECTORS.length - 1);
    const sector = provincial
      ? (SECTORS[d] ?? "education")
      : random() < 0.6
        ? "education"
        : random() < 0.6
          ? "health"
          : "culture";
    const parent = provincial
      ? `p.d${String(d).padStart(2, "0")}`
      : `c${String(int(0, communes - 1)).padStart(5, "0")}`;
    add(
      {
        id: `s${String(i).padStart(5, "0")}`,
        kind: "public-service-unit",
        tier: provincial ? "province" : "commune",
        sector,
        parent,
      },
      provincial ? between(200, 1500) : between(60, 400),
    );
  }
  return out;
}

/** How many people each unit gets so that they sum to `total` (at least its key leaders plus one). */
export function unitSizes(units: readonly SyntheticUnit[], total: number): number[] {
  const minimum = units.reduce((s, u) => s + u.keyLeaders + 1, 0);
  if (total < minimum)
    throw new RangeError(`${total} records cannot people ${units.length} units (need ${minimum})`);
  const weights = units.reduce((s, u) => s + u.weight, 0);
  const spare = total - minimum;
  const sizes = units.map((u) => u.keyLeaders + 1 + Math.floor((spare * u.weight) / weights));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % sizes.length, left--) sizes[i] = (sizes[i] ?? 0) + 1;
  return sizes;
}

/**
 * The people of the units, unit by unit, lazily: each record is a plain object of one shape, as an app maps a
 * database row (`{ unitId, sex, position, inPlanningPool, trained, inWorkforce }`). Key leaders are the head and
 * deputies (women about 30% of them), women about 42% of the other staff, the planning pool 5–15% of staff (half
 * of the deputies), three in four of the pool trained, and about 2% of people outside the workforce (seconded).
 * The unit id strings are shared per unit, as an ORM or a string-interning driver would give them.
 */
export function* generateRecords(
  units: readonly SyntheticUnit[],
  total: number,
  seed = 2,
): Generator<PersonRecord> {
  const random = rng(seed);
  const sizes = unitSizes(units, total);
  for (const [u, s] of units.entries()) {
    const unitId = s.unit.id;
    const size = sizes[u] ?? 0;
    for (let i = 0; i < size; i++) {
      const position = i === 0 ? "head" : i < s.keyLeaders ? "deputy-head" : "other";
      const female = random() < (position === "other" ? 0.42 : 0.3);
      const inPlanningPool =
        random() < (position === "deputy-head" ? 0.5 : position === "head" ? 0 : s.poolShare);
      const record: PersonRecord = {
        unitId,
        sex: female ? "female" : "male",
        position,
        inPlanningPool,
        trained: inPlanningPool && random() < 0.75,
        inWorkforce: random() >= 0.02,
      };
      yield record;
    }
  }
}

/**
 * Where the record objects lie in memory relative to the order they are read in:
 * - `"sequential"` (default): in reading order, as a database driver or `JSON.parse` allocates rows, so that
 *   reading them is streaming through memory and the per-unit counters are the only random accesses;
 * - `"scattered"`: in another order (created unit by unit, then shuffled), so that every record read is a cache
 *   miss and every path is bound by memory latency.
 */
export type Layout = "sequential" | "scattered";

/**
 * The records as one array in a seeded random order of units (a national table is not sorted by unit); the same
 * records in the same order for either layout.
 */
export function makeRecords(
  units: readonly SyntheticUnit[],
  total: number,
  seed = 2,
  layout: Layout = "sequential",
): PersonRecord[] {
  const records = Array.from(generateRecords(units, total, seed));
  const random = rng(seed + 1);
  for (let i = records.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = records[i] as PersonRecord;
    records[i] = records[j] as PersonRecord;
    records[j] = a;
  }
  if (layout === "scattered") return records;
  // Copied in reading order: each copy is allocated right after the previous one.
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as PersonRecord;
    records[i] = {
      unitId: r.unitId,
      sex: r.sex,
      position: r.position,
      inPlanningPool: r.inPlanningPool,
      trained: r.trained,
      inWorkforce: r.inWorkforce,
    };
  }
  return records;
}

// ---------------------------------------------------------------------------------------------------------------
// The paths

/** Path 1: the library's fast path for trusted records (`validate: false`), then the evaluation. */
export function libraryFast(records: readonly PersonRecord[], units: readonly Unit[]) {
  const counted = tallyRecords(records, { validate: false });
  return { counted, evaluation: evaluate(hungYen53, { units, tallies: counted.tallies }, LEAN) };
}

/** Path 2: the library's default, every record checked against `PersonRecordSchema`, then the evaluation. */
export function librarySafe(records: readonly unknown[], units: readonly Unit[]) {
  const counted = tallyRecords(records);
  return { counted, evaluation: evaluate(hungYen53, { units, tallies: counted.tallies }, LEAN) };
}

/** The per-unit counts of the hand-written loop. */
export interface HandCounts {
  klWomen: number;
  klTotal: number;
  poolWomen: number;
  poolTotal: number;
  poolTrained: number;
  wfWomen: number;
  wfTotal: number;
}

/**
 * Path 3: what a user writes by hand, one `Map` of counters, the same rules as the library (heads and deputies
 * are key leaders unless `keyLeader` says otherwise; trained counted for pool women; workforce unless
 * `inWorkforce: false`). The floor: no validation, no output shaping, no sorting.
 */
export function handLoop(records: readonly PersonRecord[]): Map<string, HandCounts> {
  const byUnit = new Map<string, HandCounts>();
  for (const r of records) {
    let c = byUnit.get(r.unitId);
    if (c === undefined) {
      c = { klWomen: 0, klTotal: 0, poolWomen: 0, poolTotal: 0, poolTrained: 0, wfWomen: 0, wfTotal: 0 };
      byUnit.set(r.unitId, c);
    }
    const female = r.sex === "female";
    if (r.keyLeader ?? (r.position === "head" || r.position === "deputy-head")) {
      c.klTotal++;
      if (female) c.klWomen++;
    }
    if (r.inPlanningPool === true) {
      c.poolTotal++;
      if (female) {
        c.poolWomen++;
        if (r.trained === true) c.poolTrained++;
      }
    }
    if (r.inWorkforce !== false) {
      c.wfTotal++;
      if (female) c.wfWomen++;
    }
  }
  return byUnit;
}

/** The hand loop's counts as the library's tallies (outside the timed region). */
export function handTallies(byUnit: ReadonlyMap<string, HandCounts>): UnitTallyInput[] {
  return [...byUnit]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitId, c]) => ({
      unitId,
      keyLeaders: { women: c.klWomen, total: c.klTotal },
      planningPool: { women: c.poolWomen, total: c.poolTotal, womenTrained: c.poolTrained },
      workforce: { women: c.wfWomen, total: c.wfTotal },
    }));
}

// Arquero expressions as strings: arquero parses them itself, so the TypeScript compiler cannot rename anything.
const ROLLUP = {
  klWomen:
    "d => op.sum(d.sex === 'female' && (d.position === 'head' || d.position === 'deputy-head') ? 1 : 0)",
  klTotal: "d => op.sum(d.position === 'head' || d.position === 'deputy-head' ? 1 : 0)",
  poolWomen: "d => op.sum(d.inPlanningPool === true && d.sex === 'female' ? 1 : 0)",
  poolTotal: "d => op.sum(d.inPlanningPool === true ? 1 : 0)",
  poolTrained: "d => op.sum(d.inPlanningPool === true && d.sex === 'female' && d.trained === true ? 1 : 0)",
  wfWomen: "d => op.sum(d.inWorkforce !== false && d.sex === 'female' ? 1 : 0)",
  wfTotal: "d => op.sum(d.inWorkforce !== false ? 1 : 0)",
} as const;

/** Path 4a: Arquero from the same array of objects; `aq.from` (objects to columns) is part of its cost. */
export function arqueroFromObjects(records: readonly PersonRecord[]): aq.ColumnTable {
  return arqueroRollup(aq.from(records as PersonRecord[]));
}

/** The records as columns, as a column store or Arrow would hand them to Arquero (built outside the timing). */
export function toColumns(records: readonly PersonRecord[]): Record<string, unknown[]> {
  const n = records.length;
  const cols = {
    unitId: new Array<unknown>(n),
    sex: new Array<unknown>(n),
    position: new Array<unknown>(n),
    inPlanningPool: new Array<unknown>(n),
    trained: new Array<unknown>(n),
    inWorkforce: new Array<unknown>(n),
  };
  for (let i = 0; i < n; i++) {
    const r = records[i] as PersonRecord;
    cols.unitId[i] = r.unitId;
    cols.sex[i] = r.sex;
    cols.position[i] = r.position;
    cols.inPlanningPool[i] = r.inPlanningPool;
    cols.trained[i] = r.trained;
    cols.inWorkforce[i] = r.inWorkforce;
  }
  return cols;
}

/** Path 4b: Arquero from columns already built: the group-by and roll-up alone. */
export function arqueroFromColumns(columns: Record<string, unknown[]>): aq.ColumnTable {
  return arqueroRollup(aq.table(columns));
}

function arqueroRollup(table: aq.ColumnTable): aq.ColumnTable {
  return table.groupby("unitId").rollup(ROLLUP);
}

/** Arquero's roll-up as the library's tallies (outside the timed region). */
export function arqueroTallies(table: aq.ColumnTable): UnitTallyInput[] {
  const rows = table.objects() as Array<{ unitId: string } & HandCounts>;
  return handTallies(new Map(rows.map((r) => [r.unitId, r])));
}

/** Path 5: the evaluation alone, from per-unit tallies (a database `GROUP BY` already made them). */
export function evaluateOnly(
  units: readonly Unit[],
  tallies: readonly UnitTallyInput[],
  unitResults = true,
): Evaluation {
  return evaluate(hungYen53, { units, tallies }, unitResults ? EVALUATE_OPTIONS : LEAN);
}

// ---------------------------------------------------------------------------------------------------------------
// Agreement

/** The results of every path on one data set. */
export interface PathResults {
  readonly fast: { readonly counted: RecordsTally; readonly evaluation: Evaluation };
  readonly safe: { readonly counted: RecordsTally; readonly evaluation: Evaluation };
  readonly hand: Map<string, HandCounts>;
  readonly arqueroObjects: aq.ColumnTable;
  readonly arqueroColumns: aq.ColumnTable;
}

/** Runs every path once. */
export function runAllPaths(records: readonly PersonRecord[], units: readonly Unit[]): PathResults {
  return {
    fast: libraryFast(records, units),
    safe: librarySafe(records, units),
    hand: handLoop(records),
    arqueroObjects: arqueroFromObjects(records),
    arqueroColumns: arqueroFromColumns(toColumns(records)),
  };
}

/**
 * Where the paths disagree, as sentences; empty when they all agree: the per-unit counts of paths 1–4 are equal,
 * every record was counted, and evaluating the hand loop's counts gives path 1's evaluation (and path 2's).
 */
export function disagreements(
  results: PathResults,
  units: readonly Unit[],
  expectedRecords: number,
): string[] {
  const problems: string[] = [];
  const reference = results.fast.counted.tallies;
  const others: Array<[string, readonly UnitTallyInput[]]> = [
    ["library (validated)", results.safe.counted.tallies],
    ["hand loop", handTallies(results.hand)],
    ["arquero (from objects)", arqueroTallies(results.arqueroObjects)],
    ["arquero (from columns)", arqueroTallies(results.arqueroColumns)],
  ];
  for (const [name, tallies] of others) {
    if (!isDeepStrictEqual(tallies, reference)) {
      const i = tallies.findIndex((t, k) => !isDeepStrictEqual(t, reference[k]));
      problems.push(
        `${name}: per-unit counts differ from the library's (${tallies.length} vs ${reference.length} units; first difference at ${i}: ${JSON.stringify(tallies[i])} vs ${JSON.stringify(reference[i])})`,
      );
    }
  }
  for (const [name, r] of [
    ["library", results.fast.counted],
    ["library (validated)", results.safe.counted],
  ] as const) {
    const { read, counted, rejected } = r.account;
    if (read !== expectedRecords || counted !== expectedRecords || rejected.length > 0) {
      problems.push(
        `${name}: read ${read}, counted ${counted}, rejected ${rejected.length} of ${expectedRecords} records`,
      );
    }
  }
  if (!isDeepStrictEqual(results.safe.evaluation, results.fast.evaluation)) {
    problems.push("library (validated): evaluation differs from the fast path's");
  }
  if (!isDeepStrictEqual(evaluateOnly(units, handTallies(results.hand), false), results.fast.evaluation)) {
    problems.push("evaluation of the hand loop's counts differs from the library's evaluation");
  }
  // Per-unit detail on demand changes nothing else: the full evaluation without its byUnit lists is the lean one.
  const full = evaluateOnly(units, results.fast.counted.tallies);
  const stripped = {
    ...full,
    settings: { ...full.settings, unitResults: false },
    indicators: full.indicators.map((i) => ({ ...i, byUnit: [], adjustedGroups: 0 })),
  };
  const lean = results.fast.evaluation;
  if (
    !isDeepStrictEqual(stripped, {
      ...lean,
      indicators: lean.indicators.map((i) => ({ ...i, adjustedGroups: 0 })),
    })
  ) {
    problems.push(
      "the evaluation with per-unit detail differs from the one without, beyond its byUnit lists",
    );
  }
  const e = results.fast.evaluation;
  if (e.coverage.rejected.length > 0 || e.coverage.unitsReporting !== units.length) {
    problems.push(
      `evaluation: ${e.coverage.unitsReporting} of ${units.length} units reporting, ${e.coverage.rejected.length} tallies rejected`,
    );
  }
  return problems;
}

/** The smoke check: ~20,000 records over ~200 units, every path once; returns the disagreements (none is a pass). */
export function smokeCheck(seed = 1): {
  readonly records: number;
  readonly units: number;
  readonly problems: string[];
} {
  const synthetic = makeUnits(SMOKE.units, seed);
  const units = synthetic.map((s) => s.unit);
  const records = makeRecords(synthetic, SMOKE.records, seed + 1);
  const problems = disagreements(runAllPaths(records, units), units, records.length);
  return { records: records.length, units: units.length, problems };
}
