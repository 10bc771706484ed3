// What safeAdaptPlan reports for each kind of bad patch, with its code, path (into the patch as written) and
// parameters (snapshot, read against the contract when written), and what inheritedValues lists: the values a
// derived plan still takes from its base, with the citation that stands behind them.
import { describe, expect, it } from "vitest";
import { adaptPlan, inheritedValues, safeAdaptPlan } from "../../src/index.js";
import { hungYen53Config } from "../../src/presets/hung-yen-53.config.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";

const mine = { document: "12/KH-UBND", clause: "I.2.a" } as const;
const issuesOf = (r: ReturnType<typeof safeAdaptPlan>) =>
  r.success ? "accepted" : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
const unsafe = safeAdaptPlan as unknown as (
  base: unknown,
  patch: unknown,
) => ReturnType<typeof safeAdaptPlan>;

describe("safeAdaptPlan's issues", () => {
  it("points every problem of a patch at its place in the patch", () => {
    const CASES: [string, unknown, unknown][] = [
      ["a patch that is a number", hungYen53, 5],
      ["a patch that is null", hungYen53, null],
      ["a patch that is a list", hungYen53, []],
      ["a patch with a polluting key", hungYen53, JSON.parse('{"__proto__": {"x": 1}}')],
      [
        "a base that is not a valid configuration",
        { ...hungYen53Config, period: { start: 2030, end: 2021 } },
        {},
      ],
      ["a list given where the base has an object", hungYen53, { document: [] }],
      ["an element that is not an object", hungYen53, { indicators: [5] }],
      ["an element without its key", hungYen53, { indicators: [{ name: { vi: "x", en: "x" } }] }],
      [
        "$remove that is not true",
        hungYen53,
        { tasks: [{ id: (hungYen53.tasks[0] as { id: string }).id, $remove: "yes" }] },
      ],
      ["$remove of an element the base lacks", hungYen53, { tasks: [{ id: "no-such-task", $remove: true }] }],
      [
        "the same element twice",
        hungYen53,
        {
          actors: [
            { id: "a1", name: "x" },
            { id: "a1", name: "y" },
          ],
        },
      ],
      ["a new element with a typo in its id", hungYen53, { actors: [{ id: "so-noi-vuu", citation: mine }] }],
      [
        "a wrong type inside a patched element",
        hungYen53,
        {
          indicators: [
            { id: "women-in-planning-pool", milestones: [{ year: "2025", target: "35%", citation: mine }] },
          ],
        },
      ],
      [
        "a changed cited value without a citation",
        hungYen53,
        { indicators: [{ id: "women-in-planning-pool", milestones: [{ year: 2025, target: "35%" }] }] },
      ],
      ["a wrong type at the top", hungYen53, { period: { start: "2021" } }],
    ];
    expect(
      Object.fromEntries(CASES.map(([name, base, patch]) => [name, issuesOf(unsafe(base, patch))])),
    ).toMatchSnapshot();
  });

  it("takes a base that is a valid configuration, not only a defined plan", () => {
    const r = unsafe(hungYen53Config, { id: "from-config" });
    expect(r.success && r.plan.id).toBe("from-config");
    const empty = safeAdaptPlan(hungYen53, {});
    expect(empty.success && empty.plan).toEqual(hungYen53);
  });

  it("hints once at a new element however many fields it lacks", () => {
    const r = safeAdaptPlan(hungYen53, { actors: [{ id: "typo" }] } as never);
    const hints = r.success ? [] : r.issues.filter((i) => i.code === "adapt.new-element");
    expect(hints).toHaveLength(1);
    expect(hints[0]?.path).toEqual(["actors", 0]);
  });
});

describe("inheritedValues", () => {
  const derived = adaptPlan(national2282, {
    id: "bac-kan-12-2022",
    document: { number: "12/KH-UBND", issueDate: "2022-05-10", type: { vi: "Kế hoạch", en: "Plan" } },
    indicators: [
      { id: "women-in-planning-pool", milestones: [{ year: 2025, target: "35%", citation: mine }] },
    ],
  });
  const values = inheritedValues(national2282, derived);
  const at = (path: string) => values.find((v) => v.path === path);

  it("lists what the derived plan still takes from its base, with the citation behind it", () => {
    expect(at("document.issuer.en")?.value).toBe("Prime Minister");
    const milestone2030 = at("indicators[women-in-planning-pool].milestones[2030].target");
    expect(milestone2030?.value).toBe("50%");
    expect(milestone2030?.citation).toMatchObject({ document: "2282/QĐ-TTg", clause: "1.I.2.b" });
    expect(values.every((v) => v.value === null || typeof v.value !== "object")).toBe(true);
  });

  it("leaves out what the derived plan changed or cites anew", () => {
    expect(at("id")).toBeUndefined();
    expect(at("document.number")).toBeUndefined();
    expect(at("indicators[women-in-planning-pool].milestones[2025].target")).toBeUndefined();
    expect(at("indicators[women-in-planning-pool].milestones[2025].year")).toBeUndefined();
    expect(values.some((v) => v.path.endsWith(".citation") || v.path.includes(".citation."))).toBe(false);
  });

  it("lists everything of a plan against itself, and names list elements by their key or index", () => {
    const all = inheritedValues(hungYen53, hungYen53);
    expect(all.length).toBeGreaterThan(values.length);
    expect(all.some((v) => /\[\d+\]/.test(v.path))).toBe(true);
    expect(all.find((v) => v.path === "period.start")?.value).toBe(2021);
    expect(new Set(all.map((v) => v.path)).size).toBe(all.length);
  });

  it("refuses what is not a plan, naming which", () => {
    expect(() => inheritedValues(null as never, hungYen53)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ["base"] })] }),
    );
    expect(() => inheritedValues(hungYen53, 5 as never)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ["derived"] })] }),
    );
  });
});
