/**
 * Outside Excel, `CustomFunctions.Error` and `ErrorCode` do not exist; this shim mirrors the runtime's shape
 * (code + message) so the functions adapter can be tested in jest.
 */
class CFError extends Error {
  constructor(
    public code: string,
    message?: string
  ) {
    super(message);
  }
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CFError,
  associate: () => undefined,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};
