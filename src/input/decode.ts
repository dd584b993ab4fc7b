/**
 * Bytes → text for scraped files. In order: a BOM (UTF-8, UTF-16); a forced encoding; strict UTF-8 (also with its
 * last character cut off, with a warning); an HTML page's `<meta charset>`; else GB18030 (a superset of GBK/GB2312)
 * or Big5, whichever reads as Chinese. Binary content is refused rather than decoded into noise. Pure: runs in
 * browsers (TextDecoder) as in Node.
 */
import { OgiError } from '../errors.js';
import { LITTLE_ENDIAN, unitsToString } from '../text/utf16.js';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface DecodeWarning {
  readonly code: 'input-truncated';
  readonly message: string;
}

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** Set when the bytes needed a repair to decode (a cut-off last character). */
  readonly warning?: DecodeWarning;
}

export interface DecodeOptions {
  /** Decode with this encoding (invalid bytes become U+FFFD) instead of detecting one. */
  readonly encoding?: Encoding;
}

/**
 * The control bytes (other than tab, line breaks and escape) in bytes[from, to), or -1 at a NUL byte. Every byte
 * looksBinary reads goes through this one loop: a loop of its own for a few unaligned bytes at the end had no type
 * feedback when the function was optimised, and deoptimised on nearly every document.
 */
function controlBytes(bytes: Uint8Array, from: number, to: number): number {
  let control = 0;
  for (let j = from; j < to; j++) {
    const b = bytes[j]!;
    if (b === 0) return -1;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  // Four bytes at a time where the view is aligned: a word with no byte below 0x20 (the common case; CJK UTF-8 is all
  // >= 0x80) is passed with one test ((w - 0x20202020) & ~w & 0x80808080 is non-zero exactly when some byte is < 0x20).
  const head = Math.min(n, (4 - (bytes.byteOffset % 4)) % 4);
  let control = controlBytes(bytes, 0, head);
  if (control < 0) return true;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, (n - head) >> 2);
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (((word - 0x20202020) & ~word & 0x80808080) === 0) continue;
    const c = controlBytes(bytes, head + 4 * w, head + 4 * w + 4);
    if (c < 0) return true;
    control += c;
  }
  const tail = controlBytes(bytes, head + 4 * words.length, n);
  if (tail < 0) return true;
  control += tail;
  return n > 0 && control / n > 0.05;
}

// Strict UTF-8 → UTF-16 in JavaScript, then one native UTF-16 decode: in V8 (Node 20) the UTF-8 TextDecoder builds a
// CJK string at about a third of this speed. The units are read as little-endian bytes, so the fast path is taken
// only on a little-endian platform (all current ones); elsewhere TextDecoder decodes. Bytes that are not strict UTF-8
// give null here, as the fatal TextDecoder would throw.
let units = new Uint16Array(4096);
// The scratch buffer is kept between calls, but not after a very large input (not to hold its memory).
const UNITS_KEEP = 1 << 20;

/**
 * `bytes[offset…]` as strict UTF-8 (what `TextDecoder('utf-8', { fatal: true })` accepts: no overlong forms, no
 * surrogates, nothing past U+10FFFF, no cut-off sequence), or null at the first byte that is not.
 */
function decodeUtf8(bytes: Uint8Array, offset: number): string | null {
  if (units.length < bytes.length - offset) units = new Uint16Array(bytes.length - offset);
  const k = utf8Units(bytes, offset, units);
  const text = k < 0 ? null : unitsToString(units, 0, k, true);
  if (units.length > UNITS_KEEP) units = new Uint16Array(4096);
  return text;
}

/**
 * The UTF-16 units of `bytes[offset…]` written to `out`, and how many; -1 at the first byte that is not strict UTF-8.
 * The loop alone in its function: V8 compiles it on-stack while the first large file runs, and code compiled so,
 * when the function also held what follows the loop, left it there (no feedback yet) on each of the next calls.
 */
function utf8Units(bytes: Uint8Array, offset: number, out: Uint16Array): number {
  const n = bytes.length;
  let k = 0;
  let i = offset;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out[k++] = b;
      i++;
      continue;
    }
    if (b >= 0xe0 && b <= 0xef) {
      if (i + 2 >= n) return -1;
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      const low = b === 0xe0 ? 0xa0 : 0x80;
      const high = b === 0xed ? 0x9f : 0xbf;
      if (b1 < low || b1 > high || (b2 & 0xc0) !== 0x80) return -1;
      out[k++] = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 >= n) return -1;
      const b1 = bytes[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) return -1;
      out[k++] = ((b & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
      continue;
    }
    if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= n) return -1;
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      const b3 = bytes[i + 3]!;
      const low = b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xf4 ? 0x8f : 0xbf;
      if (b1 < low || b1 > high || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return -1;
      const cp = (((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) - 0x10000;
      out[k++] = 0xd800 + (cp >> 10);
      out[k++] = 0xdc00 + (cp & 0x3ff);
      i += 4;
      continue;
    }
    return -1;
  }
  return k;
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding, offset = 0): string | null {
  if (encoding === 'utf-8' && LITTLE_ENDIAN) return decodeUtf8(bytes, offset);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(offset));
  } catch {
    return null;
  }
}

function bomLength(bytes: Uint8Array): [Encoding, number] | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ['utf-8', 3];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ['utf-16le', 2];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ['utf-16be', 2];
  return undefined;
}

/**
 * Length of an incomplete UTF-8 sequence at the very end (a lead byte followed by fewer continuation bytes than it
 * announces), or 0. Only such a tail is a cut-off character; anything else is not UTF-8.
 */
function cutTail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if (b >= 0x80 && b <= 0xbf) continue;
    const needs = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    return needs > k ? k : 0;
  }
  return 0;
}

const LABELS: ReadonlyArray<readonly [RegExp, Encoding]> = [
  [/^(?:utf-?8|unicode-1-1-utf-8)$/, 'utf-8'],
  [/^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|chinese|csgb2312|iso-ir-58|windows-936)$/, 'gb18030'],
  [/^(?:big5|big5-hkscs|cn-big5|csbig5|x-x-big5|cp950)$/, 'big5'],
];

/** The encoding an HTML page declares in its first 1024 bytes (`<meta charset>` or `http-equiv` content), if known. */
export function declaredCharset(bytes: Uint8Array): Encoding | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i]!);
  const match = /<meta\s[^>]{0,400}?charset\s*=\s*["']?([A-Za-z0-9_-]{1,40})/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  return label === undefined ? undefined : LABELS.find(([re]) => re.test(label))?.[1];
}

// The most frequent characters of Chinese prose (simplified and traditional forms of the disclosure vocabulary).
// Text decoded in the right legacy encoding is full of them; decoded in the wrong one it is a scatter of rare ones.
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质第向道此变条只没结解问意建月公无系者最立代想已通并提直题党程展五果员位入常文总次品式活设及管特件长求头基资边流级少图统接知较将组见计别手期根论运农指几九区强放决被做必先回则任取据处给即保治造百规领七海口导压志世金增争济思术极交受联认六共权收证改清己再采转更单切打带安场身例真务具万每目至达走积示议声报完类八名确才科张信节话整空元况今集传步群广记需段研界且究观越装算低持众书复容际商非验连近周委技备半办省列习响约支般史感便团往历市何除消构府称准值号率维划选标写存候快效院查型按格养易置派层片始专状育识适属包住调满县局照参细引听该价严開這個們來說對會時為國與經進發動產還點機關問處條過當應則實於據務議廣書區縣鄉鎮報統計復訴訟總數辦請資訊網務門類內辦處理單況執構歷項齊後並們體製',
);

/** Share of CJK characters in `text` that are common ones (sampled from the start: enough to tell). */
function chineseScore(text: string): number {
  let cjk = 0;
  let common = 0;
  for (let i = 0; i < text.length && cjk < 4000; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    cjk++;
    if (COMMON.has(text[i]!)) common++;
  }
  return cjk === 0 ? 0 : common / cjk;
}

/**
 * Big5 by its byte grammar (lead 0x81–0xFE, trail 0x40–0x7E or 0xA1–0xFE) and with no unmapped pair: Node's Big5
 * decoder drops some invalid bytes silently even when `fatal`, so its verdict alone is not enough.
 */
function decodeBig5(bytes: Uint8Array): string | null {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (b < 0x81 || b > 0xfe || t === undefined || !((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) return null;
    i++;
  }
  const text = new TextDecoder('big5', { ignoreBOM: true }).decode(bytes);
  return text.includes('\ufffd') ? null : text;
}

/** GB18030 or Big5: the decoding that reads as Chinese (GB2312 bytes are often valid Big5 too, and the reverse). */
function decodeLegacy(bytes: Uint8Array, declared: Encoding | undefined): Decoded | undefined {
  const gb = decodeStrict(bytes, 'gb18030');
  const big5 = decodeBig5(bytes);
  if (declared === 'big5' && big5 !== null) return { text: big5, encoding: 'big5' };
  if (declared === 'gb18030' && gb !== null) return { text: gb, encoding: 'gb18030' };
  if (gb !== null && big5 !== null) return chineseScore(big5) > chineseScore(gb) ? { text: big5, encoding: 'big5' } : { text: gb, encoding: 'gb18030' };
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  if (big5 !== null) return { text: big5, encoding: 'big5' };
  return undefined;
}

/** Decode file bytes; throws OgiError `input.binary` or `input.undecodable`. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = bomLength(bytes);
  if (options.encoding) {
    const skip = bom && bom[0] === options.encoding ? bom[1] : 0;
    return { text: new TextDecoder(options.encoding, { ignoreBOM: true }).decode(bytes.subarray(skip)), encoding: options.encoding };
  }
  if (bom) {
    const text = decodeStrict(bytes, bom[0], bom[1]);
    if (text !== null) return { text, encoding: bom[0] };
  }
  if (looksBinary(bytes)) throw new OgiError('input.binary', 'the file is binary (NUL or control bytes), not text');
  // Valid UTF-8 wins over a declared charset: scrapers re-save pages as UTF-8 and keep the old <meta>.
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const declared = declaredCharset(bytes);
  const tail = declared === undefined || declared === 'utf-8' ? cutTail(bytes) : 0;
  if (tail > 0) {
    const text = decodeStrict(bytes.subarray(0, bytes.length - tail), 'utf-8');
    if (text !== null) {
      return { text, encoding: 'utf-8', warning: { code: 'input-truncated', message: `the last character was cut off (${tail} byte(s) of an incomplete UTF-8 sequence dropped)` } };
    }
  }
  const legacy = decodeLegacy(bytes, declared);
  if (legacy) return legacy;
  throw new OgiError('input.undecodable', 'the bytes are neither UTF-8, GB18030/GBK nor Big5 text');
}
