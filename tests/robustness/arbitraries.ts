/** fast-check arbitraries for the robustness suites: any string, report-like text and HTML, fixture mutations. */
import fc from 'fast-check';

/** Runs per property: bounded inside `npm test`; `npm run fuzz -- --runs N` raises it. */
export const RUNS = Number(process.env.OGI_PROPERTY_RUNS ?? 40);
/** A fixed seed keeps `npm test` deterministic; `npm run fuzz -- --seed N` varies it. */
export const SEED = Number(process.env.OGI_FUZZ_SEED ?? 2026);
export const settings = (factor = 1): { numRuns: number; seed: number } => ({ numRuns: Math.max(1, Math.round(RUNS * factor)), seed: SEED });

/**
 * Await at the start of a long synchronous property: vitest's task updates (sent at most every 100 ms) get their
 * answer first. A call still in flight while the worker is blocked for over a minute times out ("[vitest-worker]:
 * Timeout calling onTaskUpdate") and fails a run whose properties all passed (`npm run fuzz -- --runs 3000`).
 */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

/** Pieces real reports are made of: labels, phrasings, numbers, dates, separators and markup. */
const PIECES = [
  '政府信息公开工作年度报告', '2019年', '2021年度', '2017年12月31日', '二〇一九年一月', '发布日期：2020-01-31', '来源：', '索引号',
  '一、', '二、', '（一）', '(三) ', '1.', '2、', '。', '，', '；', '：', '%', '占', '同比增长', '余', '多', '约', '近',
  '共收到政府信息公开申请', '受理', '件', '条', '次', '万元', '元', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理',
  '其他处理', '总计', '行政复议', '行政诉讼', '结果维持', '结果纠正', '尚未审结', '未发生', '均已胜诉', '主动公开政府信息',
  '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '三、本年度办理结果', '结转下年度继续办理', '1.属于国家秘密',
  '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '第二十条第（一）项', '规章', '行政规范性文件',
  '本年制发件数', '信息内容', '〔2017〕36号', '电话：0571-87052222', '|', ' | ', '\t', '\n', '\n\n', '  ', '\u3000', '\u00a0',
  '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<td rowspan="3">', '<td colspan="99999">', '<p>', '</p>', '<br>',
  '<div>', '</div>', '&nbsp;', '&amp;', '&#20013;', '<!--', '-->', '<script>x</script>', '０１２', '１２３件', '開', '報告',
];

export const reportLike: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 2, arbitrary: fc.nat(2_000_000).map(String) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 160 })
  .map((parts) => parts.join(''));

export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'0123456789年月日（）()|<>/\n\t 一二十件条'), maxLength: 400 }),
);

/** What an HTML parser reads otherwise than it is written: references, CRLF, and what it drops (NUL, stray tags). */
const HTML_SHOWN = ['&amp;', 'R&amp;D', '&lt;', '&gt;', '&#38;', '&#x26;', '&#20013;', '&nbsp;', '&notit;', '&ampD', '&copy', '&NotEqualTilde;', '&#x1F600;', '&bogus;', '& ', '\r\n', '\r', '<br>'];
const HTML_DROPPED = ['\0', '\0\0\0', '<tr title="a>b">', "<td class='x>y'>", '<tr>', '</td>', '</tbody>', '<span>', '</span>', '<b>', '<!-- c -->'];
const noise = (pieces: readonly string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((parts) => parts.join(''));
const shown = noise([...HTML_SHOWN, ...HTML_DROPPED]);
const dropped = noise(HTML_DROPPED);

/**
 * A small HTML report that states 共受理政府信息公开申请58件, with HTML noise between its statements and, inside
 * the statement, only what the parser drops (so the statement still reads the same).
 */
export const noisyHtml: fc.Arbitrary<string> = fc
  .tuple(shown, dropped, dropped, dropped, shown, shown)
  .map(
    ([a, b, c, d, e, f]) =>
      `<html><body><p>某某市人民政府2017年政府信息公开工作年度报告</p>${a}<p>2017年，${b}共受理政府信息公开申请${c}58${d}件。${e}` +
      `其中予以公开30件。</p>${f}</body></html>`,
  );

/** One edit of a document: lines and cells deleted, duplicated or swapped; markup inserted; the end cut off. */
export type Edit =
  | { readonly kind: 'delete-line' | 'duplicate-line' | 'delete-cell' | 'duplicate-cell'; readonly at: number }
  | { readonly kind: 'swap-lines'; readonly at: number; readonly with: number }
  | { readonly kind: 'insert'; readonly at: number; readonly piece: string }
  | { readonly kind: 'truncate'; readonly at: number };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
export const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constantFrom('delete-line', 'duplicate-line', 'delete-cell', 'duplicate-cell') as fc.Arbitrary<'delete-line'>, at: fraction }),
    fc.record({ kind: fc.constant('swap-lines' as const), at: fraction, with: fraction }),
    fc.record({ kind: fc.constant('insert' as const), at: fraction, piece: fc.constantFrom(...PIECES) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  ),
  { minLength: 1, maxLength: 6 },
);

const CELL = /\||\t|<\/td>/u;

/** Apply edits to a document. */
export function applyEdits(input: string, list: readonly Edit[]): string {
  let text = input;
  for (const edit of list) {
    const lines = text.split('\n');
    const index = (f: number): number => Math.min(lines.length - 1, Math.floor(f * lines.length));
    switch (edit.kind) {
      case 'delete-line':
        lines.splice(index(edit.at), 1);
        break;
      case 'duplicate-line':
        lines.splice(index(edit.at), 0, lines[index(edit.at)]!);
        break;
      case 'swap-lines': {
        const a = index(edit.at);
        const b = index(edit.with);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        break;
      }
      case 'delete-cell':
      case 'duplicate-cell': {
        // The cell edits act on the first line at or after `at` that has cells.
        const start = index(edit.at);
        const i = lines.findIndex((l, k) => k >= start && CELL.test(l));
        if (i < 0) break;
        const cells = lines[i]!.split(/(?<=\||\t|<\/td>)/u);
        const c = Math.floor(edit.at * 997) % cells.length;
        if (edit.kind === 'delete-cell') cells.splice(c, 1);
        else cells.splice(c, 0, cells[c]!);
        lines[i] = cells.join('');
        break;
      }
      case 'insert': {
        const at = Math.floor(edit.at * (text.length + 1));
        text = text.slice(0, at) + edit.piece + text.slice(at);
        continue;
      }
      case 'truncate':
        text = text.slice(0, Math.floor(edit.at * text.length));
        continue;
    }
    text = lines.join('\n');
  }
  return text;
}
