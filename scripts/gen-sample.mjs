#!/usr/bin/env node
// Writes the bundled sample data (data/sample/*.json): a made-up province shaped like Hưng Yên after
// 1 July 2025 (provincial People's Committee, 14 departments, 104 communes; two tiers), with counts drawn
// from a seeded generator so that the file is reproducible. The numbers are invented, not statistics.
import { writeFileSync } from "node:fs";

let seed = 20251231;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const departments = [
  ["so-noi-vu", "Sở Nội vụ", "Department of Home Affairs", "home-affairs"],
  ["so-tai-chinh", "Sở Tài chính", "Department of Finance", "finance"],
  ["so-tu-phap", "Sở Tư pháp", "Department of Justice", "justice"],
  ["so-cong-thuong", "Sở Công Thương", "Department of Industry and Trade", "industry"],
  [
    "so-nong-nghiep",
    "Sở Nông nghiệp và Môi trường",
    "Department of Agriculture and Environment",
    "agriculture",
  ],
  ["so-xay-dung", "Sở Xây dựng", "Department of Construction", "construction"],
  ["so-khcn", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "science"],
  ["so-gddt", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "education"],
  ["so-y-te", "Sở Y tế", "Department of Health", "health"],
  ["so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "culture"],
  ["so-dan-toc", "Sở Dân tộc và Tôn giáo", "Department of Ethnic and Religious Affairs", "ethnic-affairs"],
  ["so-ngoai-vu", "Sở Ngoại vụ", "Department of Foreign Affairs", "foreign-affairs"],
  ["thanh-tra", "Thanh tra tỉnh", "Provincial Inspectorate", "inspection"],
  ["van-phong-ubnd", "Văn phòng UBND tỉnh", "Office of the Provincial People's Committee", "government"],
];
const units = [
  {
    id: "ubnd-tinh",
    name: { vi: "Chính quyền tỉnh", en: "Provincial government" },
    kind: "local-government",
    tier: "province",
    sector: "government",
  },
  ...departments.map(([id, vi, en, sector]) => ({
    id,
    name: { vi, en },
    kind: "state-agency",
    tier: "province",
    sector,
    parent: "ubnd-tinh",
  })),
  ...Array.from({ length: 104 }, (_, i) => ({
    id: `xa-${String(i + 1).padStart(3, "0")}`,
    name: `Xã/phường số ${i + 1}`,
    kind: "local-government",
    tier: "commune",
    sector: "local-government",
    parent: "ubnd-tinh",
    validFrom: "2025-07-01",
  })),
];
// Sectors with few women: construction and inspection are kept under 30% to show the adjustment clause.
const femaleShare = { construction: 0.22, inspection: 0.27, health: 0.62, education: 0.7 };
const tallies = units.flatMap((u) => {
  if (rand() < 0.04) return []; // a few units do not report
  const klTotal = u.kind === "local-government" ? int(4, 6) : int(3, 5);
  const klWomen = rand() < 0.55 ? int(1, 2) : 0;
  const poolTotal = int(6, 30);
  const poolWomen = Math.round(poolTotal * (0.28 + rand() * 0.25));
  const trained = Math.round(poolWomen * (0.6 + rand() * 0.35));
  const wfTotal = int(20, 90);
  const share = femaleShare[u.sector] ?? 0.35 + rand() * 0.2;
  // The counts must be people (scripts/gen-sample-people.mjs expands them): at least as many women and men in
  // the workforce as among the key leaders, and as in the planning pool.
  const kw = Math.min(klWomen, klTotal);
  const wfWomen = Math.max(Math.round(wfTotal * share), kw, poolWomen);
  const wfMen = Math.max(wfTotal - Math.round(wfTotal * share), klTotal - kw, poolTotal - poolWomen);
  return [
    {
      unitId: u.id,
      keyLeaders: { women: kw, total: klTotal },
      planningPool: { women: poolWomen, total: poolTotal, womenTrained: trained },
      workforce: { women: wfWomen, total: wfWomen + wfMen },
    },
  ];
});
writeFileSync("data/sample/units.json", `${JSON.stringify(units, null, 1)}\n`);
writeFileSync("data/sample/tallies-2025.json", `${JSON.stringify(tallies, null, 1)}\n`);
console.log(`wrote ${units.length} units and ${tallies.length} tallies`);
