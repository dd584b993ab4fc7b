/**
 * Cell values: counts, signed changes (`+3`, `--253` as printed), money with the cell's own unit (`251000元`,
 * `160.5964万元`), and blanks (empty, `/`, `-`), which the template defines as 0.
 */
import { decimalToNumber, scaleDecimal } from '../../text/decimal.js';
import type { Token } from '../shared/cell-tokens.js';

export type CellType = 'count' | 'signed' | 'money元' | 'money万元';

export interface CellValue {
  readonly value: number;
  readonly blank: boolean;
}

// Counts carry the unit of what they count: 件, 条, 个, 项, and 笔 (payments), 批 (batches), 家 (firms).
const CELL_NUMBER = /^([+\-]{0,2})(\d+(?:,\d{3})*(?:\.\d+)?)(万元|元|万|件|条|个|项|笔|批|家)?$/u;

/**
 * The value of a cell for a key of `type`; null when the cell cannot hold such a value (a sign on a count, a
 * fraction of a piece). `headerUnit` is the unit the column header states (采购总金额(万元)).
 */
export function cellValue(token: Token, type: CellType, headerUnit?: '元' | '万元'): CellValue | null {
  if (token.kind === 'blank') return { value: 0, blank: true };
  if (token.kind !== 'number') return null;
  // Most cells are plain digits: a count (15 digits at most is always a safe integer).
  if ((type === 'count' || type === 'signed') && plainDigits(token.text)) return { value: Number(token.text), blank: false };
  const m = CELL_NUMBER.exec(token.text);
  if (!m) return null;
  const sign = m[1]!;
  const negative = sign.includes('-');
  const digits = m[2]!.replace(/,/g, '');
  const unit = m[3];
  if (type === 'count' || type === 'signed') {
    if (digits.includes('.') || unit === '元' || unit === '万元' || unit === '万') return null;
    if (type === 'count' && sign.length > 0) return sign === '+' ? number(digits, false) : null;
    return number(digits, negative);
  }
  if (negative) return null;
  const target = type === 'money元' ? '元' : '万元';
  const source = unit === '万元' || unit === '万' ? '万元' : unit === '元' ? '元' : (headerUnit ?? target);
  const power = source === target ? 0 : source === '万元' ? 4 : -4;
  const scaled = scaleDecimal(digits, power);
  return scaled === null ? null : number(scaled, false);
}

/** Where the ASCII digits of `text` from `from` on end (`text.length` when they run to its end), or -1 when there are none. */
export function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  return i > from ? i : -1;
}

/** Text of ASCII digits only, at least one (/^\d+$/). */
export function allDigits(text: string): boolean {
  return digitsEnd(text, 0) === text.length;
}

const plainDigits = (text: string): boolean => text.length <= 15 && allDigits(text);

function number(decimal: string, negative: boolean): CellValue | null {
  const value = decimalToNumber(decimal);
  if (value === null) return null;
  return { value: negative && value !== 0 ? -value : value, blank: false };
}

/** The unit a header note states (`单位:万元`, `万元,保留四位小数`). */
export function headerUnit(note: string | undefined): '元' | '万元' | undefined {
  if (!note) return undefined;
  if (/万元/u.test(note)) return '万元';
  if (/元/u.test(note)) return '元';
  return undefined;
}
