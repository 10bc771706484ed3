// Reading people exports: the columns of a CSV file and the values of its rows.
import { type MessageBuilder, str } from "./builder.js";

export const intakeMessages = {
  "csv.missing-column": (p) => ({
    vi: `${str(p["file"])}: không có cột "${str(p["column"])}" (ánh xạ cho trường ${str(p["field"])}).`,
    en: `${str(p["file"])}: no column "${str(p["column"])}" (mapped to the field ${str(p["field"])}).`,
  }),
  "csv.duplicate-column": (p) => ({
    vi: `${str(p["file"])}: cột "${str(p["column"])}" xuất hiện hơn một lần trong dòng tiêu đề.`,
    en: `${str(p["file"])}: the column "${str(p["column"])}" appears more than once in the header.`,
  }),
  "csv.empty": (p) => ({
    vi: `${str(p["file"])}: tệp trống, không có dòng tiêu đề.`,
    en: `${str(p["file"])}: the file is empty: no header row.`,
  }),
  "csv.malformed": (p) => ({
    vi: `${str(p["file"])}, dòng ${str(p["line"])}: ${str(p["problem"])}.`,
    en: `${str(p["file"])}, line ${str(p["line"])}: ${str(p["problem"])}.`,
  }),
  "row.field-count": (p) => ({
    vi: `${str(p["file"])}, dòng ${str(p["line"])}: có ${str(p["found"])} ô, dòng tiêu đề có ${str(p["expected"])}.`,
    en: `${str(p["file"])}, line ${str(p["line"])}: ${str(p["found"])} fields, the header has ${str(p["expected"])}.`,
  }),
  "row.missing-value": (p) => ({
    vi: `${str(p["file"])}, dòng ${str(p["line"])}, cột "${str(p["column"])}": ô trống.`,
    en: `${str(p["file"])}, line ${str(p["line"])}, column "${str(p["column"])}": the cell is empty.`,
  }),
  "row.bad-value": (p) => ({
    vi: `${str(p["file"])}, dòng ${str(p["line"])}, cột "${str(p["column"])}": không hiểu giá trị "${str(p["value"])}" (cần ${str(p["expected"])}; thêm vào mục values của ánh xạ nếu đây là cách ghi của đơn vị).`,
    en: `${str(p["file"])}, line ${str(p["line"])}, column "${str(p["column"])}": the value "${str(p["value"])}" is not understood (expected ${str(p["expected"])}; add it to the mapping's values if it is the export's word).`,
  }),
  "row.unknown-unit": (p) => ({
    vi: `${str(p["file"])}, dòng ${str(p["line"])}, cột "${str(p["column"])}": đơn vị "${str(p["value"])}" không có trong danh sách đơn vị.`,
    en: `${str(p["file"])}, line ${str(p["line"])}, column "${str(p["column"])}": the unit "${str(p["value"])}" is not in the list of units.`,
  }),
  "row.duplicate-person": (p) => ({
    vi: `${str(p["file"])}, dòng ${str(p["line"])}, cột "${str(p["column"])}": người có mã "${str(p["value"])}" đã xuất hiện ở dòng trước; chỉ đếm một lần.`,
    en: `${str(p["file"])}, line ${str(p["line"])}, column "${str(p["column"])}": the person "${str(p["value"])}" appeared on an earlier line; counted once.`,
  }),
} satisfies Record<string, MessageBuilder>;
