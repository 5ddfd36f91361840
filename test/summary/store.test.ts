/** The `_summary` column encoding (CONTRACTS §1): tag in A1, ≤ 30,000-character chunks, no split surrogate pairs. */
import {
  SUMMARY_CHUNK,
  SUMMARY_STORE_TAG,
  decodeSummaryStore,
  encodeSummaryStore,
} from "../../src/summary";

it("round-trips a long summary in chunks of at most 30,000 characters", () => {
  const json = JSON.stringify({ note: "评".repeat(70_000), tail: "𠮷".repeat(10) });
  const cells = encodeSummaryStore(json);
  expect(cells[0]).toBe(SUMMARY_STORE_TAG);
  expect(cells.length).toBe(4);
  expect(cells.slice(1).every((c) => c.length <= SUMMARY_CHUNK)).toBe(true);
  expect(decodeSummaryStore([...cells, null, ""])).toEqual({ ok: true, json });
});

it("never splits a surrogate pair across cells", () => {
  const json = "x".repeat(SUMMARY_CHUNK - 1) + "𠮷" + "y";
  const cells = encodeSummaryStore(json);
  for (const c of cells.slice(1)) expect(/[\uD800-\uDBFF]$/.test(c)).toBe(false);
  expect(cells[1].endsWith("𠮷")).toBe(true);
  expect(decodeSummaryStore(cells)).toEqual({ ok: true, json });
});

it("says why nothing can be read", () => {
  expect(decodeSummaryStore([])).toEqual({ ok: false, reason: "工作簿中没有已保存的评级摘要" });
  expect(decodeSummaryStore(["other/1", "{}"]).ok).toBe(false);
  expect(decodeSummaryStore([SUMMARY_STORE_TAG, "{", 3, "}"]).ok).toBe(false);
});
