/**
 * Numbers in running text, found by an anchored grammar: a numeral run with its qualifiers and measure word.
 * Chinese numerals count only when a measure word follows (so 统一, 进一步, 十三五 are not numbers); percentages
 * are kept apart from counts; 余/多/近/约/左右/超过 mark a value `approximate`.
 * All patterns run on the normalised view (normalize.ts): ASCII digits, no white space next to CJK.
 */
import { foldWidth, foldsWidth } from './fold-width.js';
import { decimalToNumber, scaleDecimal } from './decimal.js';
import { CHINESE_NUMERAL_CHARS, parseChineseInteger } from './numerals.js';

/** Measure words, longest first so that 人次 wins over 人 and 万元 over 万. */
export const UNITS = [
  '人次',
  '万元',
  '亿元',
  '件',
  '条',
  '次',
  '个',
  '起',
  '宗',
  '份',
  '元',
  '项',
  '篇',
  '期',
  '家',
  '人',
  '场',
  '例',
  '批',
  '户',
  '封',
  '本',
  '册',
  '类',
  '位',
] as const;
export type Unit = (typeof UNITS)[number];

/** What a quantity measures, by its unit. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'number';

/** A number token in a normalised text. */
export interface Quantity {
  /** Normalised-text offsets of the whole token, qualifiers and unit included. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the numeral itself. */
  readonly numberStart: number;
  readonly numberEnd: number;
  /** Exact decimal string of the value in `unit` (multipliers 万/亿 applied). */
  readonly decimal: string;
  readonly value: number;
  readonly approximate: boolean;
  readonly unit?: string;
  readonly kind: QuantityKind;
  /** True when the value is an integer. */
  readonly integer: boolean;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const UNIT_ALT = UNITS.join('|');
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * One scan over the text. Each alternative is a sequence of distinct character classes with single quantifiers
 * (no nested quantifiers over the same characters), so the scan is linear.
 */
const QUANTITY_RE = new RegExp(
  String.raw`(?<pre>近|约|大约|超过|逾)?` +
    String.raw`(?:(?<sign>(?<![\dA-Za-z])[-+−])?(?<!\d|\d[.,])(?<ar>${ARABIC})(?![\d])(?<mult>万|亿)?|(?<![第${CHINESE_NUMERAL_CHARS}])(?<cn>${CN}{1,24}))` +
    String.raw`(?<post>余|多)?(?:(?<pct>%|‰)|(?<unit>${UNIT_ALT}))?(?<around>左右)?`,
  'gu',
);

const PERCENT_WORDS_RE = new RegExp(String.raw`百分之(?<cn>${CN}{1,8}|\d+(?:\.\d+)?)`, 'gu');

function build(
  m: RegExpExecArray,
  decimal: string,
  numberStart: number,
  numberEnd: number,
  kind: QuantityKind,
  unit: string | undefined,
): Quantity | null {
  const value = decimalToNumber(decimal);
  if (value === null) return null;
  const g = m.groups!;
  const approximate = Boolean(g.pre || g.post || g.around);
  return {
    start: m.index,
    end: m.index + m[0].length,
    numberStart,
    numberEnd,
    decimal,
    value,
    approximate,
    unit,
    kind,
    integer: !decimal.includes('.'),
  };
}

/** The token a match of QUANTITY_RE stands for, or null (a Chinese numeral without a measure word, a value out of range). */
function quantityOf(m: RegExpExecArray): Quantity | null {
  const g = m.groups!;
  const unit = g.unit;
  const numberStart = m.index + (g.pre?.length ?? 0) + (g.sign?.length ?? 0);
  let decimal: string | null;
  let numberEnd: number;
  if (g.ar !== undefined) {
    numberEnd = numberStart + g.ar.length;
    const power = g.mult === '亿' ? 8 : g.mult === '万' ? 4 : 0;
    decimal = scaleDecimal(g.ar, power);
    if (decimal !== null && g.sign && g.sign !== '+') decimal = decimal === '0' ? '0' : `-${decimal}`;
  } else {
    // A Chinese numeral is a number only when anchored by a measure word or percent sign.
    if (!unit && !g.pct) return null;
    numberEnd = numberStart + g.cn!.length;
    const n = parseChineseInteger(g.cn!);
    decimal = n === null ? null : String(n);
  }
  if (decimal === null) return null;
  const kind: QuantityKind = g.pct
    ? 'percent'
    : unit === '元' || unit === '万元' || unit === '亿元'
      ? 'money'
      : unit
        ? 'count'
        : 'number';
  return build(m, decimal, numberStart, numberEnd, kind, g.pct ?? unit);
}

/** The token a match of PERCENT_WORDS_RE stands for (百分之五十), or null. */
function percentWordsOf(m: RegExpExecArray): Quantity | null {
  const token = m.groups!.cn!;
  const decimal = /^\d/.test(token) ? token : String(parseChineseInteger(token) ?? '');
  if (!decimal) return null;
  return build(m, decimal, m.index + 3, m.index + m[0].length, 'percent', '%');
}

/**
 * Find every number token in a text, in order. Full-width digits and signs (５８件, ３．５％) are read as ASCII ones,
 * offsets unchanged; other un-normalised forms (Traditional characters) want `normalize` first.
 */
export function scanQuantities(input: string): Quantity[] {
  const text = foldWidth(input);
  const found: Quantity[] = [];
  QUANTITY_RE.lastIndex = 0;
  for (let m = QUANTITY_RE.exec(text); m; m = QUANTITY_RE.exec(text)) {
    const q = quantityOf(m);
    if (q) found.push(q);
  }
  PERCENT_WORDS_RE.lastIndex = 0;
  for (let m = PERCENT_WORDS_RE.exec(text); m; m = PERCENT_WORDS_RE.exec(text)) {
    const q = percentWordsOf(m);
    if (q) found.push(q);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Per code unit, 1 for a character some match of the expression can hold, and for any full-width form foldWidth changes. */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  for (let code = 0xff01; code <= 0xff5e; code++) if (foldsWidth(String.fromCharCode(code))) table[code] = 2;
  return table;
}

// Every character a match of QUANTITY_RE can hold (after foldWidth): prefixes, signs, digits and separators, numerals,
// multipliers, 余/多, percent signs, measure words, 左右. No match crosses a character outside it.
const QUANTITY_CHARS = charTable(`近约大超过逾-+−0123456789,.${CHINESE_NUMERAL_CHARS}余多%‰${UNITS.join('')}左右`);
// The same for PERCENT_WORDS_RE.
const PERCENT_WORDS_CHARS = charTable(`百分之${CHINESE_NUMERAL_CHARS}0123456789.`);
// Sticky copies: `tokenAt` tries them one place at a time.
const QUANTITY_AT = new RegExp(QUANTITY_RE.source, 'uy');
const PERCENT_WORDS_AT = new RegExp(PERCENT_WORDS_RE.source, 'uy');
// How far `quantityAt` reads around `start` (back to where the scan stands between tokens, on to where the token's
// characters end); past it, the whole text is scanned.
const LOCAL_LIMIT = 64;
// What QUANTITY_RE's lookbehinds read before a position.
const LOOKBEHIND = 2;

/**
 * The first token of `scan(text)` that starts at `start`, found without scanning the whole text: the scan is taken up
 * at the nearest character before `start` that no match can hold. No match spans that character, so the scan
 * stands between tokens there, and from there on it finds what the scan from the text's start finds; each place up to
 * `start` is tried on its own (sticky), as the global scan tries them. Every match read stays within the run of
 * characters a match can hold, which ends within LOCAL_LIMIT; where a full-width form stands in what it reads, or a
 * limit is passed, the answer is undefined (the caller scans the folded whole text then). Null: no token starts there.
 */
function tokenAt(input: string, start: number, re: RegExp, chars: Uint8Array, of: (m: RegExpExecArray) => Quantity | null): Quantity | null | undefined {
  let from = start;
  while (from > 0 && chars[input.charCodeAt(from - 1)] !== 0) {
    if (start - from >= LOCAL_LIMIT) return undefined;
    from--;
  }
  let to = start;
  while (to < input.length && chars[input.charCodeAt(to)] !== 0) {
    if (to - start >= LOCAL_LIMIT) return undefined;
    to++;
  }
  // foldWidth changes nothing that the matches read (lookbehinds before `from`, the lookahead at `to`).
  for (let i = Math.max(0, from - LOOKBEHIND); i <= to && i < input.length; i++) if (chars[input.charCodeAt(i)] === 2) return undefined;
  for (let at = from; at <= start; ) {
    re.lastIndex = at;
    const m = re.exec(input);
    if (!m) at++;
    else if (at === start) return of(m);
    else at = m.index + m[0].length;
  }
  return null;
}

/**
 * The number token of `input` spanning exactly `[start, end)`, as `scanQuantities(input)` finds it (the first such
 * token in its order), or undefined. Costs the few characters around `start`, not a scan of the whole text; `all`,
 * when given, supplies the whole scan (cached by the caller) for the rare token that stands in a long run of numerals
 * or next to full-width forms.
 */
export function quantityAt(
  input: string,
  start: number,
  end: number,
  all: () => readonly Quantity[] = () => scanQuantities(input),
): Quantity | undefined {
  const q = tokenAt(input, start, QUANTITY_AT, QUANTITY_CHARS, quantityOf);
  const p = input.startsWith('百分之', start) ? tokenAt(input, start, PERCENT_WORDS_AT, PERCENT_WORDS_CHARS, percentWordsOf) : null;
  if (q === undefined || p === undefined) return all().find((t) => t.start === start && t.end === end);
  if (q?.end === end) return q;
  return p?.end === end ? p : undefined;
}

/** Parse a single quantity token (the whole string must be one token); null otherwise. */
export function parseQuantity(token: string): Quantity | null {
  const all = scanQuantities(token);
  return all.length === 1 && all[0]!.start === 0 && all[0]!.end === token.length ? all[0]! : null;
}

/** Convert a money quantity to a target unit (元 or 万元) in decimal arithmetic; null for non-money. */
export function moneyIn(q: Quantity, target: '元' | '万元'): number | null {
  const from = q.unit === '亿元' ? 8 : q.unit === '万元' ? 4 : q.unit === '元' ? 0 : null;
  if (from === null) return null;
  const to = target === '万元' ? 4 : 0;
  const scaled = scaleDecimal(q.decimal, from - to);
  return scaled === null ? null : decimalToNumber(scaled);
}
