// Counts, tallies and person records, built by construction (never filtered): women are drawn as a part of the
// total (women + men), trained women as a part of the women, so every invariant holds without rejection.
import fc from "fast-check";
import type { UnitTallyInput, WomenAndTotal } from "../../src/tally/input.js";
import type { PersonRecord } from "../../src/tally/records.js";
import { mergeTallies, type Tally, unitTally } from "../../src/tally/tally.js";

const small = fc.nat({ max: 50 });

/** Women and a total, women ≤ total. */
export const womenAndTotal: fc.Arbitrary<WomenAndTotal> = fc
  .record({ women: small, men: small })
  .map(({ women, men }) => ({ women, total: women + men }));

/** The counts of one unit with the given id; the workforce is present or absent. */
export const unitTallyInput = (unitId: fc.Arbitrary<string>): fc.Arbitrary<UnitTallyInput> =>
  fc
    .record(
      {
        unitId,
        keyLeaders: fc
          .record({ women: fc.nat({ max: 4 }), men: fc.nat({ max: 4 }) })
          .map(({ women, men }) => ({ women, total: women + men })),
        pool: fc.record({ trained: small, untrained: small, men: small }),
        workforce: womenAndTotal,
      },
      { requiredKeys: ["unitId", "keyLeaders", "pool"] },
    )
    .map(({ unitId, keyLeaders, pool, workforce }) => ({
      unitId,
      keyLeaders,
      planningPool: {
        women: pool.trained + pool.untrained,
        total: pool.trained + pool.untrained + pool.men,
        womenTrained: pool.trained,
      },
      ...(workforce === undefined ? {} : { workforce }),
    }));

/** Per-unit counts for distinct units `u0`, `u1`, … (at most `maxUnits`). */
export const unitTallyInputs = (maxUnits = 12): fc.Arbitrary<UnitTallyInput[]> =>
  fc
    .array(unitTallyInput(fc.constant("")), { maxLength: maxUnits })
    .map((list) => list.map((t, i) => ({ ...t, unitId: `u${i}` })));

/** A tally: the merge of the tallies of a few units. */
export const tally: fc.Arbitrary<Tally> = unitTallyInputs(5).map((inputs) =>
  mergeTallies(...inputs.map(unitTally)),
);

/** A valid person record in one of a few units. */
export const personRecord = (unitCount = 6): fc.Arbitrary<PersonRecord> =>
  fc.record(
    {
      unitId: fc.nat({ max: unitCount - 1 }).map((i) => `unit-${i}`),
      sex: fc.constantFrom("female" as const, "male" as const),
      keyLeader: fc.boolean(),
      position: fc.constantFrom("head" as const, "deputy-head" as const, "other" as const),
      inPlanningPool: fc.boolean(),
      trained: fc.boolean(),
      inWorkforce: fc.boolean(),
    },
    { requiredKeys: ["unitId", "sex"] },
  );

/** A stream of valid records. */
export const personRecords = (maxLength = 200): fc.Arbitrary<PersonRecord[]> =>
  fc.array(personRecord(), { maxLength });

/** A record that breaks the schema in one way, with the key its issue points to (or none, for a non-object). */
export const badRecord: fc.Arbitrary<{ record: unknown; key: string | null }> = personRecord().chain((good) =>
  fc.constantFrom(
    { record: { ...good, sex: "f" }, key: "sex" },
    { record: { ...good, unitId: "" }, key: "unitId" },
    { record: { ...good, unitId: 7 }, key: "unitId" },
    { record: { ...good, position: "chair" }, key: "position" },
    { record: { ...good, inPlanningPool: "yes" }, key: "inPlanningPool" },
    { record: { ...good, trained: 1 }, key: "trained" },
    { record: { ...good, inPlaningPool: true }, key: null },
    { record: null, key: null },
    { record: "unit-1,female", key: null },
  ),
);

/** Valid records with bad ones slipped in; `bad` holds the indexes of the bad ones. */
export const mixedRecords: fc.Arbitrary<{ records: unknown[]; bad: number[] }> = fc
  .array(
    fc.oneof(
      personRecord().map((record) => ({ record, good: true })),
      badRecord.map(({ record }) => ({ record, good: false })),
    ),
    {
      maxLength: 150,
    },
  )
  .map((items) => ({
    records: items.map((x) => x.record),
    bad: items.flatMap((x, i) => (x.good ? [] : [i])),
  }));

/** Cut points that split an array of length `n` into consecutive chunks. */
export const chunksOf = <T>(items: readonly T[]): fc.Arbitrary<T[][]> =>
  fc.uniqueArray(fc.integer({ min: 0, max: items.length }), { maxLength: 6 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), items.length];
    const chunks: T[][] = [];
    for (let i = 1; i < sorted.length; i++) chunks.push(items.slice(sorted[i - 1], sorted[i]));
    return chunks;
  });
