// What safeDefinePlan reports for a configuration with several problems at once: duplicate ids in every
// collection and duplicate milestone years are found in the raw input beside the schema's other issues, each once,
// at the path and with the parameters the schema itself gives when it is the only problem.
import { describe, expect, it } from "vitest";
import { safeDefinePlan } from "../../src/index.js";
import { hungYen53Config } from "../../src/presets/hung-yen-53.config.js";

type Config = Record<string, unknown>;
const base = (): Config => JSON.parse(JSON.stringify(hungYen53Config)) as Config;
const issuesOf = (input: unknown) => {
  const r = safeDefinePlan(input);
  return r.success ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
};
/** The same configuration with a second copy of the first element of a collection. */
function duplicated(name: string, broken: boolean): Config {
  const c = base();
  const list = c[name] as unknown[];
  c[name] = [...list, list[0]];
  if (broken) c["period"] = { start: "2021", end: 2030 };
  return c;
}
const COLLECTIONS = [
  "indicators",
  "requirements",
  "tasks",
  "fundingSources",
  "actors",
  "responsibilities",
  "reportingDuties",
];

describe("duplicates beside other problems", () => {
  for (const name of COLLECTIONS) {
    it(`a duplicate id in ${name} is reported once, with or without another problem`, () => {
      const alone = issuesOf(duplicated(name, false)).filter((i) => /duplicate/.test(i.code));
      const withOther = issuesOf(duplicated(name, true));
      const last = (base()[name] as unknown[]).length;
      const expected = {
        code: name === "indicators" ? "indicator.duplicate-id" : "id.duplicate",
        path: [name, last, "id"],
        params: { id: ((base()[name] as { id: string }[])[0] as { id: string }).id, collection: name },
      };
      expect(alone).toEqual([expected]);
      expect(withOther.filter((i) => /duplicate/.test(i.code))).toEqual([expected]);
      expect(withOther.some((i) => i.path[0] === "period")).toBe(true);
    });
  }

  it("a duplicate milestone year is reported once, naming its indicator", () => {
    const c = base();
    const indicators = c["indicators"] as { id: string; milestones: unknown[] }[];
    const first = indicators[0] as { id: string; milestones: unknown[] };
    first.milestones = [...first.milestones, first.milestones[0]];
    const alone = issuesOf(c).filter((i) => /duplicate/.test(i.code));
    c["period"] = { start: 2021, end: "2030" };
    const withOther = issuesOf(c).filter((i) => /duplicate/.test(i.code));
    const expected = {
      code: "milestone.duplicate-year",
      path: ["indicators", 0, "milestones", first.milestones.length - 1, "year"],
      params: { year: (first.milestones[0] as { year: number }).year, indicator: first.id },
    };
    expect(alone).toEqual([expected]);
    expect(withOther).toEqual([expected]);
  });

  it("names an indicator without a text id by its index", () => {
    const c = base();
    const indicators = c["indicators"] as { id: unknown; milestones: unknown[] }[];
    const second = indicators[1] as { id: unknown; milestones: unknown[] };
    second.id = 7;
    second.milestones = [...second.milestones, second.milestones[0]];
    const dup = issuesOf(c).find((i) => i.code === "milestone.duplicate-year");
    expect(dup?.params["indicator"]).toBe("#1");
  });

  it("finds duplicates among numbers and text, and skips what has no id", () => {
    const c = base();
    c["period"] = { start: 2021 };
    const actors = c["actors"] as unknown[];
    c["actors"] = [
      ...actors,
      null,
      5,
      "x",
      { name: "no id" },
      { id: 3 },
      { id: 3 },
      { id: true },
      { id: true },
    ];
    const dups = issuesOf(c).filter((i) => i.code === "id.duplicate");
    expect(dups).toEqual([
      {
        code: "id.duplicate",
        path: ["actors", actors.length + 5, "id"],
        params: { id: "3", collection: "actors" },
      },
    ]);
  });

  it("reads nothing from a collection that is not a list, or from indicators that are not objects", () => {
    const c = base();
    c["tasks"] = { a: { id: "x" }, b: { id: "x" } };
    c["indicators"] = [null, 5, ...(c["indicators"] as unknown[])];
    const issues = issuesOf(c);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((i) => /duplicate/.test(i.code))).toEqual([]);
  });

  it("refuses what is not a configuration at all, with the schema's one issue", () => {
    for (const input of [null, 5, "plan", [hungYen53Config]]) {
      const issues = issuesOf(input);
      expect(issues, String(input)).toHaveLength(1);
      expect(issues[0]?.path, String(input)).toEqual([]);
      expect(issues[0]?.code, String(input)).toBe("invalid_type");
    }
  });
});
