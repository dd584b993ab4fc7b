/**
 * The 2008-era 政府信息公开情况统计表 (formats.md §4.2–4.3): `指标名称 | 计量单位 | 2009年度 | 历年累计`,
 * `统计指标 | 单位 | 统计数`, `指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计`, in HTML, pipes, tabs or aligned
 * text. The value is read from the year's column, never from 历年累计; a `/` or empty cell is absent (these tables
 * define no blank = 0); a text row whose cells do not line up with the header is skipped with a warning.
 */
import type { DocumentView } from '../../../engine/document-view.js';
import { defineRule, type RuleMatch, type RuleReporter } from '../../../engine/rule.js';
import { type Token, tokensOf } from '../../shared/cell-tokens.js';
import { SPACES, anyForm, readFlatTables } from './flat-table.js';
import { type Section, TABLE_KEYS_2008, keyOf, sectionOf, valueOf } from './labels-2008.js';

const LABEL_HEADER = /指标|项目|名称|内容/u;
const YEAR_HEADER = /\d{4}年|年度|本年|本期|统计数|数量|数值|实际/u;
const NOT_YEAR = /历年|累计(?!.*本年)|上年|去年|同比/u;
const UNIT_HEADER = /单位/u;

interface Header {
  readonly label: number;
  readonly unit?: number;
  readonly value: number;
  readonly cells: number;
  readonly grid: boolean;
}

function rowsOf(tokens: readonly Token[]): Token[][] {
  const rows: Token[][] = [];
  let current: Token[] = [];
  let row = -1;
  for (const token of tokens) {
    if (token.row !== row && current.length > 0) {
      rows.push(current);
      current = [];
    }
    row = token.row;
    current.push(token);
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

/** Which cell holds the label, the unit and the year's value; the preference among value columns is explicit. */
function readHeader(row: readonly Token[]): Header | null {
  const texts = row.filter((t) => t.kind === 'text');
  const label = texts.find((t) => LABEL_HEADER.test(t.text) && !YEAR_HEADER.test(t.text));
  if (!label) return null;
  const candidates = texts.filter((t) => YEAR_HEADER.test(t.text) && !NOT_YEAR.test(t.text) && t.cell > label.cell);
  const rank = (t: Token): number => (/\d{4}年|年度/u.test(t.text) ? 0 : /本年/u.test(t.text) ? 1 : 2);
  const value = [...candidates].sort((a, b) => rank(a) - rank(b) || a.cell - b.cell)[0];
  if (!value) return null;
  const unit = texts.find((t) => UNIT_HEADER.test(t.text));
  const last = row[row.length - 1]!;
  return {
    label: label.cell,
    ...(unit ? { unit: unit.cell } : {}),
    value: value.cell,
    cells: last.cell + 1,
    grid: row[0]!.grid !== undefined,
  };
}

// Without a header word of such a table (指标, 统计表, 计量单位) the document has none and need not be read as cells at
// all. Tested on the raw input, each character in any form that normalises to it (指標, 統計表, 計量單位 …).
const TABLE_WORDS = new RegExp(
  `${anyForm('指')}${SPACES}${anyForm('标')}|${anyForm('统')}${SPACES}${anyForm('计')}${SPACES}${anyForm('表')}|${anyForm('计')}${anyForm('量')}${anyForm('单')}位`,
  'u',
);

export function readStatisticsTable(doc: DocumentView, report: RuleReporter): RuleMatch[] {
  const out: RuleMatch[] = [];
  if (!TABLE_WORDS.test(doc.input)) return out;
  let header: Header | null = null;
  let section: Section = null;
  let misses = 0;
  for (const row of rowsOf(tokensOf(doc))) {
    const found = readHeader(row);
    if (found) {
      header = found;
      section = null;
      continue;
    }
    if (!header) continue;
    const labelToken = row.find((t) => t.cell === header!.label && t.kind === 'text');
    if (!labelToken) {
      // A prose line ends the table; a row of other shape inside it is skipped.
      if (row.some((t) => t.kind === 'text' && /。/u.test(t.text))) header = null;
      continue;
    }
    const key = keyOf(labelToken.text, section);
    section = sectionOf(key, section);
    if (!key) continue;
    // Text rows must have the header's cells, or no column can be trusted (aligned text drops empty cells).
    const cells = row[row.length - 1]!.cell + 1;
    if (!header.grid && cells !== header.cells) {
      if (misses++ === 0) report.warn('table.cell-count', `统计表: the row "${labelToken.text}" has ${cells} cells where the header has ${header.cells}; left out`, labelToken);
      continue;
    }
    const cell = row.filter((t) => t.cell === header!.value);
    if (cell.length !== 1 || cell[0]!.kind !== 'number') continue; // "/" or empty: not stated
    const token = cell[0]!;
    const unitToken = header.unit === undefined ? undefined : row.find((t) => t.cell === header!.unit);
    const value = valueOf(key, token.text, unitToken?.text);
    if (value === null) continue;
    out.push({ key, value, source: { start: token.start, end: token.end }, certainty: 'stated' });
  }
  return out;
}

export const statisticsTable2008 = defineRule({
  id: 'ogi-2008/statistics-table',
  scope: 'document',
  keys: TABLE_KEYS_2008,
  meta: {
    description: '政府信息公开情况统计表 (2008–2018): the year column (not 历年累计); "/" cells absent.',
    examples: [
      {
        input: [
          '指标名称 | 计量单位 | 2009年度 | 历年累计',
          '主动公开信息数 | 条 | 224 | 1500',
          '受理依申请公开信息总数 | 件 | 56 | 300',
          '其中:1.当面申请数 | 件 | 6 | 40',
          '本年度对申请的答复总数 | 件 | 50 | 280',
          '行政复议数 | 件 | / | 3',
          '行政诉讼数 | 件 | 1 | 2',
        ].join('\n'),
        expect: {
          'proactive.total': 224,
          'requests.received': 56,
          'requests.byChannel.inPerson': 6,
          'requests.completed': 50,
          'review.total': null,
          'litigation.total': 1,
        },
      },
    ],
  },
  extract: (doc, report) => [...readStatisticsTable(doc, report), ...readFlatTables(doc, report)],
});
