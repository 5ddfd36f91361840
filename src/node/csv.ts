/**
 * A streaming CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM): yields one row at a
 * time, so a batch of any size is rated in constant memory.
 */
import * as fs from "node:fs";

/** One parsed row and its 1-based line number in the file (the header is row 1). */
export interface CsvRow {
  readonly row: number;
  readonly fields: string[];
}

/** Splits text chunks into rows; keeps the state of a field that spans chunks. */
export class CsvParser {
  private field = "";
  private fields: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private row = 0;
  private started = false;
  private pendingCr = false;

  /** Feeds a chunk; returns the rows it completed. */
  push(chunk: string): CsvRow[] {
    const out: CsvRow[] = [];
    let s = chunk;
    if (!this.started) {
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === "\n") continue;
      }
      if (this.quoted) {
        if (c === '"') {
          if (s[i + 1] === '"') {
            this.field += '"';
            i++;
          } else if (i + 1 === s.length) {
            // A quote at the end of a chunk: the next chunk decides; treat as closing unless it starts with '"'.
            this.quoted = false;
            this.afterQuote = true;
          } else {
            this.quoted = false;
            this.afterQuote = true;
          }
        } else this.field += c;
        continue;
      }
      if (c === '"' && this.afterQuote) {
        // A doubled quote split across chunks.
        this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
      } else if (c === '"' && this.field === "") this.quoted = true;
      else if (c === ",") this.endField();
      else if (c === "\n" || c === "\r") {
        this.endField();
        out.push(this.endRow());
        if (c === "\r") this.pendingCr = true;
      } else {
        this.afterQuote = false;
        this.field += c;
      }
    }
    return out;
  }

  /** Flushes the last row when the file does not end with a newline. */
  end(): CsvRow[] {
    if (this.field === "" && this.fields.length === 0 && !this.afterQuote) return [];
    this.endField();
    return [this.endRow()];
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = "";
    this.afterQuote = false;
  }

  private endRow(): CsvRow {
    this.row++;
    const r = { row: this.row, fields: this.fields };
    this.fields = [];
    return r;
  }
}

/**
 * Reads a CSV file row by row, skipping blank lines.
 * @example for await (const r of readCsvRows("clients.csv")) console.log(r.row, r.fields);
 */
export async function* readCsvRows(file: string): AsyncGenerator<CsvRow> {
  const parser = new CsvParser();
  const stream = fs.createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 });
  const keep = (r: CsvRow): boolean => r.fields.some((f) => f !== "");
  for await (const chunk of stream)
    for (const r of parser.push(chunk as string)) if (keep(r)) yield r;
  for (const r of parser.end()) if (keep(r)) yield r;
}
