/** UTF-16 code units held in a Uint16Array, made a string: the one routine the decoder, the normaliser, the cell
 * folder and the markup blanker share. */

/** The platform stores a Uint16Array little-endian: its bytes are then UTF-16LE as they stand. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
// String.fromCharCode takes its units as arguments, whose count is bounded: longer runs go in slices.
const CHUNK = 8192;
// Below this many units, fromCharCode is cheaper than a native decode's set-up.
const NATIVE_FROM = 48;

/**
 * `codes[from, to)` as a string. `native`: the caller knows there is no lone surrogate among them (the native
 * decoder would turn one into U+FFFD), so a long run may take one native UTF-16 decode.
 */
export function unitsToString(codes: Uint16Array, from: number, to: number, native: boolean): string {
  if (native && to - from >= NATIVE_FROM && LITTLE_ENDIAN) return UTF16.decode(new Uint8Array(codes.buffer, codes.byteOffset + 2 * from, 2 * (to - from)));
  if (to - from <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
  const parts: string[] = [];
  for (let at = from; at < to; at += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(at + CHUNK, to)) as unknown as number[]));
  }
  return parts.join('');
}
