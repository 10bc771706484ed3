/**
 * Reading the files a user names: text with a byte-order mark removed, JSON with its syntax error located; every
 * failure a {@link CliError}.
 *
 * @module
 * @internal
 */
import { readFileSync, statSync } from "node:fs";
import { type CliError, inputError } from "./errors.js";

/** A file-system error (missing file, a directory, no permission) as the message a user reads; `undefined` otherwise. */
export function fileError(e: unknown, file: string): CliError | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT")
    return inputError("cli.file-not-found", `Không tìm thấy tệp ${file}.`, `File not found: ${file}.`);
  if (code === "EISDIR")
    return inputError(
      "cli.file-is-directory",
      `${file} là thư mục, không phải tệp.`,
      `${file} is a directory, not a file.`,
    );
  if (typeof code === "string" && code.startsWith("E"))
    return inputError(
      "cli.file-unreadable",
      `Không đọc được tệp ${file} (${code}).`,
      `Cannot read ${file} (${code}).`,
    );
  return undefined;
}

/** The text of a file, UTF-8, without a leading byte-order mark (Notepad and Excel write one). */
export function readText(file: string): string {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch (e) {
    throw fileError(e, file) ?? e;
  }
  if (stat.isDirectory()) throw fileError({ code: "EISDIR" }, file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw fileError(e, file) ?? e;
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
