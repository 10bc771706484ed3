// Writes schema/plan-config.schema.json (PlanConfigSchema) and schema/annual-report.schema.json
// (AnnualReportSchema). Run: npm run schema. Tests fail when a committed file and its schema disagree.
import { writeFileSync } from "node:fs";
import { planConfigJsonSchema } from "../src/plan/json-schema.js";
import { annualReportJsonSchema } from "../src/report/annual/schema.js";

for (const [file, schema] of [
  ["schema/plan-config.schema.json", planConfigJsonSchema()],
  ["schema/annual-report.schema.json", annualReportJsonSchema()],
] as const) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
