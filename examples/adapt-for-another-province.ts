// A made-up province ("Tỉnh Sông Hồng") derives its plan from the national Decision: its own document, lower
// 2025 targets, an inclusive deadline of 10 November, and heads-only key leaders. Everything it does not change
// is inherited — and listed, so the province can confirm each value before adopting it.
import { adaptPlan, inheritedValues, planSummary } from "vn-women-leadership";
import { national2282 } from "vn-women-leadership/presets";

const own = (clause: string) => ({ document: "88/KH-UBND", clause });

const songHong = adaptPlan(national2282, {
  id: "song-hong-88-kh-ubnd-2022",
  document: {
    number: "88/KH-UBND",
    type: { vi: "Kế hoạch", en: "Plan" },
    issuer: { vi: "Ủy ban nhân dân tỉnh Sông Hồng", en: "People's Committee of Sông Hồng province" },
    issueDate: "2022-06-15",
    title: { vi: "Kế hoạch thực hiện Quyết định 2282/QĐ-TTg", en: "Plan implementing Decision 2282/QĐ-TTg" },
  },
  jurisdiction: { level: "province", name: { vi: "Tỉnh Sông Hồng", en: "Sông Hồng province" } },
  indicators: [
    {
      id: "agencies-with-female-key-leader",
      milestones: [{ year: 2025, target: "55%", citation: own("I.1.a") }],
    },
    { id: "women-in-planning-pool", milestones: [{ year: 2025, target: "0.38", citation: own("I.1.b") }] },
  ],
  actors: [
    { id: "department-of-home-affairs", name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" } },
    { id: "provincial-units", name: { vi: "Các sở, ban, ngành", en: "Provincial departments" } },
  ],
  reportingDuties: [
    {
      id: "provincial-units-annual-report",
      name: { vi: "Báo cáo hằng năm", en: "Annual report" },
      actor: "provincial-units",
      recipient: "department-of-home-affairs",
      schedule: { kind: "annual", due: { month: 11, day: 10, inclusive: true } },
      citation: own("IV.3.b"),
    },
  ],
  settings: { keyLeaders: "heads-only" },
});

console.log(planSummary(songHong, { locale: "en" }).split("\n").slice(0, 12).join("\n"));

const inherited = inheritedValues(national2282, songHong).filter((v) => v.path.endsWith(".target"));
console.log("\nTargets inherited from 2282/QĐ-TTg, to confirm:");
for (const v of inherited)
  console.log(`  ${v.path} = ${v.value} [${v.citation?.document} ${v.citation?.clause}]`);

const first = songHong.indicators[0]?.milestones[0];
if (first?.target !== "55%" || first.citation.document !== "88/KH-UBND")
  throw new Error("override not applied");
if (national2282.indicators[0]?.milestones[0]?.target !== "60%") throw new Error("base changed");
