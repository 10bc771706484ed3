// Shares are exact until they are shown: parse a target, compare exactly, format with a named rounding.
import { formatPercent, PercentSchema, peopleShortfall, percent } from "vn-women-leadership";

const target = PercentSchema.parse("0.6"); // "60%"
// 10 women of 17 against 60%: 10.2 are needed, so one more woman replacing a man (11/17) or one added (11/18).
const gap = peopleShortfall(10, 17, target);
console.log(
  `10/17 = ${formatPercent(10, 17)} (vi), ${formatPercent(10, 17, { locale: "en" })} (en); target ${target}; short by ${gap.replace} (replace) or ${gap.add} (add)`,
);
if (gap.replace !== 1 || gap.add !== 1) throw new Error("10/17 is one woman short of 60% in both readings");
// The Vietnamese decimal comma is read too, and a bare number never is.
if (percent("60,5%") !== "60.5%") throw new Error("60,5% is 60.5%");
if (PercentSchema.safeParse(60).success) throw new Error("a bare 60 is ambiguous");
