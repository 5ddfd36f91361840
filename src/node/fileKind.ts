/**
 * Tells what a file really is from its first bytes, so an `.xls`, a password-protected workbook or a renamed file
 * gets a precise answer instead of a parser's stack trace.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { problem, type FileProblem } from "./fileProblem";

export type FileKind = "xlsx" | "json" | "csv";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Encrypted OOXML is a compound file holding these streams (MS-OFFCRYPTO). */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

const CONVERT_HINT = (file: string) => `soffice --headless --convert-to xlsx --outdir . "${file}"`;

/**
 * Sniffs `file`. Returns its kind, or a problem: missing file, `.xls` (with the command that converts it), an
 * encrypted workbook, a corrupt one, or an extension the command does not read.
 */
export function sniffFile(file: string): { kind: FileKind } | { problem: FileProblem } {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return { problem: problem("NOT_FOUND", `找不到文件：${file}`, `file not found: ${file}`) };
  }
  const head = Buffer.alloc(8);
  let size = 0;
  try {
    size = fs.fstatSync(fd).size;
    fs.readSync(fd, head, 0, 8, 0);
  } finally {
    fs.closeSync(fd);
  }
  const ext = path.extname(file).toLowerCase();
  if (head.subarray(0, 8).equals(CFB)) {
    const all = fs.readFileSync(file);
    if (all.includes(ENCRYPTION_INFO))
      return {
        problem: problem(
          "ENCRYPTED",
          `${file} 受密码保护（已加密）：请在 Excel 中打开并在“文件 › 信息 › 保护工作簿”中删除密码后另存，再评级`,
          `${file} is password-protected (encrypted): open it in Excel, remove the password (File › Info › Protect Workbook), save, then rate it`
        ),
      };
    return {
      problem: problem(
        "XLS_FORMAT",
        `${file} 是旧版 .xls（BIFF）格式，无法直接读取：请先转换为 .xlsx，例如 ${CONVERT_HINT(file)}，或在 Excel 中“另存为 .xlsx”`,
        `${file} is a legacy .xls (BIFF) workbook, which cannot be read: convert it to .xlsx first, e.g. ${CONVERT_HINT(file)}, or "Save As .xlsx" in Excel`
      ),
    };
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    if (size === 0 || !head.subarray(0, 4).equals(ZIP))
      return {
        problem: problem(
          "CORRUPT",
          `${file} 不是有效的 .xlsx 文件（文件已损坏或并非工作簿）`,
          `${file} is not a valid .xlsx file (corrupt, or not a workbook)`
        ),
      };
    return { kind: "xlsx" };
  }
  if (ext === ".xls")
    return {
      problem: problem(
        "CORRUPT",
        `${file} 不是有效的 .xls 文件`,
        `${file} is not a valid .xls file`
      ),
    };
  if (ext === ".json") return { kind: "json" };
  if (ext === ".csv") return { kind: "csv" };
  if (head.subarray(0, 4).equals(ZIP)) return { kind: "xlsx" };
  return {
    problem: problem(
      "UNSUPPORTED_TYPE",
      `不支持的文件类型：${file}（可用 .xlsx、.json 或 .csv）`,
      `unsupported file type: ${file} (use .xlsx, .json or .csv)`
    ),
  };
}
