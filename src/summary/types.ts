/**
 * The signed rating summary: the document that gets signed (`RatingSummary`), the envelope that carries it with its
 * chain of detached JWS signatures (`SignedSummary`), and the people and steps of the chain.
 */

/** Format tag and version of the payload; bump on any change of shape (verify refuses unknown versions). */
export const SUMMARY_KIND = "rating-summary";
export const SUMMARY_SCHEMA_VERSION = 1;
/** Format tag of the envelope (`summary.json`). */
export const ENVELOPE_FORMAT = "rating-summary-signed/1";
/** JWS `typ` of every signature in the chain. */
export const JWS_TYPE = "rating-summary+jws";

/** The pane profile's role: 客户经理 / 审查人 / 审定人. */
export type SignerRole = "officer" | "reviewer" | "approver";
/** The pane profile's level: 支行 / 总行. */
export type SignerLevel = "branch" | "head_office";
/** Steps of the chain, in order: 初评 → 审查 → 审定. */
export type ChainStep = "prepare" | "review" | "approve";

export const CHAIN_STEPS: readonly ChainStep[] = ["prepare", "review", "approve"];
export const ROLE_FOR_STEP: Readonly<Record<ChainStep, SignerRole>> = {
  prepare: "officer",
  review: "reviewer",
  approve: "approver",
};
export const STEP_LABEL: Readonly<Record<ChainStep, string>> = {
  prepare: "初评",
  review: "审查",
  approve: "审定",
};
export const ROLE_LABEL: Readonly<Record<SignerRole, string>> = {
  officer: "客户经理",
  reviewer: "审查人",
  approver: "审定人",
};
export const LEVEL_LABEL: Readonly<Record<SignerLevel, string>> = {
  branch: "支行",
  head_office: "总行",
};

/** Who signs: the pane profile. */
export interface Person {
  readonly name: string;
  readonly role: SignerRole;
  readonly level: SignerLevel;
}

export interface SummaryIndicator {
  readonly id: string;
  readonly label: string;
  readonly dimension: string;
  readonly kind: "quantitative" | "qualitative";
  /** The ratio (quantitative), null where undefined or missing. */
  readonly value: number | null;
  /** How the value reads: ratio, percent, multiple, amount… (from the model). */
  readonly display: string | null;
  /** The standard the value was scored against, in words (from the scorecard's rule). */
  readonly standard: string;
  /** Two-decimal points, e.g. "6.52"; null when not scored. */
  readonly score: string | null;
  readonly max: string;
}

export interface SummaryAnswer {
  readonly id: string;
  readonly label: string;
  readonly answer: string | null;
  readonly answerLabel: string | null;
  readonly score: string | null;
  readonly max: string;
  readonly note: string;
}

/** What gets signed. Every field is plain JSON so RFC 8785 canonicalization is total. */
export interface RatingSummary {
  readonly kind: typeof SUMMARY_KIND;
  readonly schemaVersion: typeof SUMMARY_SCHEMA_VERSION;
  /** Industry and type as ids (as the engine reports them) and as the model's Chinese labels. */
  readonly client: {
    readonly name: string;
    readonly industry: string;
    readonly type: string;
    readonly industryLabel: string;
    readonly typeLabel: string;
  };
  readonly model: {
    readonly id: string;
    readonly version: string;
    readonly fingerprint: string;
    /** Grade codes of the model, best first (the approver's assignment must be one of them). */
    readonly grades: readonly string[];
  };
  readonly template: { readonly id: string | null; readonly version: string | null };
  readonly workbook: string | null;
  readonly addinVersion: string;
  readonly scorecard: string | null;
  readonly status: "rated" | "unrated";
  /** The input line items as read (`cur.total_assets` → value), the unit, and the SHA-256 over them. */
  readonly inputs: {
    readonly unit: string | null;
    readonly items: Readonly<Record<string, number | string | null>>;
    readonly answers: Readonly<Record<string, string | null>>;
    readonly sha256: string;
  };
  readonly indicators: readonly SummaryIndicator[];
  readonly answers: readonly SummaryAnswer[];
  readonly dimensions: readonly {
    readonly id: string;
    readonly label: string;
    readonly score: string | null;
    readonly max: string;
  }[];
  readonly caps: readonly {
    readonly id: string;
    readonly label: string;
    readonly grade: string;
    readonly reason: string;
  }[];
  readonly total: string | null;
  readonly modelGrade: string | null;
  readonly grade: string;
  readonly approval: { readonly route: string; readonly label: string };
  /** For unrated clients: why head office assigns the grade. */
  readonly unratedReason: string | null;
  readonly issues: readonly {
    readonly code: string;
    readonly subject: string;
    readonly message: string;
  }[];
  readonly warnings: readonly {
    readonly code: string;
    readonly subject: string;
    readonly message: string;
  }[];
  readonly preparedBy: Person;
  /** The rating date from the workbook (YYYY-MM-DD) and when this summary was made (ISO 8601 UTC). */
  readonly ratedOn: string | null;
  readonly createdAt: string;
}

/** Head office's assignment for an unrated client, carried by the 审定 signature. */
export interface Assignment {
  readonly grade: string;
  readonly reason: string;
}

/** The protected header of every signature in the chain. */
export interface ChainHeader {
  readonly alg: "ES256" | "EdDSA";
  readonly typ: typeof JWS_TYPE;
  /** RFC 7638 thumbprint (SHA-256) of `jwk`. */
  readonly kid: string;
  readonly jwk: Readonly<Record<string, string>>;
  readonly step: ChainStep;
  readonly name: string;
  readonly role: SignerRole;
  readonly level: SignerLevel;
  /** ISO 8601 UTC. */
  readonly signedAt: string;
  /** SHA-256 (hex) of the previous signature's detached compact JWS; absent on 初评. */
  readonly prev?: string;
  readonly assignment?: Assignment;
}

/** `summary.json`: the canonical payload text and the chain of detached compact JWS (`header..signature`). */
export interface SignedSummary {
  readonly format: typeof ENVELOPE_FORMAT;
  /** RFC 8785 canonical JSON of a {@link RatingSummary}: exactly the bytes the signatures cover. */
  readonly payload: string;
  readonly signatures: readonly string[];
}
