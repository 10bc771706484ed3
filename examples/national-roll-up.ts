// A national roll-up against Decision 2282/QĐ-TTg: central bodies (ministries, ministry-level and Government
// agencies) and provinces side by side, with the result per level and the key-leader share per level, as the
// national reports publish them. Each province sends its units' tallies; the Ministry evaluates them together.
import { evaluate, type Unit, type UnitTallyInput } from "vn-women-leadership";
import { national2282 } from "vn-women-leadership/presets";

const tally = (unitId: string, women: number, total: number): UnitTallyInput => ({
  unitId,
  keyLeaders: { women, total },
  planningPool: { women: 12, total: 30, womenTrained: 9 },
});

// The central level: a unit's tier is "central" (it has no parent among the provinces).
const central: Unit[] = [
  {
    id: "bo-noi-vu",
    kind: "state-agency",
    tier: "central",
    name: { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" },
  },
  {
    id: "bo-tai-chinh",
    kind: "state-agency",
    tier: "central",
    name: { vi: "Bộ Tài chính", en: "Ministry of Finance" },
  },
  { id: "bo-y-te", kind: "state-agency", tier: "central", name: { vi: "Bộ Y tế", en: "Ministry of Health" } },
];
// Two provinces, each with its government and two communes (two-tier local government since 2025-07-01).
const provinces: Unit[] = ["hung-yen", "ninh-binh"].flatMap((p): Unit[] => [
  { id: p, kind: "local-government", tier: "province" },
  { id: `${p}.xa-1`, kind: "local-government", tier: "commune", parent: p },
  { id: `${p}.xa-2`, kind: "local-government", tier: "commune", parent: p },
]);

const tallies = [
  tally("bo-noi-vu", 1, 5),
  tally("bo-tai-chinh", 0, 6),
  tally("bo-y-te", 2, 5),
  tally("hung-yen", 1, 6),
  tally("hung-yen.xa-1", 1, 4),
  tally("hung-yen.xa-2", 0, 4),
  tally("ninh-binh", 0, 6),
  tally("ninh-binh.xa-1", 1, 4),
  tally("ninh-binh.xa-2", 1, 4),
];

const result = evaluate(
  national2282,
  { units: [...central, ...provinces], tallies, keyLeaders: "heads-and-deputies" },
  { year: 2025, asOf: "2026-01-15" },
);
const first = result.indicators[0];
if (first === undefined) throw new Error("no indicator");
console.log(
  `${first.name.en} — target ${first.target.milestone?.target ?? "?"} by ${first.target.milestone?.year ?? "?"} (${result.tiers.join(", ")})`,
);
for (const g of [first.overall, ...first.byTier]) {
  const value =
    g.status === "not-computable"
      ? g.reason
      : `${g.value.numerator}/${g.value.denominator} (${g.value.percent}%)`;
  const share =
    g.keyLeaderShare === undefined
      ? ""
      : `; key leaders ${g.keyLeaderShare.women}/${g.keyLeaderShare.total} women`;
  console.log(`  ${g.key.padEnd(9)} ${g.status.padEnd(6)} ${value}${share}`);
}

// What the figures must say, so that this example fails if the rules change.
const levels = first.byTier.map((g) => g.key).join(",");
if (levels !== "central,province,commune") throw new Error(`unexpected levels ${levels}`);
const c = first.byTier[0];
if (
  c === undefined ||
  c.status === "not-computable" ||
  c.value.numerator !== 2 ||
  c.keyLeaderShare?.women !== 3
)
  throw new Error("unexpected central result");
if (first.overall.status === "not-computable" || first.overall.value.numerator !== 6)
  throw new Error("unexpected overall result");
