/**
 * Bytes → text for scraped files: BOM (UTF-8, UTF-16), strict UTF-8, else GB18030 (a superset of GBK/GB2312).
 * Binary content is refused rather than decoded into noise. Pure: runs in browsers (TextDecoder) as in Node.
 */
import { OgiError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.05;
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding, offset = 0): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(offset));
  } catch {
    return null;
  }
}

/** Decode file bytes; throws OgiError `input.binary` or `input.undecodable`. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes, 'utf-8', 3);
    if (text !== null) return { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict(bytes, 'utf-16le', 2);
    if (text !== null) return { text, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeStrict(bytes, 'utf-16be', 2);
    if (text !== null) return { text, encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new OgiError('input.binary', 'the file is binary (NUL or control bytes), not text');
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = decodeStrict(bytes, 'gb18030');
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  throw new OgiError('input.undecodable', 'the bytes are neither UTF-8 nor GB18030/GBK text');
}
