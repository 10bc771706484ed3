// The JSON Schema a share publishes (through the plan's and the report's schemas) against the zod schema that reads
// it: an editor checking a configuration with the JSON Schema must never refuse a share the library accepts, and
// a text the JSON Schema's fraction pattern admits must be one the library reads. The JSON Schema cannot say
// everything (a text over 100%, a number with too many digits): where it is looser, the library's refusal is the
// only one, and says why.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PercentSchema, readPercent } from "../../src/rational/percent.js";
import { fc, test } from "../helpers/prop.js";
import { runs } from "../helpers/runs.js";

type Json = Record<string, unknown>;
const emitted = z.toJSONSchema(PercentSchema, { io: "input", target: "draft-2020-12" }) as Json;
const share = (emitted["$defs"] as Record<string, Json>)["Share"] as Json;
const branches = share["anyOf"] as Json[];

const ajv = new Ajv2020({ strict: false });
// As an editor or a pipeline would check a value: the whole schema, and its two text forms alone.
const admitsShare = ajv.compile(emitted);
const admitsPercentText = ajv.compile(branches[0] as Json);
const admitsFractionText = ajv.compile(branches[1] as Json);

const accepts = (value: unknown) => PercentSchema.safeParse(value).success;

// Texts near the written forms: digits, a point or comma, the sign, spaces, a minus, a letter.
const text = fc.string({ unit: fc.constantFrom(..."0123456789.,% -x"), maxLength: 8 });
const value = fc.oneof(
  text,
  fc.record({ percent: fc.oneof(text, fc.double(), fc.integer({ min: -5, max: 105 })) }),
  fc.record({ fraction: text }),
  fc.record({ percent: text, fraction: text }),
  fc.constantFrom(null, true, 60, [], {}),
);

describe("the JSON Schema of a share", () => {
  it("is the one documented: four written forms, each described", () => {
    expect(share).toMatchSnapshot();
    expect(share["description"]).toContain("0.6");
    for (const b of branches.slice(0, 2)) expect(String(b["description"]).length).toBeGreaterThan(10);
  });

  test.prop([value], { numRuns: runs(400) })("never refuses a share the library accepts", (v) => {
    if (accepts(v)) expect(admitsShare(v), JSON.stringify(v)).toBe(true);
  });

  test.prop([text], { numRuns: runs(400) })(
    "admits by its fraction pattern only texts the library reads, and by its percent pattern only texts it reads or finds over 100%",
    (t) => {
      if (admitsFractionText(t)) expect(readPercent(t), t).toMatch(/%$/);
      if (admitsPercentText(t)) {
        const read = readPercent(t);
        if (typeof read !== "string") expect(read.code, t).toBe("share.out-of-range");
      }
    },
  );

  it.each([
    ["60%", true],
    [" 60,5 % ", true],
    ["0.6", true],
    ["1.0", true],
    ["0", true],
    ["1", false],
    ["60", false],
    ["-5%", false],
    ["x%", false],
    [{ percent: "60" }, true],
    [{ percent: 60 }, true],
    [{ percent: 101 }, false],
    [{ percent: -1 }, false],
    [{ percent: true }, false],
    [{ fraction: "0.6" }, true],
    [{ fraction: 0.6 }, false],
    [{ percent: "60", note: "x" }, false],
    [{}, false],
    [null, false],
    [[], false],
  ])("admits %j: %s", (v, expected) => {
    expect(admitsShare(v)).toBe(expected);
  });
});
