/**
 * Run-together cells (`textContent` of a table: `本年新收政府信息公开申请数量1000001`): the ways to cut a digit run
 * into the row's cells such that the row's own arithmetic holds (each group's parts sum to its total, which is the
 * group's last cell). Callers accept a cut only when the arithmetic leaves exactly one.
 */

/** Cut `digits` into consecutive groups of `sizes[i]` numbers whose last equals the sum of the others. */
export function cutRun(digits: string, sizes: readonly number[], limit = 20000): number[][] | 'too-many' {
  if (sizes.length === 1) return cutRow(digits, sizes[0]!, limit * 10);
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
 * the known total prunes the search to a few steps even for long runs.
 */
function cutRow(digits: string, size: number, limit: number): number[][] | 'too-many' {
  const results: number[][] = [];
  let visited = 0;
  const parts: number[] = [];
  const n = digits.length;
  for (let totalLength = 1; totalLength <= Math.min(9, n - (size - 1)); totalLength++) {
    const totalText = digits.slice(n - totalLength);
    if (totalLength > 1 && totalText[0] === '0') continue;
    const total = Number(totalText);
    const prefix = n - totalLength;
    const walk = (k: number, pos: number, sum: number): boolean => {
      if (++visited > limit) return false;
      const left = size - 1 - k;
      if (left === 0) {
        if (pos === prefix && sum === total) results.push([...parts, total]);
        return true;
      }
      const rest = prefix - pos;
      // Each part needs one digit and has no more digits than the total.
      if (rest < left || rest > left * totalLength) return true;
      // Some remaining part has at least ⌈rest/left⌉ digits, so at least 10^(that − 1).
      if (sum + 10 ** (Math.ceil(rest / left) - 1) > total && rest > left) return true;
      for (let length = 1; length <= totalLength && pos + length <= prefix; length++) {
        if (length > 1 && digits[pos] === '0') break;
        const value = Number(digits.slice(pos, pos + length));
        if (sum + value > total) break;
        parts.push(value);
        const go = walk(k + 1, pos + length, sum + value);
        parts.pop();
        if (!go) return false;
      }
      return true;
    };
    if (!walk(0, 0, 0)) return 'too-many';
  }
  return results;
}
