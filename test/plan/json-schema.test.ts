import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { planConfigJsonSchema, safeDefinePlan } from "../../src/index.js";
import { hungYen53Config } from "../../src/presets/hung-yen-53.config.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";
import { national2282Config } from "../../src/presets/national-2282.config.js";

const shipped = JSON.parse(readFileSync("schema/plan-config.schema.json", "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
// ajv-formats makes "format": "date" a real check (an impossible date such as 2025-02-30 fails).
addFormats.default(ajv);
const validate = ajv.compile(shipped);

describe("the shipped JSON Schema", () => {
  it("is the schema the code generates (run `npm run schema` after changing PlanConfigSchema)", () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(planConfigJsonSchema())));
  });

  it.each([
    ["hungYen53 source", hungYen53Config],
    ["national2282 source", national2282Config],
    ["hungYen53 defined", hungYen53],
    ["national2282 defined", national2282],
  ])("validates the %s", (_name, config) => {
    const ok = validate(JSON.parse(JSON.stringify(config)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("refuses an impossible date through its format", () => {
    const bad = JSON.parse(JSON.stringify(hungYen53));
    bad.document.issueDate = "2025-02-30";
    expect(validate(bad)).toBe(false);
  });

  it("refuses what the schema can express: a bare number for a share, an unknown key", () => {
    const bad = JSON.parse(JSON.stringify(hungYen53));
    bad.indicators[0].milestones[0].target = 60;
    expect(validate(bad)).toBe(false);
    const extra = { ...JSON.parse(JSON.stringify(hungYen53)), colour: "red" };
    expect(validate(extra)).toBe(false);
  });

  it('accepts a "$schema" key at the root, as editors add it, and the defined plan leaves it out', () => {
    const withSchema = {
      $schema: "./node_modules/vn-women-leadership/schema/plan-config.schema.json",
      ...JSON.parse(JSON.stringify(hungYen53)),
    };
    expect(validate(withSchema)).toBe(true);
    const r = safeDefinePlan(withSchema);
    expect(r.success).toBe(true);
    expect(r.success && "$schema" in r.plan).toBe(false);
    expect(safeDefinePlan({ ...withSchema, $schema: 5 }).success).toBe(false);
  });
});
