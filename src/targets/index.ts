export { type TargetForYear, type Trajectory, targetFor } from "./target-for.js";
