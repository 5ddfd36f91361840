/**
 * The ONE adapter from what went wrong (an engine `RatingIssue`, or a problem with a function's argument) to the
 * `CustomFunctions.Error` a cell shows. Excel shows a message only on `#VALUE!` and `#N/A`, so every problem maps to
 * one of those two, with the words in the message: the cell is the reviewer's guide.
 *
 * - a value of the wrong kind (text where a number belongs, a negative amount) → `#VALUE!`
 * - something missing or unknown (a blank, an unanswered item, an unknown indicator or model) → `#N/A`
 */
import { readNumber, type RatingInput, type RatingIssue, type Words } from "../engine";

/** A problem the function layer found in an argument (the engine never saw it). */
export interface CellProblem {
  readonly error: "#VALUE!" | "#N/A";
  readonly message: Words;
}

export type MessageLanguage = "zh" | "en";
let language: MessageLanguage = "zh";

/**
 * Chooses the language of cell error messages (Chinese by default). The task pane shares the runtime and may switch
 * it for an English-speaking reviewer.
 */
export function setMessageLanguage(lang: MessageLanguage): void {
  language = lang;
}

/** The language cells use for messages and labels. */
export function messageLanguage(): MessageLanguage {
  return language;
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
  const tail =
    more > 0 ? (language === "zh" ? `（另有 ${more} 个问题）` : ` (and ${more} more)`) : "";
  const message = first.message[language] + tail;
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
