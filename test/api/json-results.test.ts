// Results are plain JSON: no bigint, no class instance, no property set to `undefined` (which JSON drops, so a
// stored result would differ from the one returned). The result of every exported function, on generated valid
// arguments, survives JSON.stringify/JSON.parse unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../helpers/runs.js";
import { ENTRY_POINTS, isFunction } from "./registry.js";

describe("every exported function has a row in the registry", () => {
  for (const { name, module, rows } of ENTRY_POINTS) {
    it(name, () => {
      const functions = Object.keys(module).filter((k) => isFunction(module[k]));
      expect(functions.filter((f) => !(f in rows)).sort()).toEqual([]);
      expect(
        Object.keys(rows)
          .filter((r) => !functions.includes(r))
          .sort(),
      ).toEqual([]);
    });
  }
});

describe("results round-trip through JSON", () => {
  for (const { name, module, rows } of ENTRY_POINTS) {
    for (const [fn, row] of Object.entries(rows)) {
      if ("skip" in row) continue;
      it(`${name}: ${fn}`, () => {
        const f = module[fn] as (...args: unknown[]) => unknown;
        fc.assert(
          fc.property(row, (args) => {
            const result = f(...args);
            const text = JSON.stringify(result);
            expect(text === undefined ? undefined : JSON.parse(text)).toStrictEqual(result);
          }),
          { numRuns: runs(40) },
        );
      });
    }
  }
});
