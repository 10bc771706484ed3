// The benchmark's smoke mode in-process: every path (the library trusted and validated, the hand-written loop,
// Arquero from objects and from columns) gives the same per-unit counts, and evaluating the hand loop's counts
// gives the library's evaluation. `npm run bench` times the same paths at national scale (docs/performance.md).
import { describe, expect, it } from "vitest";
import {
  disagreements,
  makeRecords,
  makeUnits,
  runAllPaths,
  SMOKE,
  smokeCheck,
  unitSizes,
} from "../bench/paths.js";

describe("bench smoke", () => {
  it("all paths agree on ~20,000 records over ~200 units", () => {
    const r = smokeCheck();
    expect(r.records).toBe(SMOKE.records);
    expect(r.units).toBe(SMOKE.units);
    expect(r.problems).toEqual([]);
  });

  it("catches a path that miscounts", () => {
    const synthetic = makeUnits(60);
    const units = synthetic.map((s) => s.unit);
    const records = makeRecords(synthetic, 3_000);
    const results = runAllPaths(records, units);
    expect(disagreements(results, units, records.length)).toEqual([]);
    const first = results.hand.values().next().value;
    if (first === undefined) throw new Error("no counts");
    first.poolWomen++;
    const problems = disagreements(results, units, records.length);
    expect(problems.some((p) => p.startsWith("hand loop: per-unit counts differ"))).toBe(true);
    expect(problems.some((p) => p.startsWith("evaluation of the hand loop's counts differs"))).toBe(true);
  });

  it("generates the same seeded data in either memory layout, every unit peopled", () => {
    const synthetic = makeUnits(60);
    const sequential = makeRecords(synthetic, 3_000, 7, "sequential");
    expect(makeRecords(synthetic, 3_000, 7, "scattered")).toEqual(sequential);
    expect(makeRecords(synthetic, 3_000, 7)).toEqual(sequential);
    expect(new Set(sequential.map((r) => r.unitId)).size).toBe(synthetic.length);
    const sizes = unitSizes(synthetic, 3_000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(3_000);
    expect(Math.min(...sizes.map((n, i) => n - (synthetic[i]?.keyLeaders ?? 0)))).toBeGreaterThan(0);
  });
});
