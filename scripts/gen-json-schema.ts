// Writes schema/plan-config.schema.json from PlanConfigSchema. Run: npm run schema.
// A test fails when the committed file and the schema disagree, so the file cannot drift.
import { writeFileSync } from "node:fs";
import { planConfigJsonSchema } from "../src/plan/json-schema.js";

writeFileSync("schema/plan-config.schema.json", `${JSON.stringify(planConfigJsonSchema(), null, 2)}\n`);
console.log("wrote schema/plan-config.schema.json");
