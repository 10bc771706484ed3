/**
 * The Node-only entry point: reading people exports from CSV files or streams. The core (`vn-women-leadership`)
 * stays pure and runs anywhere; this entry needs Node's `fs` and streams.
 *
 * @packageDocumentation
 * @module vn-women-leadership/node
 */
export { type PeopleCsvOptions, type PeopleCsvResult, tallyPeopleCsv } from "./people-csv.js";
