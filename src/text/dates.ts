/**
 * Calendar dates in report text: 2018-01-23, 2017年10月17日, 二〇一九年十二月三十一日, month precision (2017年12月),
 * ranges whose end inherits the year (2019年1月1日至12月31日), deadlines (2017年5月5日前).
 * A date is a calendar date, not an instant: no Date objects leave this module, no clock is read, and a year that
 * the text does not write is taken only from the document (opt-in), never from the publication date or today.
 * date-fns validates (2月30日 is rejected).
 */
// By subpath: the date-fns barrel costs 200+ ms of start-up for one function.
import { isExists } from 'date-fns/isExists';
import { foldWidth } from './fold-width.js';
import { parseChineseDigitString, parseSmallInteger } from './numerals.js';

export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date at some precision. */
export interface CalendarDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

/** A date found in a normalised text. */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly date: CalendarDate;
  readonly until?: CalendarDate;
  readonly kind: 'date' | 'range' | 'deadline';
  /** `context`: the year was not written; it came from `contextYear`. */
  readonly yearFrom: 'text' | 'context';
}

/** A date-shaped span that is not a calendar date (2017年2月30日). */
export interface InvalidDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: string;
}

export interface ScanDatesOptions {
  /** Resolve month-day dates without a year (7月13日) to this year. Omit to skip them. */
  readonly contextYear?: number;
  /** The year for a month-day date at index `at` (undefined: skip it), for a text whose parts have different years. */
  readonly contextYearAt?: (at: number) => number | undefined;
}

const NUM12 = String.raw`\d{1,2}|[一二三四五六七八九十]{1,3}`;
const YEAR = String.raw`(?<![\d.])(?:19|20)\d{2}(?!\d)|(?<![〇○零一二三四五六七八九])[一二][〇○零一二三四五六七八九]{3}`;
const CJK_DATE = String.raw`(?<y>${YEAR})年(?:(?<m>${NUM12})月份?(?:(?<d>${NUM12})[日号])?)?`;
const ISO_DATE = String.raw`(?<![\d.\-/])(?<iy>(?:19|20)\d{2})(?<sep>[-/.])(?<im>\d{1,2})\k<sep>(?<id>\d{1,2})(?![\d])`;
const NO_YEAR = String.raw`(?<![年\d一二三四五六七八九十〇○零.])(?<nm>${NUM12})月(?<nd>${NUM12})[日号]`;

const MAY_HOLD_DATE = /[年月]|\d[-/.]\d/u;
// Tried at one position at a time (sticky): only where a date can start, see scanDates.
const ATOM_RE = new RegExp(`${CJK_DATE}|${ISO_DATE}|${NO_YEAR}`, 'uy');
// Every date form has 年 (right after its 4-character year), 月 (1–3 characters after the month-day's start) or an ISO
// separator (right after its 4-digit year) within 4 units of where it starts.
const TRIGGER_RE = /[年月\-/.]/gu;
const LEAD = 4;
// Sticky tails, tried at the end of an atom.
const RANGE_TAIL_RE = new RegExp(
  String.raw`起?(?:至|到|~|—|–|-|－)(?:(?<ty>${YEAR})年)?(?:(?<tm>${NUM12})月份?)?(?:(?<td>${NUM12})[日号])?` +
    String.raw`|起?(?:至|到|~|—|–|-|－)(?<ity>(?:19|20)\d{2})[-/.](?<itm>\d{1,2})[-/.](?<itd>\d{1,2})(?!\d)`,
  'uy',
);
// Every date form starts with an ASCII digit (the text's full-width ones are folded) or a numeral 一…十: a cheap test
// of the first character spares the atom pattern (named groups, look-behinds) at most of the positions it would try.
const DATE_FIRST = new Set(Array.from('一二三四五六七八九十', (c) => c.charCodeAt(0)));
const mayStartDate = (c: number): boolean => (c >= 0x30 && c <= 0x39) || DATE_FIRST.has(c);
const DEADLINE_TAIL_RE = /(?:之前|以前|前)(?!后)/uy;
const NUMERAL_AFTER_RE = /[\d一二三四五六七八九十〇○零]/u;

function toYear(token: string): number | null {
  const n = /^\d{4}$/.test(token) ? Number(token) : parseChineseDigitString(token);
  return n !== null && n >= 1900 && n <= 2100 ? n : null;
}

/** True when year-month-day is a real calendar date (date-fns, no timezone involved). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  // date-fns' isExists checks the fields themselves (month 0-based): no string is built or parsed.
  return isExists(year, month - 1, day);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Format a calendar date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by its precision. The fields are read back from a local
 * Date, as date-fns' `format` did (the same output for every input), without its formatter and locale in the bundle.
 */
export function formatCalendarDate(d: CalendarDate): string {
  if (d.precision === 'year') return pad(d.year, 4);
  const date = new Date(d.year, d.month! - 1, d.precision === 'day' ? d.day! : 1);
  const month = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}`;
  return d.precision === 'day' ? `${month}-${pad(date.getDate(), 2)}` : month;
}

type Built = { date: CalendarDate } | { invalid: string } | null;

function buildDate(year: number | null, monthToken?: string, dayToken?: string): Built {
  if (year === null) return null;
  if (monthToken === undefined) return { date: { year, precision: 'year' } };
  const month = parseSmallInteger(monthToken);
  if (month === null) return null;
  if (month < 1 || month > 12) return { invalid: `month ${month} does not exist` };
  if (dayToken === undefined) return { date: { year, month, precision: 'month' } };
  const day = parseSmallInteger(dayToken);
  if (day === null) return null;
  if (!isValidCalendarDate(year, month, day)) return { invalid: `${year}-${month}-${day} is not a calendar date` };
  return { date: { year, month, day, precision: 'day' } };
}

function parseTail(text: string, at: number, from: CalendarDate): { until: CalendarDate; end: number } | null {
  if (from.precision === 'year') return null;
  RANGE_TAIL_RE.lastIndex = at;
  const m = RANGE_TAIL_RE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  let built: Built;
  if (g.ity) built = buildDate(toYear(g.ity), g.itm, g.itd);
  else {
    // The end inherits what it does not write: 2019年1月1日至12月31日, 1月1日至31日.
    if (!g.ty && !g.tm && !g.td) return null;
    const year = g.ty ? toYear(g.ty) : from.year;
    if (from.precision === 'day' && !g.td) return null;
    if (from.precision === 'month' && g.td) return null;
    const month = g.tm ?? (g.td && from.month !== undefined ? String(from.month) : undefined);
    built = buildDate(year, month, g.td);
  }
  if (!built || !('date' in built) || built.date.precision !== from.precision) return null;
  return { until: built.date, end: m.index + m[0].length };
}

/**
 * Scan a text for dates. Linear: one pass of the atom pattern plus sticky tails. Full-width digits (２０１７年) are read
 * as ASCII ones, offsets unchanged; other un-normalised forms (Traditional characters) want `normalize` first.
 */
export function scanDates(input: string, options: ScanDatesOptions = {}): { dates: DateMatch[]; invalid: InvalidDate[] } {
  const text = foldWidth(input);
  const dates: DateMatch[] = [];
  const invalid: InvalidDate[] = [];
  // Every date form has 年, 月 or an ISO separator between digits: most sentences have none.
  if (!MAY_HOLD_DATE.test(text)) return { dates, invalid };
  // The atom pattern is tried only at the few positions a date can start at (up to 4 before a 年, 月 or separator),
  // in order, each match consuming its text: the matches of one global scan, without trying every position.
  let from = 0;
  const next = (): RegExpExecArray | null => {
    for (let t = TRIGGER_RE.exec(text); t; t = TRIGGER_RE.exec(text)) {
      for (let p = Math.max(from, t.index - LEAD); p < t.index; p++) {
        if (!mayStartDate(text.charCodeAt(p))) continue;
        ATOM_RE.lastIndex = p;
        const m = ATOM_RE.exec(text);
        if (m) return m;
      }
      from = Math.max(from, t.index);
    }
    return null;
  };
  TRIGGER_RE.lastIndex = 0;
  for (let m = next(); m; m = next()) {
    from = m.index + m[0].length;
    TRIGGER_RE.lastIndex = from;
    const g = m.groups!;
    let end = m.index + m[0].length;
    let built: Built;
    let yearFrom: 'text' | 'context' = 'text';
    if (g.y !== undefined) {
      // A bare year (2017年) is not a milestone; month precision must not swallow a following numeral.
      if (g.m === undefined) continue;
      if (g.d === undefined && end < text.length && NUMERAL_AFTER_RE.test(text[end]!)) continue;
      built = buildDate(toYear(g.y), g.m, g.d);
    } else if (g.iy !== undefined) {
      built = buildDate(toYear(g.iy), g.im, g.id);
    } else {
      const contextYear = options.contextYearAt ? options.contextYearAt(m.index) : options.contextYear;
      if (contextYear === undefined) continue;
      built = buildDate(contextYear, g.nm, g.nd);
      yearFrom = 'context';
    }
    if (!built) continue;
    if ('invalid' in built) {
      invalid.push({ start: m.index, end, text: m[0], reason: built.invalid });
      continue;
    }
    const tail = parseTail(text, end, built.date);
    if (tail) {
      dates.push({ start: m.index, end: tail.end, date: built.date, until: tail.until, kind: 'range', yearFrom });
      from = tail.end;
      TRIGGER_RE.lastIndex = from;
      continue;
    }
    DEADLINE_TAIL_RE.lastIndex = end;
    const deadline = built.date.precision !== 'year' && DEADLINE_TAIL_RE.test(text);
    if (deadline) end = DEADLINE_TAIL_RE.lastIndex;
    dates.push({ start: m.index, end, date: built.date, kind: deadline ? 'deadline' : 'date', yearFrom });
  }
  return { dates, invalid };
}

/** Parse one date token (the whole string); null when it is not exactly one calendar date. */
export function parseDate(token: string): CalendarDate | null {
  const { dates } = scanDates(token);
  const d = dates[0];
  return dates.length === 1 && d && d.start === 0 && d.kind === 'date' ? d.date : null;
}
