// The hostile-input suite: every exported function that takes outside data, fed generated arguments (anything at
// all, and valid arguments with one to five values replaced by the edge classes of the hostile-input review),
// answers with a result or the library's own error, within the time budget, without changing its input or a
// prototype. `safe*` functions never throw. Seeds are printed on failure (replay with FC_SEED=…).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../api/registry.js";
import { anyArguments, callHostile, mutated } from "./harness.js";

const RUNS = Number(process.env["HOSTILE_RUNS"] ?? 500);

describe("hostile input", () => {
  for (const { name, module, rows } of ENTRY_POINTS) {
    for (const [fn, row] of Object.entries(rows)) {
      if ("skip" in row) continue;
      const f = module[fn] as (...args: unknown[]) => unknown;
      const label = `${name}: ${fn}`;
      it(`${label}: arguments of any shape`, () => {
        fc.assert(
          fc.property(anyArguments, (args) => {
            const outcome = callHostile(label, f, args);
            if (fn.startsWith("safe")) expect(outcome.ok, `${fn} threw`).toBe(true);
          }),
          { numRuns: RUNS },
        );
      });
      it(`${label}: valid arguments with hostile values`, () => {
        fc.assert(
          fc.property(mutated(row), (args) => {
            const outcome = callHostile(label, f, args);
            if (fn.startsWith("safe")) expect(outcome.ok, `${fn} threw`).toBe(true);
          }),
          { numRuns: RUNS },
        );
      });
    }
  }
});

// What a successful call must account for: every record and every tally counted or rejected, none dropped.
describe("hostile input: nothing dropped", () => {
  const root = ENTRY_POINTS[0];
  const rows = root.rows;
  it("tallyRecords: read = counted + rejected, and read is every record given", () => {
    const row = rows["tallyRecords"];
    if (row === undefined || "skip" in row) throw new Error("no row");
    fc.assert(
      fc.property(mutated(row), (args) => {
        const outcome = callHostile("tallyRecords", root.module["tallyRecords"] as never, args);
        if (!outcome.ok) return;
        const r = outcome.value as { account: { read: number; counted: number; rejected: unknown[] } };
        expect(r.account.read).toBe(r.account.counted + r.account.rejected.length);
        if (Array.isArray(args[0])) expect(r.account.read).toBe(args[0].length);
      }),
      { numRuns: RUNS },
    );
  });
  it("evaluate: tallies reporting + rejected = tallies given", () => {
    const row = rows["evaluate"];
    if (row === undefined || "skip" in row) throw new Error("no row");
    fc.assert(
      fc.property(mutated(row), (args) => {
        const outcome = callHostile("evaluate", root.module["evaluate"] as never, args);
        if (!outcome.ok) return;
        const e = outcome.value as { coverage: { unitsReporting: number; rejected: unknown[] } };
        const given = (args[1] as { tallies: unknown[] }).tallies;
        expect(e.coverage.unitsReporting + e.coverage.rejected.length).toBe(given.length);
      }),
      { numRuns: RUNS },
    );
  });
  it("rollUp: tallies in groups + rejected = tallies given", () => {
    const row = rows["rollUp"];
    if (row === undefined || "skip" in row) throw new Error("no row");
    fc.assert(
      fc.property(mutated(row), (args) => {
        const outcome = callHostile("rollUp", root.module["rollUp"] as never, args);
        if (!outcome.ok) return;
        const r = outcome.value as {
          by: string;
          groups: { tally: { units: number } }[];
          rejected: unknown[];
        };
        if (r.by !== "overall" && r.by !== "tier" && r.by !== "sector") return; // by parent, groups overlap
        const counted = r.groups.reduce((n, g) => n + g.tally.units, 0);
        expect(counted + r.rejected.length).toBe((args[1] as unknown[]).length);
      }),
      { numRuns: RUNS },
    );
  });
});
