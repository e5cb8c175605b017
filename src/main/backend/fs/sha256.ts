// The same digest as core/util/sha256 (hex of the UTF-8 bytes), from Node's native
// implementation: the backend hashes every imported agreement, the core's portable
// JavaScript version is for the renderer.
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
