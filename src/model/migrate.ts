/**
 * Old model documents are migrated here and nowhere else (Excalidraw's restore.ts practice). Version 1 is the first
 * published format, so today this only documents the seam: a v2 adds a `case 1:` step that rewrites a v1 doc.
 */

/** Schema versions this build reads. */
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [1];

/** Brings a document of any supported schema version to the current one. */
export function migrateModel(doc: Record<string, unknown>): Record<string, unknown> {
  switch (doc.schemaVersion) {
    case 1:
      return doc;
    default:
      return doc;
  }
}
