/**
 * Per-token normalisation with an offset map. The source string is never rewritten: rules match on the normalised
 * view and every match maps back to exact offsets in the original.
 *
 * What changes: NFKC for full-width and compatibility forms (０-９ → 0-9, （ → (, ： → :; the full-width comma is kept), quotes dropped,
 * white space dropped next to CJK (`2017年 10月17日`, `3 次`, `商业 企业`) and folded to one space between
 * Latin letters/digits (so `0 0 0` stays three numbers), Traditional → Simplified for every character OpenCC maps
 * one to one (`traditional-table.ts`), and inline pinyin glosses dropped (`報(bào)告` → `报告`).
 */
import { SIMPLIFIED, TRADITIONAL } from './traditional-table.js';
import { unitsToString } from './utf16.js';

/** A normalised view of `source.slice(from, to)`. */
export interface NormalizedText {
  readonly text: string;
  /**
   * For each normalised UTF-16 unit: where its source character starts (index into the source string).
   * `null` when nothing changed: `text` is then `source.slice(offset, …)` and index i maps to `offset + i`.
   */
  readonly start: Int32Array | null;
  /** For each normalised UTF-16 unit: where its source character ends (exclusive); `null` as above. */
  readonly end: Int32Array | null;
  /** Where the view starts in the source (used when the maps are `null`). */
  readonly offset: number;
}

/** Source start of normalised index `i`. */
export function sourceStartOf(view: NormalizedText, i: number): number {
  return view.start ? view.start[i]! : view.offset + i;
}

/** Source end (exclusive) of normalised index `i`. */
export function sourceEndOf(view: NormalizedText, i: number): number {
  return view.end ? view.end[i]! : view.offset + i + 1;
}

/** True when a character would be changed or dropped by normalisation (so the fast path does not apply). */
function changes(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x22 || code === 0x27;
  if (code >= 0x4e00 && code <= 0x9fff) return simplified(code) !== 0;
  // CJK punctuation that normalisation keeps: 、。〃〇《》〈〉【】〔〕 and the full-width comma (「」『』 are dropped).
  if ((code >= 0x3001 && code <= 0x3003) || code === 0x3007 || (code >= 0x3008 && code <= 0x300b) || code === 0x3010 || code === 0x3011 || code === 0x3014 || code === 0x3015 || code === 0xff0c) return false;
  return true;
}

// Traditional → Simplified, one UTF-16 unit to one, for every character OpenCC maps (traditional-table.ts, generated):
// one array slot per code unit of the CJK blocks (Extension A and the unified ideographs), 0 where nothing maps.
const FOLD_FROM = 0x3400;
const FOLD_TO = 0xa000;
const FOLD: Uint16Array = (() => {
  const table = new Uint16Array(FOLD_TO - FOLD_FROM);
  for (let i = 0; i < TRADITIONAL.length; i++) table[TRADITIONAL.charCodeAt(i) - FOLD_FROM] = SIMPLIFIED.charCodeAt(i);
  return table;
})();

// One bit per slot of FOLD, set where something maps: 3 KB that stay in the first-level cache, where the 54 KB table
// does not; most characters of a Simplified text are looked up in the bits only.
const FOLDS: Uint32Array = (() => {
  const bits = new Uint32Array(((FOLD_TO - FOLD_FROM) >> 5) + 1);
  for (let i = 0; i < FOLD.length; i++) if (FOLD[i] !== 0) bits[i >> 5]! |= 1 << (i & 31);
  return bits;
})();

/** The Simplified code unit of a Traditional one, or 0. */
export function simplified(code: number): number {
  if (code < FOLD_FROM || code >= FOLD_TO) return 0;
  const i = code - FOLD_FROM;
  return (FOLDS[i >> 5]! & (1 << (i & 31))) === 0 ? 0 : FOLD[i]!;
}

/**
 * The unit read as Simplified, as `simplifyChars` and the line scans read it: a CJK unified ideograph's fold, or the
 * unit itself (no fold, or outside U+4E00-U+9FFF).
 */
export function simplifiedUnit(code: number): number {
  if (code < 0x4e00 || code > 0x9fff) return code;
  const folded = simplified(code);
  return folded === 0 ? code : folded;
}

// Dropped characters: quotes (“”‘’"'「」『』) and zero-width characters.
function isDropped(code: number): boolean {
  switch (code) {
    case 0x22:
    case 0x27:
    case 0x201c:
    case 0x201d:
    case 0x2018:
    case 0x2019:
    case 0x300c:
    case 0x300d:
    case 0x300e:
    case 0x300f:
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0xfeff:
      return true;
    default:
      return false;
  }
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x2002 ||
    code === 0x2003 ||
    code === 0x2009 ||
    code === 0x202f
  );
}

// Tone-marked vowels (and ń ň ǹ ḿ), precomposed or as a combining mark: what tells a pinyin gloss from `(app)`.
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ\u0300\u0301\u0304\u030c';
// Longest pinyin syllable (zhuàng) with its marks written as combining characters.
const MAX_GLOSS = 8;

function isIdeograph(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/**
 * Where an inline pinyin gloss that starts at the `(` or `（` at `open` ends (after its closing parenthesis), or -1:
 * a short run of lowercase Latin letters with at least one tone mark (`(bào)`, `（tǒng）`). Bounded look-ahead.
 */
function glossEnd(source: string, open: number, to: number): number {
  let toned = false;
  let j = open + 1;
  for (; j < to && j - open <= MAX_GLOSS; j++) {
    const code = source.charCodeAt(j);
    if ((code >= 0x61 && code <= 0x7a) || code === 0xfc) continue;
    if (code < 0x80 || !TONED.includes(source[j]!)) break;
    toned = true;
  }
  const close = j < to ? source.charCodeAt(j) : 0;
  return toned && (close === 0x29 || close === 0xff09) ? j + 1 : -1;
}

/** Traditional characters as their Simplified forms, one for one (same length, so indices into it hold); nothing else changes. */
export function simplifyChars(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    const to = simplified(code);
    if (to === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The text without its inline pinyin glosses (`統(tǒng)計(jì)局` → `統計局`), otherwise as written. */
export function stripGlosses(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 0x28 && code !== 0xff08) || i === 0 || !isIdeograph(text.charCodeAt(i - 1))) continue;
    const end = glossEnd(text, i, text.length);
    if (end < 0) continue;
    out += text.slice(from, i);
    from = end;
    i = end - 1;
  }
  return out + text.slice(from);
}

function isLatinAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Normalise one code point (not ASCII) to its matching form. */
function normalizeWide(ch: string, code: number): string {
  if (code >= 0x4e00 && code <= 0x9fff) {
    const to = simplified(code);
    return to === 0 ? ch : String.fromCharCode(to);
  }
  // Keep the full-width comma: a thousands separator is only ever the ASCII one, so 100，200 stays two numbers.
  if (code === 0xff0c) return ch;
  // Full-width ASCII variants (０-９, Ａ-Ｚ, （, ：, ％ …) map by offset; the rest through NFKC.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  const nfkc = ch.normalize('NFKC');
  const to = nfkc.length === 1 ? simplified(nfkc.charCodeAt(0)) : 0;
  return to === 0 ? nfkc : String.fromCharCode(to);
}

/**
 * Fold one character the way `normalize` does (full-width → ASCII, NFKC, Traditional → Simplified), keeping white
 * space as a plain space and dropping quotes: for readers that must keep every separator (table cells).
 */
export function foldChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (isSpace(code)) return ' ';
  if (isDropped(code)) return '';
  return code < 0x80 ? ch : normalizeWide(ch, code);
}

/**
 * Where normalisation writes: the normalised UTF-16 units and, for each, where its source character starts and ends.
 * One buffer serves a whole document (`DocumentView` normalises every node into one and hands out windows of it), so
 * a node costs no allocation of its own; it grows by doubling.
 */
export class NormalizedBuffer {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  /** Set once a surrogate unit is written: a lone one must not meet the native UTF-16 decode (it would become U+FFFD). */
  surrogates = false;

  constructor(capacity = 256) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Room for `extra` more units. */
  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.codes.length) return;
    const size = Math.max(this.codes.length * 2, need);
    const codes = new Uint16Array(size);
    codes.set(this.codes.subarray(0, this.length));
    this.codes = codes;
    const starts = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends.subarray(0, this.length));
    this.ends = ends;
  }

  /** The units `[from, to)` as a string. */
  text(from: number, to: number): string {
    return unitsToString(this.codes, from, to, !this.surrogates);
  }
}

// NFKC of a BMP unit other than the CJK ideographs and the full-width ASCII forms (what normalizeWide does for them),
// cached by unit: `String.prototype.normalize` per character was a third of the normalisation. 0 = not yet known,
// unit + 1 = it normalises to that one unit (Traditional folded), -1 = to something else (computed each time).
let nfkcCache: Int32Array | undefined;

function wideUnit(code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) {
    const to = simplified(code);
    return to === 0 ? code : to;
  }
  if (code === 0xff0c) return code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  nfkcCache ??= new Int32Array(0x10000);
  let known = nfkcCache[code]!;
  if (known === 0) {
    const nfkc = normalizeWide(String.fromCharCode(code), code);
    known = nfkc.length === 1 ? nfkc.charCodeAt(0) + 1 : -1;
    nfkcCache[code] = known;
  }
  return known > 0 ? known - 1 : -1;
}

// Room for one step of normalizeInto: a kept space and a character's NFKC form (the longest, U+FDFA, is 18 units; a
// longer one is given its room where it is made).
const STEP_ROOM = 24;

/**
 * Append the normalised form of `source[from, to)`, with its map, to `out` and return true; return false, writing
 * nothing, when nothing changes (the text is then the slice itself and index i maps to `from + i`). The map holds
 * source indices less `shift` (a node's text read from the flat input it is a slice of still maps into the node).
 */
export function normalizeInto(out: NormalizedBuffer, source: string, from: number, to: number, shift = 0): boolean {
  let first = from;
  while (first < to && !changes(source.charCodeAt(first))) first++;
  if (first === to) return false;
  out.reserve(to - from + 8);
  const begin = out.length;
  // Written through locals (no closure over them, so they stay in registers), with room for one step's units checked
  // once per step: a step writes at most a kept space and one character's NFKC form.
  let codes = out.codes;
  let starts = out.starts;
  let ends = out.ends;
  let k = out.length;
  let pendingSpaceAt = -1; // source index of a whitespace run not yet emitted
  let lastCode = -1;

  // The prefix that nothing changes is written as it stands: it holds no space, quote or changed character, and no
  // gloss either (a gloss's tone mark is a changed character), unless one opens at a `(` close enough to the first
  // change to reach it, so the general loop starts at such a `(`.
  let copyEnd = first;
  for (let j = first - 1; j >= from && j >= first - MAX_GLOSS - 1; j--) if (source.charCodeAt(j) === 0x28) copyEnd = j;
  for (let j = from; j < copyEnd; j++) {
    codes[k] = source.charCodeAt(j);
    starts[k] = j - shift;
    ends[k] = j + 1 - shift;
    k++;
  }
  if (copyEnd > from) lastCode = source.charCodeAt(copyEnd - 1);

  let i = copyEnd;
  while (i < to) {
    if (k + STEP_ROOM > codes.length) {
      out.length = k;
      out.reserve(STEP_ROOM);
      codes = out.codes;
      starts = out.starts;
      ends = out.ends;
    }
    const unit = source.charCodeAt(i);
    // The common characters first, with exactly the outcome of the general path below: an ideograph (folded to
    // Simplified; a pending space before it is never kept) and, after no space, ASCII that is not space, a quote or an
    // opening bracket.
    let fast = -1;
    if (unit >= 0x4e00 && unit <= 0x9fff) {
      fast = simplifiedUnit(unit);
      pendingSpaceAt = -1;
    } else if (unit > 0x20 && unit < 0x80 && unit !== 0x22 && unit !== 0x27 && unit !== 0x28 && pendingSpaceAt < 0) {
      fast = unit;
    }
    if (fast >= 0) {
      codes[k] = fast;
      starts[k] = i - shift;
      ends[k] = i + 1 - shift;
      k++;
      lastCode = fast;
      i++;
      continue;
    }
    if (isSpace(unit)) {
      if (pendingSpaceAt < 0) pendingSpaceAt = i;
      i++;
      continue;
    }
    let code = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < to) {
      code = source.codePointAt(i)!;
      width = code > 0xffff ? 2 : 1;
    }
    if (isDropped(code)) {
      i += width;
      continue;
    }
    // A pinyin gloss right after a character (`報(bào)告`, `統(tǒng)計(jì)`) reads as the characters alone.
    if ((code === 0x28 || code === 0xff08) && pendingSpaceAt < 0 && isIdeograph(lastCode)) {
      const after = glossEnd(source, i, to);
      if (after > 0) {
        i = after;
        continue;
      }
    }
    // Most characters normalise to one unit; the rest (astral, NFKC expansions) go through the string form.
    const single = code < 0x80 ? code : width === 1 ? wideUnit(code) : -1;
    const wide = single < 0 ? normalizeWide(source.slice(i, i + width), code) : '';
    if (k + wide.length + 1 > codes.length) {
      out.length = k;
      out.reserve(wide.length + 1);
      codes = out.codes;
      starts = out.starts;
      ends = out.ends;
    }
    const firstUnit = single >= 0 ? single : wide.charCodeAt(0);
    if (pendingSpaceAt >= 0) {
      // Keep a space only between two Latin letters/digits: `0 0 0` are three numbers, `2017年 10月` is one date.
      if (k > begin && isLatinAlnum(lastCode) && isLatinAlnum(firstUnit)) {
        codes[k] = 0x20;
        starts[k] = pendingSpaceAt - shift;
        ends[k] = pendingSpaceAt + 1 - shift;
        k++;
      }
      pendingSpaceAt = -1;
    }
    if (single >= 0) {
      if ((single & 0xf800) === 0xd800) out.surrogates = true;
      codes[k] = single;
      starts[k] = i - shift;
      ends[k] = i + width - shift;
      k++;
      lastCode = single;
    } else {
      for (let w = 0; w < wide.length; w++) {
        if ((wide.charCodeAt(w) & 0xf800) === 0xd800) out.surrogates = true;
        codes[k] = wide.charCodeAt(w);
        starts[k] = i - shift;
        ends[k] = i + width - shift;
        k++;
      }
      lastCode = wide.charCodeAt(wide.length - 1);
    }
    i += width;
  }
  out.length = k;
  return true;
}

// The buffer `normalize` writes into, reused between calls (dropped after a very large text, not to hold its memory).
let scratch = new NormalizedBuffer(1024);
const SCRATCH_KEEP = 1 << 20;

/** Build the normalised view of `source[from, to)`. Linear in the slice length. */
export function normalize(source: string, from = 0, to = source.length): NormalizedText {
  const out = scratch;
  out.length = 0;
  out.surrogates = false;
  // Fast path: most sentences need no change at all; then no maps are allocated.
  if (!normalizeInto(out, source, from, to)) return { text: source.slice(from, to), start: null, end: null, offset: from };
  const n = out.length;
  const view = { text: out.text(0, n), start: out.starts.slice(0, n), end: out.ends.slice(0, n), offset: from };
  if (out.codes.length > SCRATCH_KEEP) scratch = new NormalizedBuffer(1024);
  return view;
}

/** Map a normalised range `[from, to)` back to source offsets `[start, end)`. */
export function toSourceRange(view: NormalizedText, from: number, to: number): { start: number; end: number } {
  if (view.text.length === 0) return { start: 0, end: 0 };
  const a = Math.min(Math.max(from, 0), view.text.length - 1);
  const b = Math.min(Math.max(to - 1, a), view.text.length - 1);
  return { start: sourceStartOf(view, a), end: sourceEndOf(view, b) };
}
