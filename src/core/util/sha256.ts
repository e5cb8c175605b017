// SHA-256 of a text's UTF-8 bytes, as hex, synchronously and without node:crypto, so the
// pure core (renderer, CLI, backend alike) can fingerprint an agreement text. The
// backend's native digest (main/backend/fs/sha256.ts) must give the same hex: agreement
// checksums stored in project files are compared with this one.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
