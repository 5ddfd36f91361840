/**
 * Preview only: a read-only view of the in-memory workbook's visible sheets, so a person without Excel can see
 * the cells and select one (for "select cell" links and binding mode). Loaded on demand; never in Excel.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useReducer, useState } from "react";
import { colIndex, colLetters, parseAddress } from "../../../excel/address";
import type { MemoryWorkbookPort } from "../../../excel/MemoryWorkbookPort";

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    maxHeight: "80vh",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    minWidth: "48px",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    cursor: "pointer",
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, textAlign: "center" },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export default function PreviewSheet({ port }: { port: MemoryWorkbookPort }) {
  const styles = useStyles();
  const [, refresh] = useReducer((x: number) => x + 1, 0);
  const visible = port.workbook.sheets.filter((s) => s.visibility === "visible");
  const [sheetName, setSheetName] = useState(visible[0]?.name ?? "");
  useEffect(() => {
    const onSelect = (a: string) => {
      const ref = parseAddress(a);
      if (ref) setSheetName(ref.sheet);
      refresh();
    };
    port.selectionListeners.add(onSelect);
    let off: (() => void) | undefined;
    void port.onChanged(refresh).then((r) => {
      if (r.ok) off = r.value;
    });
    return () => {
      port.selectionListeners.delete(onSelect);
      off?.();
    };
  }, [port]);
  const sheet = port.workbook.sheets.find((s) => s.name === sheetName);
  let rows = 0;
  let cols = 0;
  for (const a of Object.keys(sheet?.cells ?? {})) {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) continue;
    rows = Math.max(rows, Number(m[2]));
    cols = Math.max(cols, colIndex(m[1]));
  }
  const sel = parseAddress(port.workbook.selection ?? "");
  return (
    <aside aria-label="sheet" className={styles.wrap}>
      <TabList
        selectedValue={sheetName}
        onTabSelect={(_, d) => setSheetName(String(d.value))}
        size="small"
      >
        {visible.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <table className={styles.table} role="grid" aria-label={sheetName}>
        <tbody>
          <tr>
            <th className={mergeClasses(styles.cell, styles.head)} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={mergeClasses(styles.cell, styles.head)}>
                {colLetters(c + 1)}
              </th>
            ))}
          </tr>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={mergeClasses(styles.cell, styles.head)}>{r + 1}</th>
              {Array.from({ length: cols }, (_, c) => {
                const a1 = `${colLetters(c + 1)}${r + 1}`;
                const v = sheet?.cells[a1];
                const isSel = sel?.sheet === sheetName && sel.col === c + 1 && sel.row === r + 1;
                return (
                  <td
                    key={a1}
                    role="gridcell"
                    aria-label={`${sheetName}!${a1}`}
                    aria-selected={isSel}
                    className={mergeClasses(styles.cell, isSel && styles.selected)}
                    onClick={() => void port.selectCell(`${sheetName}!${a1}`)}
                    title={sheet?.formulas?.[a1] ? `=${sheet.formulas[a1]}` : undefined}
                  >
                    {v === null || v === undefined ? "" : String(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
