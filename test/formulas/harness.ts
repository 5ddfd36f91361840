/**
 * The formula-engine harness (CONTRACTS §2): a real spreadsheet engine, HyperFormula, evaluating sheets whose cells
 * hold `RATING.*` formulas next to ordinary Excel functions. The functions are registered from the same metadata
 * the add-in ships — custom-functions-metadata parses src/functions/functions.ts exactly as the webpack plugin does
 * — and called the way Excel calls them: ranges as 2-D arrays, omitted optional arguments as null, the repeating
 * argument as one array, an error argument propagated without a call, a thrown `CustomFunctions.Error` shown as
 * that error with its message.
 *
 * Unlike Excel, HyperFormula needs quotes around sheet names that are not plain ASCII: `='资产负债表'!C5`.
 *
 * HyperFormula is GPL-3.0: a dev dependency used by tests and benchmarks only, never bundled into the add-in.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue,
  type ConfigParams,
  type FunctionMetadata,
} from "hyperformula";
import { parseTree, type IFunction } from "custom-functions-metadata/lib/parseTree";
import "../setup/customFunctions";
import * as functions from "../../src/functions/functions";

/** Where the functions and their JSDoc live (the webpack plugin's input). */
export const FUNCTIONS_SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
export const NAMESPACE = "RATING";

/**
 * How empty cells reach a function. Excel on Windows/Mac hands an empty cell to a custom function as 0 (inside a
 * range too); Excel on the web hands a scalar empty cell as null (OFFICE-FACTS §2.3). `desktop`, the default, is
 * the stricter test for a template: a blank that is not passed explicitly as "" arrives as 0.
 */
export type BlankMode = "desktop" | "web";

export interface HarnessOptions {
  readonly blanks?: BlankMode;
  /** Extra HyperFormula settings (e.g. `maxRows` for the benchmark's 50,000-row sheet). */
  readonly config?: Partial<ConfigParams>;
}

type Fn = (...args: unknown[]) => unknown;

/** The metadata and the function each id is associated with, parsed once per process. */
export function loadFunctionMetadata(): { functions: IFunction[]; byId: Map<string, Fn> } {
  if (loaded) return loaded;
  const source = fs.readFileSync(FUNCTIONS_SOURCE, "utf8");
  const tree = parseTree(source, "src/functions/functions.ts");
  const errors = tree.extras.flatMap((e) => e.errors);
  if (errors.length > 0) throw new Error(`functions.ts metadata errors: ${errors.join("; ")}`);
  const exported = functions as unknown as Record<string, Fn>;
  const byId = new Map(tree.associate.map((a) => [a.id, exported[a.functionName]]));
  loaded = { functions: tree.functions, byId };
  return loaded;
}
let loaded: { functions: IFunction[]; byId: Map<string, Fn> } | undefined;

let blankMode: BlankMode = "desktop";

function scalarIn(v: unknown, inRange: boolean): unknown {
  if (v === EmptyValue) return blankMode === "desktop" || inRange ? 0 : null;
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
  return v;
}

/** Converts one argument; returns the CellError to propagate when the argument holds one. */
function argIn(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof CellError) return v;
  if (v instanceof SimpleRangeValue) {
    const data = v.data.map((row) => row.map((c) => scalarIn(c, true)));
    const err = data.flat().find((c) => c instanceof CellError);
    return err ?? data;
  }
  return scalarIn(v, false);
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
};

/** Calls of RATING functions and the time spent inside them (for the benchmark: our code vs the engine's). */
export const callStats = { calls: 0, ns: 0 };

function call(fn: Fn, meta: IFunction, raw: unknown[]): unknown {
  const t0 = process.hrtime.bigint();
  try {
    return callInner(fn, meta, raw);
  } finally {
    callStats.calls++;
    callStats.ns += Number(process.hrtime.bigint() - t0);
  }
}

function callInner(fn: Fn, meta: IFunction, raw: unknown[]): unknown {
  const args = raw.map(argIn);
  const bad = args.find((a) => a instanceof CellError);
  if (bad) return bad;
  const last = meta.parameters.length - 1;
  const shaped =
    last >= 0 && meta.parameters[last].repeating
      ? [...args.slice(0, last), args.slice(last)]
      : meta.parameters.map((_, i) => (i < args.length ? args[i] : null));
  try {
    return fn(...shaped);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "#VALUE!";
    return new CellError(ERROR_TYPES[code] ?? ErrorType.VALUE, (e as Error).message);
  }
}

let registered = false;

function registerRatingPlugin(): void {
  if (registered) return;
  const { functions: metas, byId } = loadFunctionMetadata();
  class RatingPlugin extends FunctionPlugin {
    static override implementedFunctions: Record<string, FunctionMetadata> = {};
  }
  const translations: Record<string, string> = {};
  for (const meta of metas) {
    const name = `${NAMESPACE}.${meta.id}`;
    const method = `rating_${meta.id}`;
    const repeating = meta.parameters.some((p) => p.repeating);
    RatingPlugin.implementedFunctions[name] = {
      method,
      parameters: meta.parameters.map((p) => ({
        argumentType:
          p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        optionalArg: Boolean(p.optional) && !p.repeating,
      })),
      ...(repeating ? { repeatLastArgs: 1 } : {}),
    };
    const fn = byId.get(meta.id)!;
    (RatingPlugin.prototype as unknown as Record<string, unknown>)[method] = makeMethod(
      name,
      fn,
      meta
    );
    translations[name] = name;
  }
  HyperFormula.registerFunctionPlugin(RatingPlugin, { enGB: translations });
  registered = true;
}

function makeMethod(name: string, fn: Fn, meta: IFunction) {
  return function (this: unknown, ast: { args: unknown[] }, state: unknown): unknown {
    const self = this as {
      runFunction: (
        a: unknown[],
        s: unknown,
        m: FunctionMetadata,
        f: (...x: unknown[]) => unknown
      ) => unknown;
      metadata: (n: string) => FunctionMetadata;
    };
    return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) =>
      call(fn, meta, args)
    );
  };
}

/**
 * A HyperFormula instance over `sheets` with every RATING.* function registered.
 * @param names workbook-scope defined names, e.g. `{ name: "cur.total_assets", expression: "=资产负债表!$C$5" }`.
 * @example
 * const hf = createFormulaEngine({ S: [[85.5, "=RATING.GRADE(A1)"]] });
 * cellValue(hf, "S!B1"); // "AA"
 */
export function createFormulaEngine(
  sheets: Record<string, unknown[][]>,
  names: { name: string; expression: string }[] = [],
  options: HarnessOptions = {}
): HyperFormula {
  registerRatingPlugin();
  // One mode per process at a time: engines are evaluated when built and on each change.
  blankMode = options.blanks ?? "desktop";
  return HyperFormula.buildFromSheets(
    sheets as Record<string, (string | number | boolean | null)[][]>,
    { ...options.config, licenseKey: "gpl-v3" },
    names
  );
}

/** The value of `Sheet!A1` (sheet names may be quoted): a number, text, boolean, null, or a DetailedCellError. */
export function cellValue(hf: HyperFormula, ref: string): CellValue {
  const bang = ref.lastIndexOf("!");
  const sheet = ref
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`no sheet "${sheet}"`);
  const addr = hf.simpleCellAddressFromString(ref.slice(bang + 1), id);
  if (!addr) throw new Error(`not a cell address: ${ref}`);
  return hf.getCellValue(addr);
}

export { DetailedCellError };
