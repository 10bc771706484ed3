#!/usr/bin/env node
// Runs test/calendar/timezone.test.ts under several machine time zones and fails if any run fails. The deadlines
// module must never read the machine's zone, so its fixed answers must hold in Los Angeles (UTC−8/−7 with
// daylight saving), in Vietnam (UTC+7) and in UTC alike. TZ is set on each child process only.
import { spawnSync } from "node:child_process";

const ZONES = [
  // zone, getTimezoneOffset() on 1 January (minutes west of UTC), checked by the test to prove TZ took effect
  ["America/Los_Angeles", 480],
  ["Asia/Ho_Chi_Minh", -420],
  ["UTC", 0],
];
const TEST = "test/calendar/timezone.test.ts";

const failed = [];
for (const [zone, offset] of ZONES) {
  console.log(`\n▶ ${TEST} with TZ=${zone}`);
  const r = spawnSync("npx", ["vitest", "run", TEST], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone, TZ_MATRIX_EXPECTED_OFFSET: String(offset) },
  });
  if (r.status !== 0) failed.push(`${zone} (exit ${r.status ?? r.signal})`);
}

if (failed.length > 0) {
  console.error(`\n✖ time-zone matrix failed under: ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`\n✔ time-zone matrix passed under ${ZONES.map(([z]) => z).join(", ")}`);
