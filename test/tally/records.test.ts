import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors/errors.js";
import {
  mergeUnitTallies,
  type PersonRecord,
  PersonRecordSchema,
  tallyRecords,
  type UnitTallyInput,
} from "../../src/tally/index.js";
import { chunksOf, mixedRecords, personRecords } from "../arbitraries/tally.js";
import { fc, test } from "../helpers/prop.js";

// A commune People's Committee and People's Council, and a department.
const commune: PersonRecord[] = [
  { unitId: "xa-a", sex: "male", position: "head" }, // Chủ tịch UBND
  { unitId: "xa-a", sex: "female", position: "deputy-head", inPlanningPool: true, trained: true }, // Phó Chủ tịch
  { unitId: "xa-a", sex: "female", position: "deputy-head", inPlanningPool: true }, // Phó Chủ tịch
  { unitId: "xa-a", sex: "male", position: "other", inPlanningPool: true, trained: true },
  { unitId: "xa-a", sex: "female", position: "other", inWorkforce: false },
  { unitId: "so-gd", sex: "female", position: "head", inPlanningPool: true, trained: true },
  { unitId: "so-gd", sex: "male", position: "deputy-head" },
  { unitId: "so-gd", sex: "female", position: "other", keyLeader: true }, // declared a key leader
  { unitId: "so-gd", sex: "male", position: "head", keyLeader: false }, // declared not one
  { unitId: "so-yt", sex: "male", position: "other", inPlanningPool: true },
  { unitId: "so-yt", sex: "female", trained: true }, // trained, but not in the pool: not counted as trained
];

const find = (tallies: readonly UnitTallyInput[], id: string) => tallies.find((t) => t.unitId === id);

describe("tallyRecords", () => {
  it("counts heads and deputies by default (hand-computed)", () => {
    const r = tallyRecords(commune);
    expect(r.settings).toEqual({ keyLeaderDefinition: "heads-and-deputies", validate: true });
    expect(r.account).toEqual({ read: 11, counted: 11, rejected: [] });
    expect(r.tallies).toEqual([
      {
        unitId: "so-gd",
        keyLeaders: { women: 2, total: 3 },
        planningPool: { women: 1, total: 1, womenTrained: 1 },
        workforce: { women: 2, total: 4 },
      },
      {
        unitId: "so-yt",
        keyLeaders: { women: 0, total: 0 },
        planningPool: { women: 0, total: 1, womenTrained: 0 },
        workforce: { women: 1, total: 2 },
      },
      {
        unitId: "xa-a",
        keyLeaders: { women: 2, total: 3 },
        planningPool: { women: 2, total: 3, womenTrained: 1 },
        workforce: { women: 2, total: 4 },
      },
    ]);
  });

  it("gives different numbers with heads only", () => {
    const r = tallyRecords(commune, { keyLeaderDefinition: "heads-only" });
    expect(r.settings.keyLeaderDefinition).toBe("heads-only");
    // xa-a: only the male Chủ tịch; so-gd: the female head and the declared key leader; so-yt: none.
    expect(find(r.tallies, "xa-a")?.keyLeaders).toEqual({ women: 0, total: 1 });
    expect(find(r.tallies, "so-gd")?.keyLeaders).toEqual({ women: 2, total: 2 });
    expect(find(r.tallies, "so-yt")?.keyLeaders).toEqual({ women: 0, total: 0 });
    // The rest does not depend on who is a key leader.
    const byDefault = tallyRecords(commune);
    expect(r.tallies.map((t) => t.planningPool)).toEqual(byDefault.tallies.map((t) => t.planningPool));
  });

  it("lets an explicit keyLeader win over the position, whatever the definition", () => {
    const records: PersonRecord[] = [
      { unitId: "u", sex: "female", position: "deputy-head", keyLeader: true },
      { unitId: "u", sex: "male", position: "head", keyLeader: false },
    ];
    expect(tallyRecords(records, { keyLeaderDefinition: "heads-only" }).tallies[0]?.keyLeaders).toEqual({
      women: 1,
      total: 1,
    });
    expect(tallyRecords(records).tallies[0]?.keyLeaders).toEqual({ women: 1, total: 1 });
  });

  it("keeps a unit whose people include no key leader, with zero key leaders", () => {
    const r = tallyRecords([{ unitId: "xa-b", sex: "female" }]);
    expect(r.tallies).toEqual([
      {
        unitId: "xa-b",
        keyLeaders: { women: 0, total: 0 },
        planningPool: { women: 0, total: 0, womenTrained: 0 },
        workforce: { women: 1, total: 1 },
      },
    ]);
  });

  it("rejects a bad record with its index and the path to the field", () => {
    const r = tallyRecords([
      { unitId: "xa-a", sex: "female", position: "head" },
      { unitId: "xa-a", sex: "male" },
      { unitId: "xa-a", sex: "nữ", position: "head" },
      { unitId: "xa-a", sex: "male", inPlaningPool: true },
    ]);
    expect(r.account.read).toBe(4);
    expect(r.account.counted).toBe(2);
    expect(r.account.rejected.map((x) => x.index)).toEqual([2, 3]);
    const [bad, typo] = r.account.rejected;
    expect(bad?.issues.map((i) => [i.code, i.path])).toEqual([["invalid_value", [2, "sex"]]]);
    expect(bad?.issues[0]?.message.vi).toBe("Giá trị không hợp lệ; chấp nhận: female, male.");
    expect(typo?.issues.map((i) => [i.code, i.path, i.params["keys"]])).toEqual([
      ["unrecognized_keys", [3], ["inPlaningPool"]],
    ]);
    expect(r.tallies[0]?.keyLeaders).toEqual({ women: 1, total: 1 });
  });

  it("reads an empty stream", () => {
    expect(tallyRecords([])).toEqual({
      tallies: [],
      keyLeaders: "heads-and-deputies",
      account: { read: 0, counted: 0, rejected: [] },
      settings: { keyLeaderDefinition: "heads-and-deputies", validate: true },
    });
  });

  it("refuses unknown options", () => {
    expect(() => tallyRecords([], { keyLeaderDefinition: "chairs" as "heads-only" })).toThrow(
      InvalidInputError,
    );
    expect(() => tallyRecords([], { validate: "no" as unknown as boolean })).toThrow(InvalidInputError);
  });

  it("does not change its input", () => {
    const copy = structuredClone(commune);
    tallyRecords(commune);
    tallyRecords(commune, { validate: false });
    expect(commune).toEqual(copy);
  });

  it("reads a generator of 100,000 records once, with memory per unit", () => {
    let yielded = 0;
    function* people(): Generator<PersonRecord> {
      for (let i = 0; i < 100_000; i++) {
        yielded++;
        yield {
          unitId: `xa-${i % 100}`,
          sex: i % 3 === 0 ? "female" : "male",
          position: i % 50 === 0 ? "head" : i % 50 === 1 ? "deputy-head" : "other",
          inPlanningPool: i % 10 === 0,
          trained: i % 20 === 0,
        };
      }
    }
    for (const validate of [true, false]) {
      yielded = 0;
      const r = tallyRecords(people(), { validate });
      expect(yielded).toBe(100_000);
      expect(r.account).toEqual({ read: 100_000, counted: 100_000, rejected: [] });
      expect(r.tallies).toHaveLength(100);
      const sum = (f: (t: UnitTallyInput) => number) => r.tallies.reduce((s, t) => s + f(t), 0);
      // i ≡ 0 (mod 50) are heads, i ≡ 1 deputies: 2 × 2000 key leaders; women among them where i ≡ 0 (mod 3).
      expect(sum((t) => t.keyLeaders.total)).toBe(4000);
      expect(sum((t) => t.keyLeaders.women)).toBe(1334); // i ≡ 0 or 1 (mod 50) and i ≡ 0 (mod 3)
      expect(sum((t) => t.planningPool.total)).toBe(10_000);
      expect(sum((t) => t.planningPool.women)).toBe(3334); // i ≡ 0 (mod 30)
      expect(sum((t) => t.planningPool.womenTrained)).toBe(1667); // i ≡ 0 (mod 60)
      expect(sum((t) => t.workforce?.total ?? 0)).toBe(100_000);
    }
  });

  describe("properties", () => {
    test.prop([
      personRecords().chain((records) =>
        fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
      ),
    ])("gives the same tallies for a shuffled stream", ([records, shuffled]) => {
      expect(tallyRecords(shuffled).tallies).toEqual(tallyRecords(records).tallies);
    });

    test.prop([personRecords().chain((records) => fc.tuple(fc.constant(records), chunksOf(records)))])(
      "gives the same tallies for a stream tallied in chunks and merged",
      ([records, chunks]) => {
        const merged = mergeUnitTallies(...chunks.map((c) => tallyRecords(c).tallies));
        expect(merged).toEqual(tallyRecords(records).tallies);
      },
    );

    test.prop([mixedRecords])("accounts for every record: read = counted + rejected", ({ records, bad }) => {
      const r = tallyRecords(records);
      expect(r.account.read).toBe(records.length);
      expect(r.account.read).toBe(r.account.counted + r.account.rejected.length);
      expect(r.account.rejected.map((x) => x.index)).toEqual(bad);
      for (const x of r.account.rejected) {
        expect(x.issues.length).toBeGreaterThan(0);
        for (const issue of x.issues) expect(issue.path[0]).toBe(x.index);
      }
      const counted = r.tallies.reduce((s, t) => s + (t.workforce?.total ?? 0), 0);
      const goodOutOfWorkforce = records.filter(
        (rec, i) => !bad.includes(i) && (rec as PersonRecord).inWorkforce === false,
      ).length;
      expect(counted + goodOutOfWorkforce).toBe(r.account.counted);
    });

    test.prop([mixedRecords])(
      "counts the valid records as if the bad ones were not there",
      ({ records, bad }) => {
        const good = records.filter((_, i) => !bad.includes(i)) as PersonRecord[];
        expect(tallyRecords(records).tallies).toEqual(tallyRecords(good).tallies);
      },
    );

    test.prop([personRecords(), fc.constantFrom("heads-and-deputies" as const, "heads-only" as const)])(
      "agrees with and without validation on valid input",
      (records, keyLeaderDefinition) => {
        const checked = tallyRecords(records, { keyLeaderDefinition });
        const trusted = tallyRecords(records, { keyLeaderDefinition, validate: false });
        expect(trusted.tallies).toEqual(checked.tallies);
        expect(trusted.account).toEqual(checked.account);
        expect(trusted.settings).toEqual({ keyLeaderDefinition, validate: false });
      },
    );

    test.prop([personRecords()])(
      "never counts fewer key leaders with deputies than with heads only",
      (records) => {
        const all = tallyRecords(records).tallies;
        const heads = tallyRecords(records, { keyLeaderDefinition: "heads-only" }).tallies;
        all.forEach((t, i) => {
          expect(t.keyLeaders.total).toBeGreaterThanOrEqual(heads[i]?.keyLeaders.total ?? 0);
          expect(t.keyLeaders.women).toBeGreaterThanOrEqual(heads[i]?.keyLeaders.women ?? 0);
        });
      },
    );

    test.prop([personRecords()])(
      "produces tallies that pass their own schema and survive JSON",
      (records) => {
        const { tallies } = tallyRecords(records);
        expect(JSON.parse(JSON.stringify(tallies))).toEqual(tallies);
        for (const t of tallies) {
          expect(t.keyLeaders.women).toBeLessThanOrEqual(t.keyLeaders.total);
          expect(t.planningPool.womenTrained).toBeLessThanOrEqual(t.planningPool.women);
        }
      },
    );
  });
});

describe("PersonRecordSchema", () => {
  it("accepts the smallest record and refuses an empty unit id", () => {
    expect(PersonRecordSchema.safeParse({ unitId: "u", sex: "male" }).success).toBe(true);
    expect(PersonRecordSchema.safeParse({ unitId: " ", sex: "male" }).success).toBe(false);
  });
});
