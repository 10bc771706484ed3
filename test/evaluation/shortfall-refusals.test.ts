// The public shortfall functions' refusals with their exact code, path and parameters, and the largest answer
// they still give exactly.
import { describe, expect, it } from "vitest";
import { peopleShortfall, requiredUnits } from "../../src/index.js";
import { refusal } from "../helpers/issues.js";

const MAX = Number.MAX_SAFE_INTEGER;
const one = (code: string, path: (string | number)[], params: object) => ({
  error: "InvalidInputError",
  issues: [{ code, path, params }],
});

describe("peopleShortfall", () => {
  it("refuses each bad argument at its name", () => {
    expect(refusal(() => peopleShortfall(1, 2, "x" as never))).toEqual(
      one("share.malformed", ["target"], { value: "x" }),
    );
    expect(refusal(() => peopleShortfall(0, 0, "50%"))).toEqual(
      one("argument.range", ["total"], { path: "total", min: 1, max: MAX, value: 0 }),
    );
    expect(refusal(() => peopleShortfall(3, 2, "50%"))).toEqual(
      one("tally.women-exceed-total", ["women"], { group: "group", women: 3, total: 2 }),
    );
    expect(refusal(() => peopleShortfall(-1, 2, "50%"))).toMatchObject({ issues: [{ path: ["women"] }] });
    expect(refusal(() => peopleShortfall(1, 2.5, "50%"))).toMatchObject({ issues: [{ path: ["total"] }] });
  });

  it("answers up to the largest safe integer, and refuses what would be rounded", () => {
    // At 50%, adding x women to 0 of MAX needs x ≥ MAX: exactly the largest safe integer.
    expect(peopleShortfall(0, MAX, "50%")).toEqual({ replace: Math.ceil(MAX / 2), add: MAX });
    const add = 99n * BigInt(MAX); // at 99%, each woman added leaves 1% to gain: 99 × MAX
    expect(refusal(() => peopleShortfall(0, MAX, "99%"))).toEqual(
      one("argument.too-large", ["shortfall", "add"], {
        path: "shortfall.add",
        value: add.toString(),
        max: MAX,
      }),
    );
  });
});

describe("requiredUnits", () => {
  it("refuses each bad argument at its name", () => {
    expect(refusal(() => requiredUnits(5, "60%", "nearest" as never))).toEqual(
      one("argument.one-of", ["reading"], {
        path: "reading",
        values: ["at-least-share", "round-half-up", "round-down"],
        value: "nearest",
      }),
    );
    expect(refusal(() => requiredUnits(5, "x" as never, "at-least-share"))).toEqual(
      one("share.malformed", ["target"], { value: "x" }),
    );
    expect(refusal(() => requiredUnits(-1, "60%", "at-least-share"))).toMatchObject({
      issues: [{ path: ["units"] }],
    });
  });
});
