#!/usr/bin/env node
// Writes the bundled people exports (synthetic: invented people, not statistics), in the layout of a provincial
// HR export (Vietnamese headers, a byte-order mark, CRLF, quoted commas):
// - data/sample/people-2025.csv: the merged Hưng Yên of 2025 (two tiers), one row per person, expanded from
//   data/sample/tallies-2025.json so that counting the file gives exactly those tallies;
// - data/sample/units-2024.json and people-2024.csv: a three-tier set for 2024 (departments before the 2025
//   mergers, ten districts, thirty communes), from a seeded generator;
// - data/sample/people-mapping.json: the column mapping of both files.
// Run: node scripts/gen-sample-people.mjs (after scripts/gen-sample.mjs, which writes units.json and tallies).
import { readFileSync, writeFileSync } from "node:fs";

let seed = 20241231;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const shuffle = (a) => {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

const HEADER = [
  "STT",
  "Mã cán bộ",
  "Họ và tên",
  "Mã đơn vị",
  "Tên đơn vị",
  "Giới tính",
  "Chức vụ",
  "Diện quy hoạch",
  "Đã bồi dưỡng",
];
const field = (v) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const nameOf = (u) => (typeof u.name === "string" ? u.name : (u.name?.vi ?? u.id));
const titles = (u) =>
  u.kind === "local-government"
    ? u.tier === "province"
      ? ["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh"]
      : u.tier === "district"
        ? ["Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện"]
        : ["Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"]
    : ["Giám đốc", "Phó Giám đốc"];
const OTHER = ["Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Cán sự", "Văn thư"];

/**
 * One unit's people from its tally: key leaders (a head, then deputies), the planning pool (which may include key
 * leaders, when the workforce is too small for both apart), and the rest of the workforce.
 */
function people(u, t, next) {
  const [head, deputy] = titles(u);
  const kl = t.keyLeaders;
  const pool = t.planningPool;
  const wf = t.workforce;
  const sexes = [
    { sex: "Nữ", kl: kl.women, pool: pool.women, wf: wf.women, trained: pool.womenTrained },
    {
      sex: "Nam",
      kl: kl.total - kl.women,
      pool: pool.total - pool.women,
      wf: wf.total - wf.women,
      trained: 0,
    },
  ];
  const leaders = [];
  const rest = [];
  for (const s of sexes) {
    const overlap = Math.max(0, s.kl + s.pool - s.wf);
    if (overlap > Math.min(s.kl, s.pool)) throw new Error(`unit ${u.id}: the tally cannot be people`);
    let trained = s.trained;
    const inPool = () => {
      const tr = trained > 0;
      if (tr) trained--;
      return tr;
    };
    for (let i = 0; i < s.kl; i++) {
      const p = i < overlap;
      leaders.push({ sex: s.sex, pool: p, trained: p && inPool() });
    }
    for (let i = 0; i < s.pool - overlap; i++)
      rest.push({ sex: s.sex, title: OTHER[int(0, OTHER.length - 1)], pool: true, trained: inPool() });
    for (let i = 0; i < s.wf - s.kl - s.pool + overlap; i++)
      rest.push({ sex: s.sex, title: OTHER[int(0, OTHER.length - 1)], pool: false, trained: false });
  }
  shuffle(leaders).forEach((r, i) => {
    r.title = i === 0 ? head : deputy;
  });
  return shuffle([...leaders, ...rest]).map((r) => {
    const n = next();
    return [
      n,
      `CB${String(n).padStart(6, "0")}`,
      `Cán bộ ${n}`,
      u.id,
      nameOf(u),
      r.sex,
      r.title,
      r.pool ? "x" : "",
      r.trained ? "x" : "",
    ];
  });
}

function writeCsv(file, units, tallies) {
  let n = 0;
  const next = () => ++n;
  const byId = new Map(units.map((u) => [u.id, u]));
  const rows = tallies.flatMap((t) => people(byId.get(t.unitId), t, next));
  const text = [HEADER, ...rows].map((r) => r.map(field).join(",")).join("\r\n");
  writeFileSync(file, `\uFEFF${text}\r\n`);
  console.log(`wrote ${file}: ${rows.length} people`);
}

// 2025: the bundled tallies, as people.
const units2025 = JSON.parse(readFileSync("data/sample/units.json", "utf8"));
const tallies2025 = JSON.parse(readFileSync("data/sample/tallies-2025.json", "utf8"));
writeCsv("data/sample/people-2025.csv", units2025, tallies2025);

// 2024: three tiers; the departments before the 2025 mergers.
const departments = [
  ["so-noi-vu", "Sở Nội vụ", "home-affairs"],
  ["so-tai-chinh", "Sở Tài chính", "finance"],
  ["so-tu-phap", "Sở Tư pháp", "justice"],
  ["so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", "labour"],
  ["so-tttt", "Sở Thông tin và Truyền thông", "information"],
  ["so-xay-dung", "Sở Xây dựng", "construction"],
  ["so-gddt", "Sở Giáo dục và Đào tạo", "education"],
  ["so-y-te", "Sở Y tế", "health"],
  ["so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "culture"],
];
const districts = [
  "Văn Lâm",
  "Văn Giang",
  "Yên Mỹ",
  "Mỹ Hào",
  "Ân Thi",
  "Khoái Châu",
  "Kim Động",
  "Tiên Lữ",
  "Phù Cừ",
  "Hưng Yên",
];
const units2024 = [
  {
    id: "ubnd-tinh",
    name: "Chính quyền tỉnh Hưng Yên",
    kind: "local-government",
    tier: "province",
    sector: "government",
  },
  ...departments.map(([id, name, sector]) => ({
    id,
    name,
    kind: "state-agency",
    tier: "province",
    sector,
    parent: "ubnd-tinh",
    ...(sector === "labour" || sector === "information" ? { validTo: "2025-02-28" } : {}),
  })),
  ...districts.flatMap((d, i) => {
    const id = `huyen-${String(i + 1).padStart(2, "0")}`;
    return [
      {
        id,
        name: `Huyện ${d}`,
        kind: "local-government",
        tier: "district",
        sector: "local-government",
        parent: "ubnd-tinh",
        validTo: "2025-06-30",
      },
      ...[1, 2, 3].map((k) => ({
        id: `${id}-xa-${k}`,
        name: `Xã ${k}, huyện ${d}`,
        kind: "local-government",
        tier: "commune",
        sector: "local-government",
        parent: id,
        validTo: "2025-06-30",
      })),
    ];
  }),
];
const share = { construction: 0.24, health: 0.6, education: 0.68 };
const tallies2024 = units2024.map((u) => {
  const klTotal = int(3, 5);
  const klWomen = rand() < 0.5 ? int(1, 2) : 0;
  const poolTotal = int(6, 20);
  const poolWomen = Math.round(poolTotal * (0.25 + rand() * 0.25));
  const wfTotal = int(40, 160);
  const wfWomen = Math.max(
    klWomen + poolWomen,
    Math.round(wfTotal * (share[u.sector] ?? 0.35 + rand() * 0.2)),
  );
  return {
    unitId: u.id,
    keyLeaders: { women: klWomen, total: klTotal },
    planningPool: {
      women: poolWomen,
      total: poolTotal,
      womenTrained: Math.round(poolWomen * (0.5 + rand() * 0.4)),
    },
    workforce: {
      women: wfWomen,
      total: Math.max(wfTotal, wfWomen + (klTotal - klWomen) + (poolTotal - poolWomen)),
    },
  };
});
writeFileSync("data/sample/units-2024.json", `${JSON.stringify(units2024, null, 1)}\n`);
writeCsv("data/sample/people-2024.csv", units2024, tallies2024);

const mapping = {
  $schema: "../../schema/column-mapping.schema.json",
  columns: {
    personId: "Mã cán bộ",
    unitId: "Mã đơn vị",
    sex: "Giới tính",
    position: "Chức vụ",
    inPlanningPool: "Diện quy hoạch",
    trained: "Đã bồi dưỡng",
  },
};
writeFileSync("data/sample/people-mapping.json", `${JSON.stringify(mapping, null, 2)}\n`);
console.log("wrote data/sample/people-mapping.json");
