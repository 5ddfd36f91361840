/**
 * jsdom has no WebCrypto: give the pane tests Node's (the same implementation Node-side signing uses), so the
 * components sign and verify for real. Node's TextEncoder returns Uint8Arrays of Node's realm, which jose (loaded
 * inside jsdom's realm) refuses as "not a Uint8Array"; copy them into this realm's Uint8Array.
 */
import { webcrypto } from "node:crypto";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

class RealmTextEncoder extends NodeTextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}

const g = globalThis as unknown as Record<string, unknown>;
Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
g.CryptoKey = webcrypto.CryptoKey;
g.TextEncoder = RealmTextEncoder;
g.TextDecoder = NodeTextDecoder;
