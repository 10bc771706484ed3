// Where safeAdaptPlan points an issue of the merged plan: into the patch as written, through the list elements the
// patch named (their index in the patch, not in the plan), and with the hint about a new element only for an
// element the base does not have. And which changes need the province's own citation.
import { describe, expect, it } from "vitest";
import { inheritedValues, safeAdaptPlan } from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";

const mine = { document: "12/KH-UBND", clause: "I.2.a" } as const;
const issuesOf = (patch: unknown) => {
  const r = safeAdaptPlan(hungYen53, patch as never);
  return r.success ? "accepted" : r.issues.map((i) => ({ code: i.code, path: i.path }));
};
const [first, , third] = hungYen53.indicators.map((i) => i.id);

describe("an issue of the merged plan, in the patch", () => {
  it("is at the element's index in the patch, however deep", () => {
    // The third indicator of the plan is the first of the patch.
    expect(issuesOf({ indicators: [{ id: third, x: 1, citation: mine }] })).toEqual([
      { code: "unrecognized_keys", path: ["indicators", 0] },
    ]);
    expect(
      issuesOf({ indicators: [{ id: third, milestones: [{ year: 2030, target: "101%", citation: mine }] }] }),
    ).toEqual([{ code: "share.out-of-range", path: ["indicators", 0, "milestones", 0, "target"] }]);
    expect(issuesOf({ indicators: [{ id: third, citation: { document: 5 } }] })).toEqual([
      { code: "invalid_type", path: ["indicators", 0, "citation", "document"] },
      { code: "required", path: ["indicators", 0, "citation", "clause"] },
    ]);
  });

  it("gives no hint about a new element for one the base has, the first included", () => {
    expect(issuesOf({ indicators: [{ id: first, x: 1, citation: mine }] })).toEqual([
      { code: "unrecognized_keys", path: ["indicators", 0] },
    ]);
    expect(issuesOf({ actors: [{ id: hungYen53.actors[0]?.id, x: 1 }] })).toEqual([
      { code: "unrecognized_keys", path: ["actors", 0] },
    ]);
  });

  it("keeps the plan's path where the patch wrote a value of another kind", () => {
    expect(issuesOf({ document: "x" })).toEqual([{ code: "invalid_type", path: ["document"] }]);
    expect(issuesOf({ period: 2021 })).toEqual([{ code: "invalid_type", path: ["period"] }]);
  });
});

describe("an empty list", () => {
  it("is refused where the base's list is merged by key: it would change nothing", () => {
    expect(issuesOf({ reportingDuties: [] })).toEqual([
      { code: "adapt.empty-list", path: ["reportingDuties"] },
    ]);
    const r = safeAdaptPlan(hungYen53, {
      indicators: [{ id: third, milestones: [], citation: mine }],
    } as never);
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        "adapt.empty-list",
        ["indicators", 0, "milestones"],
        { at: "indicators.trained-women-in-planning-pool.milestones", key: "year" },
      ],
    ]);
  });

  it("replaces a list of texts, as any list without keys", () => {
    const r = safeAdaptPlan(hungYen53, { document: { recipients: [] } } as never);
    expect(r.success && r.plan.document.recipients).toEqual([]);
  });
});

describe("$remove", () => {
  it("removes any element of the base, the first included", () => {
    const [task] = hungYen53.tasks;
    const r = safeAdaptPlan(hungYen53, { tasks: [{ id: task?.id as string, $remove: true }] } as never);
    expect(r.success && r.plan.tasks.map((t) => t.id)).toEqual(hungYen53.tasks.slice(1).map((t) => t.id));
  });
});

describe("a change that needs the province's citation", () => {
  const item = (id: string) => ({ id, text: { vi: "Nội dung", en: "Content" }, citation: mine });

  it("is not asked of a task for an item that carries its own citation", () => {
    expect(issuesOf({ tasks: [{ id: "II.2", items: [item("II.2.z")] }] })).toBe("accepted");
  });

  it("is asked of a task that had no items: its list of items is one of its own values", () => {
    expect(issuesOf({ tasks: [{ id: "II.1", items: [item("II.1.a")] }] })).toEqual([
      { code: "adapt.citation-required", path: ["tasks", 0, "citation"] },
    ]);
    expect(issuesOf({ tasks: [{ id: "II.1", items: [item("II.1.a")], citation: mine }] })).toBe("accepted");
  });
});

describe("inheritedValues", () => {
  const all = inheritedValues(hungYen53, hungYen53);
  it("lists null values too, and a citation only where one stands behind the value", () => {
    expect(all.filter((v) => v.value === null).length).toBeGreaterThan(0);
    expect(all.some((v) => v.citation === undefined)).toBe(true);
    for (const v of all) expect(Object.hasOwn(v, "citation"), v.path).toBe(v.citation !== undefined);
  });
});
