/**
 * The command-line tool's help texts, in Vietnamese and English side by side (a user who sees an error in one
 * language reads the help in both).
 *
 * @module
 * @internal
 */

const COMMON = `  --lang vi|en          ngôn ngữ / language (vi)
  -h, --help            trợ giúp / help`;

const EXIT = `Mã thoát / exit codes: 0 xong / done; 1 có số liệu bị loại hoặc không hợp lệ / some input rejected or invalid
  (--allow-rejects: 0); 2 sai cú pháp / wrong usage.`;

export const USAGE = `vn-women-leadership <lệnh/command> [tuỳ chọn/options]

Lệnh / commands:
  report     báo cáo năm từ số liệu cán bộ (CSV) hoặc số liệu tổng hợp / the annual report from people or tallies
  tally      tổng hợp tệp CSV cán bộ thành số liệu theo đơn vị / count a people CSV into tallies
  validate   kiểm tra kế hoạch, ánh xạ cột, tệp số liệu / validate a plan, a mapping, data files
  deadlines  hạn báo cáo và tình trạng nộp / reporting deadlines and their status
  init       tạo kế hoạch của một tỉnh từ Quyết định 2282 / write a province's plan from Decision 2282
  schema     JSON Schema (plan, annual-report, column-mapping)
  demo       chạy báo cáo trên dữ liệu mẫu / run the report on the bundled sample
  evaluate   đánh giá số liệu tổng hợp (JSON) / evaluate tallies (JSON)

vn-women-leadership <lệnh> --help: chi tiết và ví dụ / details and an example.  --version: phiên bản / version.
${EXIT}`;

export const HELP = {
  report: `vn-women-leadership report --plan <plan> --units units.json (--people people.csv --mapping mapping.json | --tallies tallies.json) --year N [options]
  Báo cáo năm theo một kế hoạch. / The annual report against a plan.
  --plan P              tệp kế hoạch JSON hoặc mẫu: hung-yen-53, national-2282 (bắt buộc) / plan file or preset (required)
  --units F             danh sách đơn vị (JSON) / the units (JSON)
  --people F            tệp CSV cán bộ / a people CSV export;  --mapping F  ánh xạ cột / its column mapping (JSON)
  --tallies F           hoặc số liệu tổng hợp (JSON) / or tallies (JSON);  --key-leaders R  cách hiểu đã dùng để đếm
  --year N  --as-of YYYY-MM-DD (hôm nay / today in Vietnam)
  --previous F          báo cáo năm trước (JSON) / last year's report (JSON)
  --submissions F       các bản đã nộp (JSON) / submissions (JSON)
  --format md|html|svg|csv|opensdg|json   có thể lặp lại / repeatable (md)
  --out DIR             ghi các tệp vào thư mục / write the files to a folder (otherwise the first format to stdout)
  --allow-rejects       mã thoát 0 dù có dòng bị loại / exit 0 even with rejected rows
${COMMON}
  Ví dụ / example:
    vn-women-leadership report --plan hung-yen-53 --units data/sample/units.json --people data/sample/people-2025.csv \\
      --mapping data/sample/people-mapping.json --year 2025 --format md --format html --out bao-cao-2025
${EXIT}`,
  tally: `vn-women-leadership tally --plan <plan> --people people.csv --mapping mapping.json [--units units.json] [--out tallies.json|.csv]
  Tổng hợp tệp cán bộ thành số liệu theo đơn vị, theo cách hiểu của kế hoạch. / Counts a people CSV into tallies.
  --allow-rejects       mã thoát 0 dù có dòng bị loại / exit 0 even with rejected rows
${COMMON}
  Ví dụ / example:
    vn-women-leadership tally --plan hung-yen-53 --people data/sample/people-2025.csv --mapping data/sample/people-mapping.json
${EXIT}`,
  validate: `vn-women-leadership validate [plan.json] [--plan P] [--mapping F] [--units F] [--tallies F] [--people F --mapping F]
  Kiểm tra mọi tệp đã cho, báo mọi lỗi trong một lần chạy. / Checks every file given; every problem in one run.
${COMMON}
  Ví dụ / example:
    vn-women-leadership validate my-plan.json --units units.json --people people.csv --mapping mapping.json
${EXIT}`,
  deadlines: `vn-women-leadership deadlines --plan <plan> [--as-of YYYY-MM-DD] [--year N] [--submissions F] [--json]
  Hạn báo cáo của năm và tình trạng (sắp đến hạn, quá hạn, đúng hạn, trễ hạn). / The year's deadlines and their status.
${COMMON}
  Ví dụ / example:
    vn-women-leadership deadlines --plan hung-yen-53 --as-of 2025-11-20
${EXIT}`,
  init: `vn-women-leadership init --id ID --name "Tỉnh X" [--name-en "X province"] [--document 12/KH-UBND] [--from national-2282] [--out plan.json]
  Viết kế hoạch JSON của một tỉnh từ Quyết định 2282 (có "$schema" để trình soạn thảo gợi ý), để chỉnh sửa rồi kiểm tra.
  Writes a province's plan JSON from Decision 2282 (with "$schema" for editor completion), to edit and validate.
${COMMON}
  Ví dụ / example:
    vn-women-leadership init --id tinh-x-2022 --name "Tỉnh X" --document 12/KH-UBND --out tinh-x.json
${EXIT}`,
  schema: `vn-women-leadership schema [plan|annual-report|column-mapping]
  In JSON Schema. / Prints a JSON Schema (default: plan).`,
  demo: `vn-women-leadership demo [--as-of YYYY-MM-DD] [--year N] [--lang vi|en] [--out DIR]
  Báo cáo năm 2025 của dữ liệu mẫu (tổng hợp, không có thật) theo Kế hoạch 53, in ra và ghi các định dạng vào một thư mục.
  The 2025 report of the bundled (synthetic) sample against Plan 53: printed, and every format written to a folder.
${COMMON}`,
  evaluate: `vn-women-leadership evaluate --plan <plan> --units units.json --tallies tallies.json --year N [--as-of YYYY-MM-DD] [--key-leaders R] [--json]
  Đánh giá số liệu tổng hợp (văn bản thuần). / Evaluates tallies (plain text).
${COMMON}
${EXIT}`,
} as const;

export type Command = keyof typeof HELP;
