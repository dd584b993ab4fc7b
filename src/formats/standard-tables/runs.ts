/**
 * Run-together cells (`textContent` of a table: `本年新收政府信息公开申请数量1000001`): the ways to cut a digit run
 * into the row's cells such that the row's own arithmetic holds (each group's parts sum to its total, which is the
 * group's last cell). Callers accept a cut only when the arithmetic leaves exactly one.
 */

/** Cut `digits` into consecutive groups of `sizes[i]` numbers whose last equals the sum of the others. */
export function cutRun(digits: string, sizes: readonly number[], limit = 20000): number[][] | 'too-many' {
  if (sizes.length === 1) return cutRow(digits, sizes[0]!, limit * 5);
  const results: number[][] = [];
  let visited = 0;
  const parts: number[] = [];
  // Every cell is at most 9 digits (a count below 10^9), with no leading zero except 0 itself.
  const read = (at: number, length: number): number | null => {
    if (length < 1 || length > 9 || at + length > digits.length) return null;
    if (length > 1 && digits[at] === '0') return null;
    return Number(digits.slice(at, at + length));
  };
  const group = (g: number, at: number): boolean => {
    if (g === sizes.length) {
      if (at === digits.length) results.push([...parts]);
      return results.length <= 16;
    }
    const size = sizes[g]!;
    const cellsAfter = sizes.slice(g + 1).reduce((a, b) => a + b, 0);
    const inner = (k: number, pos: number, sum: number, longest: number): boolean => {
      if (++visited > limit) return false;
      if (k === size - 1) {
        const total = String(sum);
        if (total.length < longest || digits.slice(pos, pos + total.length) !== total) return true;
        const end = pos + total.length;
        if (digits.length - end < cellsAfter) return true;
        parts.push(sum);
        const go = group(g + 1, end);
        parts.pop();
        return go;
      }
      for (let length = 1; length <= 9; length++) {
        const value = read(pos, length);
        if (value === null) break;
        // The parts and the total still to come need at least one digit each.
        if (digits.length - (pos + length) < size - 1 - k + cellsAfter) break;
        parts.push(value);
        const go = inner(k + 1, pos + length, sum + value, Math.max(longest, length));
        parts.pop();
        if (!go) return false;
      }
      return true;
    };
    return inner(0, at, 0, 1);
  };
  const finished = group(0, 0);
  if (!finished && visited > limit) return 'too-many';
  return results;
}

/**
 * One group (a 表三 row): take each possible 总计 from the end first, then cut the rest into parts that sum to it —
 * the known total prunes the search (bounds on what the remaining digits can still add), and every substring's
 * value is read once into a table instead of parsed at each step.
 */
function cutRow(digits: string, size: number, limit: number): number[][] | 'too-many' {
  const n = digits.length;
  // value[pos * 10 + len]: the number digits[pos, pos + len), or -1 for a leading zero.
  const value = new Float64Array(n * 10).fill(-1);
  for (let pos = 0; pos < n; pos++) {
    let v = 0;
    for (let len = 1; len <= 9 && pos + len <= n; len++) {
      v = v * 10 + (digits.charCodeAt(pos + len - 1) - 48);
      if (len === 1 || digits[pos] !== '0') value[pos * 10 + len] = v;
    }
  }
  const results: number[][] = [];
  const parts = new Array<number>(size);
  let visited = 0;
  for (let totalLength = 1; totalLength <= Math.min(9, n - (size - 1)); totalLength++) {
    const total = value[(n - totalLength) * 10 + totalLength]!;
    if (total < 0) continue;
    const prefix = n - totalLength;
    const powers = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
    const walk = (k: number, pos: number, sum: number): boolean => {
      if (++visited > limit) return false;
      const left = size - 1 - k;
      const rest = prefix - pos;
      if (left === 0) {
        if (rest === 0 && sum === total) {
          parts[size - 1] = total;
          results.push(parts.slice());
        }
        return true;
      }
      // Each part needs one digit and has no more digits than the total.
      if (rest < left || rest > left * totalLength) return true;
      // Some remaining part has at least ⌈rest/left⌉ digits; together they are at most `left` of the longest.
      if (rest > left && sum + powers[Math.ceil(rest / left) - 1]! > total) return true;
      if (sum + left * (powers[Math.min(totalLength, rest - left + 1)]! - 1) < total) return true;
      for (let length = 1; length <= totalLength && length <= rest; length++) {
        const v = value[pos * 10 + length]!;
        if (v < 0 || sum + v > total) break;
        parts[k] = v;
        if (!walk(k + 1, pos + length, sum + v)) return false;
      }
      return true;
    };
    if (!walk(0, 0, 0)) return 'too-many';
  }
  return results;
}
