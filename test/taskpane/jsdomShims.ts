/**
 * What jsdom lacks and the pane's dependencies use: TextEncoder/TextDecoder (the model's SHA-256 fingerprint) and
 * ResizeObserver (Fluent's MessageBar reflow; jsdom does no layout, so nothing is ever observed).
 */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
g.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
