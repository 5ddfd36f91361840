/** The signed rating summary: build, canonicalize, sign (the chain), verify, store. PDF code is in `./pdf`. */
export * from "./types";
export { buildSummary, type SummaryContext, type BuildResult } from "./build";
export { recordInputs, type RecordedInputs } from "./inputHash";
export { canonicalText, sha256Hex, isCanonicalJson } from "./canonical";
export { encodeBase64url, decodeBase64urlStrict } from "./base64url";
export {
  ALGORITHMS,
  createKeySigner,
  createJwkSigner,
  publicMembers,
  thumbprintOf,
  algForJwk,
  type Signer,
  type SigningAlg,
} from "./signer";
export { envelopeOf, signNext, type SignOptions, type SignResult } from "./chain";
export {
  verifySignedSummary,
  type VerifyReport,
  type SignatureReport,
  type VerifyOptions,
} from "./verify";
export { parseTrustList, TRUST_LIST_KIND, type TrustList, type TrustEntry } from "./trust";
export { requiredApproverLevel } from "./authority";
export {
  encodeSummaryStore,
  decodeSummaryStore,
  SUMMARY_SHEET,
  SUMMARY_STORE_TAG,
  SUMMARY_CHUNK,
} from "./store";
export { loadKeyFile, type LoadedKey } from "./keyFile";
export {
  browserSigner,
  loadBrowserSigner,
  registrationRequest,
  type KeyStoreDeps,
} from "./keyStore";
