/**
 * The 2008-era statistics table flattened onto one line of a scraped page, with single spaces or none at all:
 * `指标名称 计量单位 2016年度 历年累计 主动公开信息数 条 210 1530 受理依申请公开信息总数 条 3 11 其中：1、当面申请数 条 1 4 …`
 * or `指标名称计量单位2018年度历年累计主动公开文件数条206912106其中：1.政府网站公开数条2069121062.政府公报…`.
 *
 * Once such a header is found, rows are cut at their unit tokens (条 / 件 / 元 / 人次 …): a row is a label, a unit
 * and the value cells. The header decides which column is the year's (never 历年累计). Cells written together
 * (`728` under `2013年度 | 历年累计`) are cut only where the cut is the one possible (the year's figure is never above
 * the running total, and no figure has a leading zero); otherwise the row is not read. A table that is recognised but
 * whose rows cannot be read is reported with a warning.
 */
import type { DocumentView } from '../../../engine/document-view.js';
import type { RuleMatch, RuleReporter } from '../../../engine/rule.js';
import { normalize, sourceEndOf, sourceStartOf, type NormalizedText } from '../../../text/normalize.js';
import { type Line, sourceEnd, sourceStart } from '../../../tree/lines.js';
import { type Section, keyOf, sectionOf, valueOf } from './labels-2008.js';

// The header, as normalisation writes it (spaces between CJK dropped): 指标名称 | (计量)单位 | the value columns.
const COLUMN = String.raw`(?:19|20)\d{2}年(?:度)?|历年累计|本年累计|年末统计|年度统计|本期实际|本期|本年|统计数|数量|数值|代码`;
const HEADER = new RegExp(String.raw`(?:序号)?(?:指标名称|统计指标|指标)(?:计量)?单位(?<columns>(?:${COLUMN}){1,4})`, 'gu');
const COLUMN_RE = new RegExp(COLUMN, 'gu');
/**
 * Per character of the tables' header words, every character whose normalised form holds it (U+1F22F 🈯 is NFKC 指,
 * 標 單 計 統 錶 are Traditional forms, U+F97E a compatibility 量): the checks on the raw text before anything is
 * normalised take each such character (with white space between characters) for each header character.
 */
export const FORMS_OF: Readonly<Record<'指' | '标' | '统' | '计' | '表' | '量' | '单', string>> = {
  指: '指\u{1F22F}',
  标: '标標',
  统: '统統',
  计: '计計',
  表: '表錶',
  量: '量\uF97E',
  单: '单單',
};
/** A character class of every form of a header character; white space the normalisation drops between them. */
export const anyForm = (ch: keyof typeof FORMS_OF): string => `[${FORMS_OF[ch]}]`;
export const SPACES = String.raw`[\s\u3000]*`;
// Every header word holds 指 (指标名称, 统计指标, 指标) and ends in 单位: a line without them has no header and is not
// normalised at all (most lines with 单位 are prose).
const HEADER_CHAR = new RegExp(anyForm('指'), 'u');
const UNIT_WORD = new RegExp(`${anyForm('单')}${SPACES}位`, 'u');
const CUMULATIVE = /累计/u;
/** Which column holds the year's figure: a year or 本年/本期/年末 column; the first such, never a running total. */
const YEAR_COLUMN = /^(?:(?:19|20)\d{2}年|年末统计|年度统计|本期|本年$|统计数|数量|数值)/u;

// A unit cell directly followed by a figure (or a "/" cell): where a label ends.
const UNIT = /(?:万元|人次|条|件|元|个|次|项|篇|场|宗)(?=\s?[\d/])/gu;
const MAX_LABEL = 40;
const LIST_MARKER = /^\s?(?<n>\d{1,2})[.、)]/u;

interface Cell {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

interface FlatRow {
  readonly label: string;
  readonly labelAt: number;
  readonly unit: string;
  readonly cells: Cell[];
  /** The single run of digits is followed by white space in the source (a spaced row), not by the next label. */
  readonly spaced: boolean;
}

// Per character of a row, by char code (NaN past the end is neither): a digit, and what ends a list marker ([.、)]).
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isMarkerEnd = (c: number): boolean => c === 0x2e || c === 0x3001 || c === 0x29;

/** The rows after a header, up to the first stretch that is not a row. */
function readRows(view: NormalizedText, line: Line, from: number): FlatRow[] {
  const text = view.text;
  const rows: FlatRow[] = [];
  let at = from;
  let marker = 0;
  while (at < text.length) {
    UNIT.lastIndex = at;
    const unit = UNIT.exec(text);
    if (!unit || unit.index - at > MAX_LABEL || unit.index === at) break;
    const label = text.slice(at, unit.index);
    if (/[。；;，,]/u.test(label) || /\d{3}/u.test(label)) break;
    const listed = LIST_MARKER.exec(label.replace(/^其中[:：]?/u, ''));
    marker = listed ? Number(listed.groups!.n) : marker;
    let i = unit.index + unit[0].length;
    const cells: Cell[] = [];
    let next = -1;
    while (i < text.length) {
      if (text.charCodeAt(i) === 0x20) {
        if (!isDigit(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) !== 0x2f) break;
        i++;
      }
      const start = i;
      if (text.charCodeAt(i) === 0x2f) i++;
      else while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      if (i === start) break;
      // A figure followed by `.`/`、` and a word is the next row's list marker (2.政府公报公开数), not a cell.
      if (isMarkerEnd(text.charCodeAt(i)) && !isDigit(text.charCodeAt(i + 1))) {
        const expected = String(marker + 1);
        const run = text.slice(start, i);
        const spacedRun = start > 0 && text[start - 1] === ' ';
        if (spacedRun || run === expected) {
          next = start - (spacedRun ? 1 : 0);
          break;
        }
        if (!run.endsWith(expected)) return rows; // a glued run whose marker cannot be told apart: stop here
        cells.push({ text: run.slice(0, run.length - expected.length), from: start, to: i - expected.length });
        next = i - expected.length;
        break;
      }
      cells.push({ text: text.slice(start, i), from: start, to: i });
    }
    if (cells.length === 0) break;
    const last = cells[cells.length - 1]!;
    const after = sourceEndOf(view, last.to - 1);
    rows.push({
      label: label.trim(),
      labelAt: at,
      unit: unit[0],
      cells,
      spaced: /^[\s\u00a0\u3000]/u.test(line.value.slice(after, after + 1)),
    });
    at = next >= 0 ? next : i;
  }
  return rows;
}

/** The one way to cut a run of digits into the year's figure and a running total at least as large, if unique. */
function cutRun(run: string, yearFirst: boolean): { year: string; at: number } | null {
  let found: { year: string; at: number } | null = null;
  for (let k = 1; k < run.length; k++) {
    const a = run.slice(0, k);
    const b = run.slice(k);
    if ((a.length > 1 && a[0] === '0') || (b.length > 1 && b[0] === '0')) continue;
    const [year, total] = yearFirst ? [a, b] : [b, a];
    if (Number(year) > Number(total)) continue;
    if (found) return null;
    found = { year, at: yearFirst ? 0 : k };
  }
  return found;
}

export function readFlatTables(doc: DocumentView, report: RuleReporter): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const item of doc.tree.data?.items ?? []) {
    if (item.kind !== 'line' || !UNIT_WORD.test(item.line.value) || !HEADER_CHAR.test(item.line.value)) continue;
    const line = item.line;
    const view = normalize(line.value);
    const span = (from: number, to: number) => ({
      start: sourceStart(line, sourceStartOf(view, from)),
      end: sourceEnd(line, sourceEndOf(view, to - 1)),
    });
    HEADER.lastIndex = 0;
    for (let header = HEADER.exec(view.text); header; header = HEADER.exec(view.text)) {
      const columns = header.groups!.columns!.match(COLUMN_RE) ?? [];
      const year = columns.findIndex((c) => YEAR_COLUMN.test(c) && !CUMULATIVE.test(c));
      const rows = readRows(view, line, header.index + header[0].length);
      HEADER.lastIndex = Math.max(HEADER.lastIndex, rows.length > 0 ? rows[rows.length - 1]!.cells.at(-1)!.to : 0);
      const at = span(header.index, header.index + header[0].length);
      if (rows.length === 0) continue;
      if (year < 0) {
        report.warn('table.unread', `统计表: no column of the header "${header[0]}" is the year's; the table is not read`, at);
        continue;
      }
      const single = rows.filter((r) => r.cells.length === 1);
      // Cells written together: most one-run rows run straight into the next label.
      const glued = columns.length === 2 && single.length > 0 && single.filter((r) => !r.spaced).length * 2 > single.length;
      const other = columns.findIndex((c, i) => i !== year && CUMULATIVE.test(c));
      let section: Section = null;
      let read = 0;
      let skipped = 0;
      for (const row of rows) {
        const key = keyOf(row.label, section);
        section = sectionOf(key, section);
        if (!key) continue;
        let cell: Cell | undefined;
        if (row.cells.length === columns.length) cell = row.cells[year];
        else if (glued && row.cells.length === 1 && other >= 0) {
          const run = row.cells[0]!;
          const cut = cutRun(run.text, year < other);
          if (cut) cell = { text: cut.year, from: run.from + cut.at, to: run.from + cut.at + cut.year.length };
        }
        if (!cell || cell.text === '/') {
          if (!cell) skipped++;
          continue;
        }
        // 02 is no figure: a list marker without its dot ran into the cell (在办件02办结件0).
        if (/^0\d/u.test(cell.text)) {
          skipped++;
          continue;
        }
        const value = valueOf(key, cell.text, row.unit);
        if (value === null) continue;
        out.push({ key, value, source: span(cell.from, cell.to), certainty: 'stated' });
        read++;
      }
      if (skipped > 0) {
        report.warn(
          read === 0 ? 'table.unread' : 'table.cell-count',
          `统计表 (${columns.join(' | ')}): ${skipped} row(s) whose cells cannot be matched to the header's columns; left out`,
          at,
        );
      }
    }
  }
  return out;
}
