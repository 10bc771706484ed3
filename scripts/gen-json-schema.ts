// Writes schema/plan-config.schema.json (PlanConfigSchema), schema/annual-report.schema.json (AnnualReportSchema)
// and schema/column-mapping.schema.json (ColumnMappingSchema). Run: npm run schema. Tests fail when a committed file and its schema disagree.
import { writeFileSync } from "node:fs";
import { columnMappingJsonSchema } from "../src/intake/mapping.js";
import { planConfigJsonSchema } from "../src/plan/json-schema.js";
import { annualReportJsonSchema } from "../src/report/annual/schema.js";

for (const [file, schema] of [
  ["schema/plan-config.schema.json", planConfigJsonSchema()],
  ["schema/annual-report.schema.json", annualReportJsonSchema()],
  ["schema/column-mapping.schema.json", columnMappingJsonSchema()],
] as const) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
