import fc from "fast-check";

// One place for fast-check's global settings. A failing property prints its seed and
// counterexample path; replay it with FC_SEED=<seed> npm run test:unit.
const seed = process.env["FC_SEED"] === undefined ? undefined : Number(process.env["FC_SEED"]);
fc.configureGlobal({
  numRuns: Number(process.env["FC_NUM_RUNS"] ?? 200),
  verbose: 1,
  ...(seed === undefined ? {} : { seed }),
});
