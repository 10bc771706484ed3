export { ceilDiv, compareFractions, type Fraction, floorDiv, fraction } from "./fraction.js";
export {
  type DecimalOptions,
  type FormatPercentOptions,
  formatPercent,
  formatTarget,
  type Percent,
  PercentSchema,
  percent,
  percentDecimal,
  percentToFraction,
  type RoundingMode,
} from "./percent.js";
export { type ExactRatio, exactRatio, ratioToFraction, reduce } from "./ratio.js";
