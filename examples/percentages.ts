// Shares are exact until they are shown: parse a target, compare exactly, format with a named rounding.
import {
  compareFractions,
  formatPercent,
  fraction,
  PercentSchema,
  percentToFraction,
} from "vn-women-leadership";

const target = PercentSchema.parse("0.6"); // "60%"
const tenOfSeventeen = fraction(10, 17);
const met = compareFractions(tenOfSeventeen, percentToFraction(target)) >= 0;
console.log(
  `10/17 = ${formatPercent(10, 17)} (vi), ${formatPercent(10, 17, { locale: "en" })} (en); target ${target}; met: ${met}`,
);
if (met) throw new Error("10/17 must be below 60%");
