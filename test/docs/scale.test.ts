// docs/scale.md shows tallySql's queries for PostgreSQL and ANSI SQL: they are what tallySql writes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tallySql } from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";

describe("docs/scale.md", () => {
  it("shows the queries tallySql writes", () => {
    const page = readFileSync("docs/scale.md", "utf8");
    const o = {
      table: ["hr", "can_bo"],
      columns: {
        unitId: "ma_don_vi",
        sex: "gioi_tinh",
        position: "chuc_vu",
        inPlanningPool: "quy_hoach",
        trained: "boi_duong",
      },
      female: ["Nữ"],
      head: ["Người đứng đầu"],
      deputyHead: ["Cấp phó"],
    } as const;
    for (const dialect of ["postgresql", "ansi"] as const)
      expect(page).toContain(`\`\`\`sql\n${tallySql(hungYen53, { ...o, dialect })}\n\`\`\``);
  });
});
