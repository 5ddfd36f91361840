/**
 * The ONE adapter from what went wrong (an engine `RatingIssue`, or a problem with a function's argument) to the
 * `CustomFunctions.Error` a cell shows. Excel shows a message only on `#VALUE!` and `#N/A`, so every problem maps to
 * one of those two, with the words in the message: the cell is the reviewer's guide.
 *
 * - a value of the wrong kind (text where a number belongs, a negative amount) → `#VALUE!`
 * - something missing or unknown (a blank, an unanswered item, an unknown indicator or model) → `#N/A`
 */
import { readNumber, type RatingInput, type RatingIssue, type Words } from "../engine";
import { sharedState } from "./sharedState";

/** A problem the function layer found in an argument (the engine never saw it). */
export interface CellProblem {
  readonly error: "#VALUE!" | "#N/A";
  readonly message: Words;
}

export type MessageLanguage = "zh" | "en";

/**
 * Chooses the language of cell error messages (Chinese by default). The task pane shares the runtime and may switch
 * it for an English-speaking reviewer.
 */
export function setMessageLanguage(lang: MessageLanguage): void {
  sharedState().language = lang;
}

/** The language cells use for messages and labels. */
export function messageLanguage(): MessageLanguage {
  return sharedState().language;
}

function isProblem(x: RatingIssue | CellProblem): x is CellProblem {
  return "error" in x;
}

/** A MISSING_INPUT issue is "text where a number belongs" when the raw value is text, else a blank. */
function isTextInput(issue: RatingIssue, input?: RatingInput): boolean {
  const dot = issue.subject.indexOf(".");
  if (dot < 0 || !input) return false;
  const period = issue.subject.slice(0, dot) as "cur" | "pri" | "pri2";
  const raw = input.statements[period]?.[issue.subject.slice(dot + 1)];
  return readNumber(raw).kind === "text";
}

function errorCodeOf(x: RatingIssue | CellProblem, input?: RatingInput): "#VALUE!" | "#N/A" {
  if (isProblem(x)) return x.error;
  if (x.code === "NEGATIVE_INPUT") return "#VALUE!";
  if (x.code === "MISSING_INPUT" && isTextInput(x, input)) return "#VALUE!";
  return "#N/A";
}

const CLIENT_ROWS: Record<string, { field: "industry" | "type"; row: string; words: Words }> = {
  UNKNOWN_INDUSTRY: { field: "industry", row: "industry", words: { zh: "行业", en: "industry" } },
  UNKNOWN_CLIENT_TYPE: {
    field: "type",
    row: "client_type",
    words: { zh: "客户类型", en: "client type" },
  },
};

/** The words of a problem; an unknown industry or client type that is in fact blank says "缺少". */
function wordsOf(x: RatingIssue | CellProblem, input?: RatingInput): Words {
  const blank = !isProblem(x) && CLIENT_ROWS[x.code];
  if (blank && input && (input.client[blank.field] ?? "").trim() === "")
    return {
      zh: `缺少${blank.words.zh}（statements 的 ${blank.row} 行）`,
      en: `${blank.words.en} is missing (the ${blank.row} row of statements)`,
    };
  return x.message;
}

/**
 * Maps problems to the error a cell shows: the first problem decides the error and leads the message; the count of
 * the others follows, so the reviewer knows how much is left to fix.
 * @param input the engine input the issues came from, to tell text from blanks.
 * @example toExcelError([{ error: "#N/A", message: { zh: "缺少总分", en: "total is missing" } }])
 */
export function toExcelError(
  problems: ReadonlyArray<RatingIssue | CellProblem>,
  input?: RatingInput
): CustomFunctions.Error {
  const first = problems[0];
  const code = errorCodeOf(first, input);
  const more = problems.length - 1;
  const language = messageLanguage();
  const tail =
    more > 0 ? (language === "zh" ? `（另有 ${more} 个问题）` : ` (and ${more} more)`) : "";
  const message = wordsOf(first, input)[language] + tail;
  const codes = CustomFunctions.ErrorCode;
  return new CustomFunctions.Error(
    code === "#VALUE!" ? codes.invalidValue : codes.notAvailable,
    message
  );
}

/**
 * Stops the function with the cell error for these problems. Throwing is how a custom function reports an error
 * (Excel shows a thrown `CustomFunctions.Error` with its message); inside the layer problems stay data.
 * @throws CustomFunctions.Error always.
 */
export function fail(
  problems: RatingIssue | CellProblem | ReadonlyArray<RatingIssue | CellProblem>,
  input?: RatingInput
): never {
  throw toExcelError(Array.isArray(problems) ? problems : [problems as RatingIssue], input);
}
