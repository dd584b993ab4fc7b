/**
 * Decimal-string arithmetic for scaling (532.7亿 → 53270000000): floats would corrupt money (4.52万 → 45199.99…).
 */

/** Parse a plain decimal string (`-12`, `532.7`, `1,234.5`) into sign, integer digits and fraction digits. */
function split(decimal: string): { negative: boolean; int: string; frac: string } | null {
  const m = /^([-+]?)(\d+)(?:\.(\d+))?$/.exec(decimal.replace(/,/g, ''));
  if (!m) return null;
  return { negative: m[1] === '-', int: m[2]!, frac: m[3] ?? '' };
}

/** Multiply a decimal string by 10^power exactly; returns a canonical decimal string, or null if malformed. */
export function scaleDecimal(decimal: string, power: number): string | null {
  const parts = split(decimal);
  if (!parts) return null;
  let digits = parts.int + parts.frac;
  let point = parts.int.length + power; // position of the decimal point within `digits`
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const frac = digits.slice(point).replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return parts.negative && body !== '0' ? `-${body}` : body;
}

/** A decimal string as a number, when it is exactly representable as a safe integer or a short decimal. */
export function decimalToNumber(decimal: string): number | null {
  const value = Number(decimal);
  if (!Number.isFinite(value)) return null;
  if (!decimal.includes('.') && !Number.isSafeInteger(value)) return null;
  return value;
}
