// The quick checks that spare valid tallies and person records a zod parse are written "to the letter" of their
// schemas: on any value, near-valid or hostile, a quick check says yes exactly when the schema accepts. A quick
// check that says yes too often would count what the schema refuses; one that says no too often would make every
// valid record pay a parse. Both are a failure here.
import { describe, expect, it } from "vitest";
import { isValidTally, UnitTallyInputSchema } from "../../src/tally/input.js";
import { isValidRecord, PersonRecordSchema } from "../../src/tally/records.js";
import { fc, test } from "../helpers/prop.js";

/** A value that is sometimes absent (`undefined` means the key is left out). */
const ABSENT = Symbol("absent");
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: a }, fc.constant(ABSENT));
const withKeys = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== ABSENT));

const text = fc.oneof(
  fc.constantFrom("a", "xa-1", "", " ", "\t", "\u00a0", "\u3000x", " a", "~", "\u007f", "Đ", "\u200b"),
  fc.string({ maxLength: 4 }),
);
const count = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) },
  fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, Number.MAX_SAFE_INTEGER, -0),
  fc.constantFrom("1", null, undefined, true, 1n),
);
const hostile = fc.constantFrom(null, [], "x", 5, undefined, [1, 2]);
const extraKey = fc.constantFrom(ABSENT, ABSENT, ABSENT, "womenTrainned", "toString", "__proto__x", "total2");

const womenTotal = fc.oneof(
  { weight: 8, arbitrary: fc.record({ women: maybe(count), total: maybe(count), extra: extraKey }) },
  hostile,
);
const pool = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      women: maybe(count),
      total: maybe(count),
      womenTrained: maybe(count),
      extra: extraKey,
    }),
  },
  hostile,
);

function build(o: unknown): unknown {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return o;
  const { extra, ...rest } = o as Record<string, unknown>;
  const out = withKeys(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, build(v)])));
  if (typeof extra === "string") out[extra] = 0;
  return out;
}

const tallyLike = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      unitId: maybe(fc.oneof(text, fc.constantFrom(5, null))),
      keyLeaders: maybe(womenTotal),
      planningPool: maybe(pool),
      workforce: fc.oneof(fc.constant(ABSENT), fc.constant(undefined), womenTotal),
      extra: extraKey,
    }),
  },
  hostile,
);

const boolish = fc.constantFrom(ABSENT, ABSENT, true, false, undefined, "true", 1, null);
const recordLike = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      unitId: maybe(fc.oneof(text, fc.constantFrom(5, null))),
      sex: maybe(fc.constantFrom("female", "male", "Female", "f", "", undefined, null)),
      position: fc.constantFrom(ABSENT, ABSENT, "head", "deputy-head", "other", "Head", "", undefined, null),
      keyLeader: boolish,
      inPlanningPool: boolish,
      trained: boolish,
      inWorkforce: boolish,
      extra: fc.constantFrom(ABSENT, ABSENT, ABSENT, "name", "sex2", "constructor"),
    }),
  },
  hostile,
);

// 2,000 cases take about 40 ms: cheap enough to run in full under mutation testing too (no cap of runs()).
describe("the quick checks agree with their schemas", () => {
  test.prop([tallyLike], { numRuns: 2000 })(
    "isValidTally says yes exactly when the schema accepts",
    (raw) => {
      const value = build(raw);
      expect(isValidTally(value), fc.stringify(value)).toBe(UnitTallyInputSchema.safeParse(value).success);
    },
  );

  test.prop([recordLike], { numRuns: 2000 })(
    "isValidRecord says yes exactly when the schema accepts",
    (raw) => {
      const value = build(raw);
      expect(isValidRecord(value), fc.stringify(value)).toBe(PersonRecordSchema.safeParse(value).success);
    },
  );
});

describe("the quick checks on the cases that matter most", () => {
  const t = (over: Record<string, unknown> = {}) => ({
    unitId: "a",
    keyLeaders: { women: 1, total: 2 },
    planningPool: { women: 2, total: 3, womenTrained: 2 },
    ...over,
  });
  const cases: [string, unknown][] = [
    ["valid", t()],
    ["women equal to the total", t({ keyLeaders: { women: 2, total: 2 } })],
    ["women above the total", t({ keyLeaders: { women: 3, total: 2 } })],
    ["trained equal to the women", t({ planningPool: { women: 2, total: 3, womenTrained: 2 } })],
    ["trained above the women", t({ planningPool: { women: 2, total: 3, womenTrained: 3 } })],
    ["pool women above its total", t({ planningPool: { women: 4, total: 3, womenTrained: 0 } })],
    ["a workforce", t({ workforce: { women: 0, total: 0 } })],
    ["a workforce left undefined", t({ workforce: undefined })],
    ["a workforce with women above the total", t({ workforce: { women: 2, total: 1 } })],
    ["a workforce with an extra key", t({ workforce: { women: 0, total: 0, men: 0 } })],
    ["a negative count", t({ keyLeaders: { women: -1, total: 2 } })],
    ["a fractional count", t({ planningPool: { women: 1.5, total: 3, womenTrained: 0 } })],
    ["an unsafe count", t({ keyLeaders: { women: 0, total: 2 ** 53 } })],
    ["a blank unit", t({ unitId: "  " })],
    ["a unit that is not text", t({ unitId: 5 })],
    ["a misspelt key", t({ womenTrainned: 1 })],
    ["key leaders as a list", t({ keyLeaders: [1, 2] })],
    ["a pool with an extra key", t({ planningPool: { women: 0, total: 0, womenTrained: 0, men: 0 } })],
    ["a pool missing a key", t({ planningPool: { women: 0, total: 0 } })],
    ["an inherited key", Object.assign(Object.create({ inherited: 1 }), t())],
    ["null", null],
  ];
  for (const [name, value] of cases) {
    it(`isValidTally: ${name}`, () => {
      expect(isValidTally(value)).toBe(UnitTallyInputSchema.safeParse(value).success);
    });
  }
  const r = (over: Record<string, unknown> = {}) => ({ unitId: "a", sex: "female", ...over });
  const records: [string, unknown][] = [
    ["valid", r()],
    [
      "every field",
      r({ position: "head", keyLeader: true, inPlanningPool: false, trained: true, inWorkforce: true }),
    ],
    ["a deputy head", r({ position: "deputy-head" })],
    ["another position", r({ position: "other" })],
    ["a position no one knows", r({ position: "chief" })],
    ["male", r({ sex: "male" })],
    ["no sex", { unitId: "a" }],
    ["a unit starting with a space", r({ unitId: " a" })],
    ["a unit of a control character", r({ unitId: "\u007f" })],
    ["a unit of a non-breaking space", r({ unitId: "\u00a0" })],
    ["a unit starting with a tilde", r({ unitId: "~" })],
    ["a unit starting with '!'", r({ unitId: "!" })],
    ["a unit of Vietnamese letters", r({ unitId: "Đà" })],
    ["an empty unit", r({ unitId: "" })],
    ["trained as text", r({ trained: "true" })],
    ["a key no one knows", r({ name: "Nguyễn" })],
    ["an array", [r()]],
  ];
  for (const [name, value] of records) {
    it(`isValidRecord: ${name}`, () => {
      expect(isValidRecord(value)).toBe(PersonRecordSchema.safeParse(value).success);
    });
  }
});
