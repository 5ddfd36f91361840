/** The streaming CSV reader: quotes, doubled quotes, CRLF, BOM, and rows or quotes split across chunks. */
import fc from "fast-check";
import { CsvParser } from "../../src/node/csv";
import { columnLetter } from "../../src/node/csvClients";

const parseAll = (chunks: string[]): string[][] => {
  const p = new CsvParser();
  return [...chunks.flatMap((c) => p.push(c)), ...p.end()].map((r) => r.fields);
};

test("quoted fields, doubled quotes, commas and newlines inside quotes, CRLF and a BOM", () => {
  const text = '\uFEFFname,unit,note\r\n"青岛啤酒,股份",元,"said ""hi"""\r\n"a\nb",万元,\n';
  expect(parseAll([text])).toEqual([
    ["name", "unit", "note"],
    ["青岛啤酒,股份", "元", 'said "hi"'],
    ["a\nb", "万元", ""],
  ]);
});

test("a last row without a newline is kept", () => {
  expect(parseAll(["a,b\n1,2"])).toEqual([
    ["a", "b"],
    ["1", "2"],
  ]);
});

test("any split into chunks gives the same rows (streaming is invisible)", () => {
  const text = 'id,"x ""q"", y",z\r\n1,"2\r\n3",4\n"",,"end"""\n';
  const whole = parseAll([text]);
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 8 }),
      (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks = [0, ...at].map((s, i) => text.slice(s, at[i] ?? text.length));
        expect(parseAll(chunks)).toEqual(whole);
      }
    )
  );
});

test("column letters as Excel shows them", () => {
  expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
});
