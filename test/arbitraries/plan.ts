// Valid plan configurations, built by construction (never filtered): unique ids, milestone years inside the
// period, shares written in every accepted form, references only to ids that exist.
import fc from "fast-check";
import type { PlanConfig } from "../../src/plan/schema.js";

const text = fc.record({
  vi: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `vi ${s}`),
  en: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `en ${s}`),
});
const citation = fc.record({
  document: fc.constantFrom("53/KH-UBND", "2282/QĐ-TTg", "12/KH-UBND"),
  clause: fc.constantFrom("I.1.1", "I.1.2", "IV.6.b", "II.2.a"),
});
/** A share in one of the accepted written forms, from 0% to 100% in steps of 0.1%. */
export const shareInput = fc
  .integer({ min: 0, max: 1000 })
  .chain((permille) =>
    fc.constantFrom(
      `${permille / 10}%`,
      { percent: `${permille / 10}` },
      { fraction: (permille / 1000).toString() },
    ),
  );
const isoDate = fc
  .record({
    y: fc.integer({ min: 2000, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

export const planConfig: fc.Arbitrary<PlanConfig> = fc
  .record({
    start: fc.integer({ min: 2000, max: 2030 }),
    length: fc.integer({ min: 0, max: 15 }),
    indicatorCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ start, length, indicatorCount }) => {
    const end = start + length;
    const years = fc.uniqueArray(fc.integer({ min: start, max: end }), { minLength: 1, maxLength: 3 });
    const indicator = (i: number) =>
      fc.record({
        id: fc.constant(`indicator-${i}`),
        measure: fc.constantFrom(
          "units-with-female-key-leader" as const,
          "women-in-planning-pool" as const,
          "trained-women-in-planning-pool" as const,
        ),
        name: text,
        milestones: years.chain((ys) =>
          fc.tuple(...ys.map((year) => fc.record({ year: fc.constant(year), target: shareInput, citation }))),
        ),
        citation,
      });
    const indicators = fc.tuple(...Array.from({ length: indicatorCount }, (_, i) => indicator(i)));
    const actors = fc.constant([
      { id: "a", name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" } },
      { id: "b", name: { vi: "UBND tỉnh", en: "Provincial People's Committee" }, validTo: "2025-06-30" },
    ]);
    const due = fc.option(
      fc.record({
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        inclusive: fc.boolean(),
      }),
      { nil: null },
    );
    return fc.record({
      id: fc.constant("generated-plan"),
      document: fc.record({
        number: fc.constantFrom("12/KH-UBND", "99/KH-UBND"),
        type: fc.constant({ vi: "Kế hoạch", en: "Plan" }),
        issuer: text,
        issueDate: isoDate,
      }),
      jurisdiction: fc.record({
        level: fc.constantFrom("national" as const, "province" as const),
        name: text,
      }),
      period: fc.constant({ start, end }),
      indicators,
      adjustment: fc.option(
        fc.record({
          threshold: shareInput,
          comparison: fc.constantFrom("strictly-below" as const, "at-or-below" as const),
          permission: fc.constant("may" as const),
          formula: fc.constant(null),
          appliesTo: fc.constant(["indicator-0"]),
          text,
          citation,
        }),
        { nil: null },
      ),
      actors,
      reportingDuties: fc.array(
        fc.record({
          id: fc.constant("d"),
          name: text,
          actor: fc.constant("a"),
          recipient: fc.constant("b"),
          schedule: fc.oneof(
            fc.record({ kind: fc.constant("annual" as const), due }),
            fc.record({ kind: fc.constant("once" as const), year: fc.constant(end), due }),
          ),
          citation,
        }),
        { maxLength: 1 },
      ),
      localGovernment: fc.constant([
        { from: "1990-01-01", to: "2025-06-30", tiers: ["province", "district", "commune"] as const },
        { from: "2025-07-01", tiers: ["province", "commune"] as const },
      ]),
      settings: fc.record(
        {
          keyLeaders: fc.constantFrom("heads-and-deputies" as const, "heads-only" as const),
          unitTargetReading: fc.constantFrom(
            "at-least-share" as const,
            "round-half-up" as const,
            "round-down" as const,
          ),
        },
        { requiredKeys: [] },
      ),
    }) as fc.Arbitrary<PlanConfig>;
  });
