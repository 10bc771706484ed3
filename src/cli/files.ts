/**
 * Reading the files a user names: text with a byte-order mark removed, JSON with its syntax error located; every
 * failure a {@link CliError}.
 *
 * @module
 * @internal
 */
import { readFileSync, statSync } from "node:fs";
import { inputError } from "./errors.js";

/** The text of a file, UTF-8, without a leading byte-order mark (Notepad and Excel write one). */
export function readText(file: string): string {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw inputError("cli.file-not-found", `Không tìm thấy tệp ${file}.`, `File not found: ${file}.`);
    throw inputError(
      "cli.file-unreadable",
      `Không đọc được tệp ${file} (${code}).`,
      `Cannot read ${file} (${code}).`,
    );
  }
  if (stat.isDirectory())
    throw inputError(
      "cli.file-is-directory",
      `${file} là thư mục, không phải tệp.`,
      `${file} is a directory, not a file.`,
    );
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw inputError(
      "cli.file-unreadable",
      `Không đọc được tệp ${file} (${code}).`,
      `Cannot read ${file} (${code}).`,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A file's JSON value; a syntax error names the file, the line and the column. */
export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    const where = locate(text, (e as Error).message);
    throw inputError(
      "cli.json-invalid",
      `${file}${where}: không phải JSON hợp lệ (${(e as Error).message}).`,
      `${file}${where}: not valid JSON (${(e as Error).message}).`,
    );
  }
}

function locate(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (m === null) return "";
  const position = Number(m[1]);
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return `:${line}:${column}`;
}
