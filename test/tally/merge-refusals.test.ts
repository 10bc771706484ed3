// mergeTallies refuses a tally whose counts do not add up, at the argument's index and the field, with the
// numbers in the message's parameters; and a good tally merges whatever its neighbours.
import { describe, expect, it } from "vitest";
import { emptyTally, mergeTallies, type Tally } from "../../src/index.js";
import { refusal } from "../helpers/issues.js";

const good: Tally = {
  units: 2,
  unitsWithKeyLeaders: 2,
  unitsWithFemaleKeyLeader: 1,
  keyLeaders: { women: 1, total: 4 },
  planningPool: { women: 3, total: 6, womenTrained: 2 },
  workforce: { women: 10, total: 30 },
};
const bad = (change: Partial<Record<keyof Tally, unknown>>) => ({ ...good, ...change }) as Tally;

describe("mergeTallies", () => {
  it("merges good tallies, an empty one changing nothing", () => {
    expect(mergeTallies(good, emptyTally())).toEqual(good);
    expect(mergeTallies(good, good).planningPool).toEqual({ women: 6, total: 12, womenTrained: 4 });
  });

  it.each<[string, Tally, unknown]>([
    [
      "more units with key leaders than units",
      bad({ unitsWithKeyLeaders: 3, unitsWithFemaleKeyLeader: 1 }),
      {
        code: "argument.range",
        path: [1, "unitsWithKeyLeaders"],
        params: { path: "1.unitsWithKeyLeaders", min: 0, max: 2, value: 3 },
      },
    ],
    [
      "more units with a woman key leader than with key leaders",
      bad({ unitsWithFemaleKeyLeader: 3 }),
      {
        code: "argument.range",
        path: [1, "unitsWithFemaleKeyLeader"],
        params: { path: "1.unitsWithFemaleKeyLeader", min: 0, max: 2, value: 3 },
      },
    ],
    [
      "more women key leaders than key leaders",
      bad({ keyLeaders: { women: 5, total: 4 } }),
      {
        code: "tally.women-exceed-total",
        path: [1, "keyLeaders", "women"],
        params: { group: "keyLeaders", women: 5, total: 4 },
      },
    ],
    [
      "more women trained than women in the pool",
      bad({ planningPool: { women: 3, total: 6, womenTrained: 4 } }),
      {
        code: "tally.trained-exceed-women",
        path: [1, "planningPool", "womenTrained"],
        params: { trained: 4, women: 3 },
      },
    ],
    [
      "more women in the workforce than people",
      bad({ workforce: { women: 31, total: 30 } }),
      {
        code: "tally.women-exceed-total",
        path: [1, "workforce", "women"],
        params: { group: "workforce", women: 31, total: 30 },
      },
    ],
    ["a count that is not one", bad({ units: -1 }), expect.objectContaining({ path: [1, "units"] })],
  ])("refuses %s, at its index and field", (_, tally, issue) => {
    expect(refusal(() => mergeTallies(good, tally))).toEqual({ error: "InvalidInputError", issues: [issue] });
  });
});
