// acceptTallies: each rejection with its code, path and parameters; a tally whose unit id is written in another
// Unicode form is the unit's; a tally with no unit id is always checked, even when the caller trusts the shapes.
import { describe, expect, it } from "vitest";
import type { Unit, UnitTallyInput } from "../../src/index.js";
import { acceptTallies } from "../../src/tally/accept.js";

const units: Unit[] = [
  { id: "tinh", kind: "local-government", tier: "province" },
  { id: "xã-a", kind: "local-government", tier: "commune", validFrom: "2025-07-01" },
];
const t = (unitId: unknown): UnitTallyInput =>
  ({
    unitId,
    keyLeaders: { women: 1, total: 2 },
    planningPool: { women: 1, total: 2, womenTrained: 1 },
  }) as UnitTallyInput;
const rejections = (r: ReturnType<typeof acceptTallies>) =>
  r.rejected.map((x) => ({
    index: x.index,
    unitId: x.unitId,
    issues: x.issues.map((i) => [i.code, i.path, i.params]),
  }));

describe("acceptTallies", () => {
  it("rejects both tallies of a unit given twice, naming how many", () => {
    const r = acceptTallies(units, [t("tinh"), t("tinh")]);
    expect(r.accepted.size).toBe(0);
    expect(rejections(r)).toEqual([
      {
        index: 0,
        unitId: "tinh",
        issues: [["tally.duplicate-unit", [0, "unitId"], { id: "tinh", count: 2 }]],
      },
      {
        index: 1,
        unitId: "tinh",
        issues: [["tally.duplicate-unit", [1, "unitId"], { id: "tinh", count: 2 }]],
      },
    ]);
  });

  it("rejects the tally of a unit whose tier is not in force, with the date or none", () => {
    const tiersInForce = new Set(["province"]);
    expect(rejections(acceptTallies(units, [t("xã-a")], { tiersInForce, date: "2025-07-01" }))).toEqual([
      {
        index: 0,
        unitId: "xã-a",
        issues: [
          ["tally.unit-tier-lapsed", [0, "unitId"], { id: "xã-a", tier: "commune", date: "2025-07-01" }],
        ],
      },
    ]);
    expect(rejections(acceptTallies(units, [t("xã-a")], { tiersInForce }))[0]?.issues).toEqual([
      ["tally.unit-tier-lapsed", [0, "unitId"], { id: "xã-a", tier: "commune", date: "" }],
    ]);
    expect(rejections(acceptTallies(units, [t("xã-a")], { date: "2025-06-30" }))[0]?.issues).toEqual([
      ["tally.unit-not-in-force", [0, "unitId"], { id: "xã-a", date: "2025-06-30" }],
    ]);
  });

  it("takes a unit id in another Unicode form as the unit's", () => {
    const decomposed = "xã-a".normalize("NFD");
    expect(decomposed).not.toBe("xã-a");
    const r = acceptTallies(units, [t(decomposed)]);
    expect(r.rejected).toEqual([]);
    expect([...r.accepted.keys()]).toEqual(["xã-a"]);
  });

  it("checks a tally with no unit id even when shapes are trusted, and trusts the others", () => {
    for (const validate of [true, false]) {
      const r = acceptTallies(units, [null, { keyLeaders: 5 }, t(7)], { validate });
      expect(
        r.rejected.map((x) => [x.index, x.unitId, x.issues.length > 0]),
        String(validate),
      ).toEqual([
        [0, null, true],
        [1, null, true],
        [2, null, true],
      ]);
    }
    const trusted = acceptTallies(units, [{ unitId: "tinh", keyLeaders: "many" }], { validate: false });
    expect(trusted.rejected).toEqual([]);
    expect(trusted.accepted.has("tinh")).toBe(true);
    expect(
      acceptTallies(units, [{ unitId: "tinh", keyLeaders: "many" }]).rejected[0]?.issues[0]?.path,
    ).toEqual([0, "keyLeaders"]);
  });
});
