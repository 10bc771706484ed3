// Which tiers of local government an evaluation counts, by its snapshot date: the reform of 1 July 2025 to the
// day, and a snapshot given before the plan's structure begins.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { national2282 } from "../../src/presets/index.js";
import { input, plan } from "../fixtures/province.js";

const tiersOn = (snapshotDate: string, year = 2025) =>
  evaluate(plan, input(year), { year, asOf: "2026-01-15", snapshotDate }).tiers;

describe("the tiers an evaluation counts", () => {
  it("change on the day of the reform, not a day before or after", () => {
    expect(tiersOn("2025-06-30")).toEqual(["province", "district", "commune"]);
    expect(tiersOn("2025-07-01")).toEqual(["province", "commune"]);
    expect(tiersOn("2025-12-31")).toEqual(["province", "commune"]);
  });

  it("are none before the plan's period, for a province or the nation", () => {
    for (const p of [plan, national2282]) {
      const e = evaluate(p, input(2020), { year: 2020, asOf: "2021-01-15" });
      expect(e.tiers, p.id).toEqual([]);
      expect(
        e.indicators.every((i) => i.overall.status === "not-computable"),
        p.id,
      ).toBe(true);
    }
  });

  it("are the first period's for a snapshot before the structure begins", () => {
    expect(tiersOn("2020-12-31", 2021)).toEqual(["province", "district", "commune"]);
  });
});
