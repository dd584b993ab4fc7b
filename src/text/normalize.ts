/**
 * Per-token normalisation with an offset map. The source string is never rewritten: rules match on the normalised
 * view and every match maps back to exact offsets in the original.
 *
 * What changes: NFKC for full-width and compatibility forms (０-９ → 0-9, （ → (, ： → :; the full-width comma is kept), quotes dropped,
 * white space dropped next to CJK (`2017年 10月17日`, `3 次`, `商业 企业`) and folded to one space between
 * Latin letters/digits (so `0 0 0` stays three numbers), and a small Traditional → Simplified map for the words
 * the rules look for.
 */

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
  if (code >= 0x4e00 && code <= 0x9fff) return TRAD_MAP.has(code);
  // CJK punctuation that normalisation keeps: 、。〃〇《》〈〉【】〔〕 and the full-width comma (「」『』 are dropped).
  if ((code >= 0x3001 && code <= 0x3003) || code === 0x3007 || (code >= 0x3008 && code <= 0x300b) || code === 0x3010 || code === 0x3011 || code === 0x3014 || code === 0x3015 || code === 0xff0c) return false;
  return true;
}

// Traditional → Simplified for characters that occur in report vocabulary. Pairs, written as one string.
const TRAD_PAIRS =
  '開开條条報报復复議议訴诉訟讼請请數数處处項项機机關关決决與与資资訊讯務务門门網网據据費费於于萬万億亿兩两個个' +
  '為为爲为統统計计結结轉转辦办應应審审縣县區区廳厅單单發发佈布時时間间來来員员會会設设號号書书類类問问題题現现' +
  '這这說说經经過过對对從从舉举維维糾纠錯错當当傳传郵邮電电達达總总獲获無无沒没屬属國国護护權权內内執执檔档詢询' +
  '製制補补確确們们場场業业圖图歷历範范規规體体採采購购額额並并產产領领導导組组級级責责衛卫聯联線线驗验證证營营' +
  '龍龙臺台華华廣广東东濟济蘇苏陽阳鄉乡鎮镇寧宁遼辽瀋沈貴贵義义學学醫医藥药黨党紀纪錄录寫写簡简週周餘余約约幾几' +
  '長长門门實实際际況况並并預预決决務务稅税險险環环護护態态區区劃划戶户齊齐雙双廢废現现屆届構构備备專专稱称陳陈' +
  '訪访詢询諮咨認认識识變变進进隨随遞递郵邮撥拨濟济賠赔償偿勝胜負负訟讼復复聲声層层閱阅覽览擊击點点擴扩' +
  '動动觀观見见價价貫贯徹彻織织頁页積积極极參参準准標标創创勵励嚴严彙汇滙汇熱热爭争監监盡尽緊紧節节親亲訂订' +
  '課课調调談谈貼贴趨趋較较載载邊边選选還还鄰邻陸陆隊队雜杂難难雲云靜静響响順顺頭头願愿養养麼么紹绍續续維维';

const TRAD_MAP: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  const chars = Array.from(TRAD_PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!.codePointAt(0)!, chars[i + 1]!);
  return map;
})();

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

function isLatinAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Normalise one code point (not ASCII) to its matching form. */
function normalizeWide(ch: string, code: number): string {
  if (code >= 0x4e00 && code <= 0x9fff) return TRAD_MAP.get(code) ?? ch;
  // Keep the full-width comma: a thousands separator is only ever the ASCII one, so 100，200 stays two numbers.
  if (code === 0xff0c) return ch;
  // Full-width ASCII variants (０-９, Ａ-Ｚ, （, ：, ％ …) map by offset; the rest through NFKC.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  const nfkc = ch.normalize('NFKC');
  if (nfkc.length === 1) return TRAD_MAP.get(nfkc.charCodeAt(0)) ?? nfkc;
  return nfkc;
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

/** True when `foldChar` returns the character unchanged (ASCII other than quotes and control white space; CJK not mapped). */
export function foldsToItself(code: number): boolean {
  if (code < 0x80) return code !== 0x22 && code !== 0x27 && !(code >= 0x09 && code <= 0x0d);
  if (code >= 0x4e00 && code <= 0x9fff) return !TRAD_MAP.has(code);
  return false;
}

/** Build the normalised view of `source[from, to)`. Linear in the slice length. */
export function normalize(source: string, from = 0, to = source.length): NormalizedText {
  // Fast path: most sentences need no change at all; then no maps are allocated.
  let clean = true;
  for (let j = from; j < to; j++) {
    if (changes(source.charCodeAt(j))) {
      clean = false;
      break;
    }
  }
  if (clean) return { text: source.slice(from, to), start: null, end: null, offset: from };
  let starts = new Int32Array(to - from + 8);
  let ends = new Int32Array(to - from + 8);
  let text = '';
  let length = 0;
  let pendingSpaceAt = -1; // source index of a whitespace run not yet emitted
  let lastCode = -1;

  const grow = (need: number): void => {
    if (length + need <= starts.length) return;
    const size = Math.max(starts.length * 2, length + need);
    const s2 = new Int32Array(size);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(size);
    e2.set(ends);
    ends = e2;
  };

  let i = from;
  while (i < to) {
    const unit = source.charCodeAt(i);
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
    const norm = code < 0x80 ? source[i]! : normalizeWide(width === 2 ? source.slice(i, i + 2) : source[i]!, code);
    if (pendingSpaceAt >= 0) {
      // Keep a space only between two Latin letters/digits: `0 0 0` are three numbers, `2017年 10月` is one date.
      if (length > 0 && isLatinAlnum(lastCode) && isLatinAlnum(norm.charCodeAt(0))) {
        grow(1);
        starts[length] = pendingSpaceAt;
        ends[length] = pendingSpaceAt + 1;
        length++;
        text += ' ';
      }
      pendingSpaceAt = -1;
    }
    grow(norm.length);
    for (let k = 0; k < norm.length; k++) {
      starts[length] = i;
      ends[length] = i + width;
      length++;
    }
    text += norm;
    lastCode = norm.charCodeAt(norm.length - 1);
    i += width;
  }
  return { text, start: starts.subarray(0, length), end: ends.subarray(0, length), offset: from };
}

/** Map a normalised range `[from, to)` back to source offsets `[start, end)`. */
export function toSourceRange(view: NormalizedText, from: number, to: number): { start: number; end: number } {
  if (view.text.length === 0) return { start: 0, end: 0 };
  const a = Math.min(Math.max(from, 0), view.text.length - 1);
  const b = Math.min(Math.max(to - 1, a), view.text.length - 1);
  return { start: sourceStartOf(view, a), end: sourceEndOf(view, b) };
}
