// Parsed JSON can cost far more memory than its text: `[{},{},…]` is three bytes an
// object in the request and some forty in the heap, so a 20 MB body could become
// gigabytes. The host counts containers and values with one pass over the bytes
// before it parses, and refuses a body with more than any real call sends.

export interface JsonShapeLimits {
  /** Objects and arrays. */
  maxContainers: number;
  /** Values of any kind (including containers). */
  maxValues: number;
}

/** The largest real calls (a save with 10,000 references, a merge with many resolutions) stay far below these. */
export const API_JSON_LIMITS: JsonShapeLimits = { maxContainers: 250_000, maxValues: 1_000_000 };

/** The bytes that shape JSON text. */
const JSON_BYTE = { quote: 0x22, backslash: 0x5c, openObject: 0x7b, openArray: 0x5b, comma: 0x2c, colon: 0x3a } as const;

/**
 * Null when `bytes` (JSON text) stays within the limits, else which limit it passes.
 * Values are counted at their separators, so malformed JSON is counted roughly — the
 * parser refuses it afterwards anyway; the point is only to bound what it would build.
 */
export function exceedsJsonShape(bytes: Uint8Array, limits: JsonShapeLimits): 'containers' | 'values' | null {
  let containers = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === JSON_BYTE.backslash) i++;
      else if (b === JSON_BYTE.quote) inString = false;
      continue;
    }
    if (b === JSON_BYTE.quote) inString = true;
    else if (b === JSON_BYTE.openObject || b === JSON_BYTE.openArray) {
      if (++containers > limits.maxContainers) return 'containers';
      // The first element (or key: value) of a container has no comma before it.
      if (++values > limits.maxValues) return 'values';
    } else if (b === JSON_BYTE.comma || b === JSON_BYTE.colon) {
      if (++values > limits.maxValues) return 'values';
    }
  }
  return null;
}
