/**
 * 表二 主动公开政府信息情况: stacked sub-tables (第二十条第（N）项), each with its own header row. Rows are found by
 * their item label (规章, 行政规范性文件, 行政许可 …) inside the table; columns by the header cells above them, or —
 * when a rendering lost the header — by the template's columns for that item, if the row has exactly that many.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Span } from '../../engine/finding.js';
import type { RuleMatch, RuleReporter } from '../../engine/rule.js';
import { TABLE_CODES } from './codes.js';
import { alignedUnder, onePiece, trimTrailingBlanks } from './row-cells.js';
import { cellMatch, spanOf } from './emit.js';
import { cutProactiveRun } from './proactive-runs.js';
import { DEFAULT_PROACTIVE_COLUMNS, type LabelId, PROACTIVE_COLUMNS, PROACTIVE_KEYS, type ProactiveVariant, trailingLabelsAt } from './labels.js';
import { type Token, tokensOf } from '../shared/cell-tokens.js';
import { type CellType, cellValue, headerUnit } from './values.js';

interface Column {
  readonly id: LabelId;
  readonly unit?: '元' | '万元';
  readonly gridColumn?: number;
  /** The physical row of the header cell (a header split over lines puts its halves on two). */
  readonly row?: number;
}

/**
 * A header whose labels were split (`本年新` / `制作数量` on two lines) or cut short (`本年新 | 本年新 | 对外公开总数量`):
 * a fragment followed on a later line by a label is that label's first half; fragments left over stand for the
 * template's column at their place, when the header has the template's columns otherwise.
 */
function resolveHeader(header: readonly Column[], fallback: readonly LabelId[] | undefined): Column[] {
  const out: Column[] = [];
  header.forEach((column, i) => {
    const next = header[i + 1];
    const continued = next && next.id !== 'headerFragment' && next.row !== column.row && column.gridColumn === undefined;
    if (column.id === 'headerFragment' && continued) return;
    out.push(column);
  });
  if (!out.some((c) => c.id === 'headerFragment')) return out;
  if (!fallback || fallback.length !== out.length) return out;
  const fits = out.every((c, i) => c.id === 'headerFragment' || c.id === fallback[i]);
  return fits ? out.map((c, i) => (c.id === 'headerFragment' ? { ...c, id: fallback[i]! } : c)) : out;
}

interface OpenRow {
  readonly item: LabelId;
  readonly label: Span;
  readonly labelRow: number;
  readonly cells: Token[];
  readonly columns: readonly Column[];
}

function typeOf(key: string): CellType {
  if (key.endsWith('.change')) return 'signed';
  if (key === 'proactive.fees.amount') return 'money万元';
  if (key === 'proactive.procurement.amount') return 'money元';
  return 'count';
}

export function readProactive(doc: DocumentView, report: RuleReporter, variant: ProactiveVariant): RuleMatch[] {
  const out: RuleMatch[] = [];
  // The places each key was read at: a key is read once per place.
  const seen = new Map<string, Set<number>>();
  let inTable = false;
  let header: Column[] = [];
  let headerOpen = false;
  let open: OpenRow | null = null;
  let unknown: Token | null = null;

  const close = (): void => {
    const row = open;
    open = null;
    if (!row || row.cells.length === 0) return;
    const keys = PROACTIVE_KEYS.get(row.item)!;
    const defaults = DEFAULT_PROACTIVE_COLUMNS[variant][row.item];
    const rowColumns = resolveHeader(row.columns, defaults);
    const headerColumns = new Map(rowColumns.filter((c) => c.gridColumn !== undefined).map((c) => [c.gridColumn!, c]));
    const grid = row.cells[0]!.grid !== undefined && headerColumns.size > 0 && alignedUnder(row.cells, headerColumns);
    let pairs: Array<[Column, Token]> = [];
    if (grid) {
      for (const cell of row.cells) {
        const column = rowColumns.find((c) => c.gridColumn === cell.grid?.column);
        if (column) pairs.push([column, cell]);
        else if (cell.kind === 'number') report.warn(TABLE_CODES.columnUnmapped, `${row.item}: a value under no known header was left out`, cell);
      }
    } else {
      const fallback = (defaults ?? []).map((id) => ({ id }));
      const columns = rowColumns.length > 0 && rowColumns.some((c) => keys.has(c.id)) ? rowColumns : fallback;
      const cells = trimTrailingBlanks(row.cells, columns.length);
      // Fewer tokens than columns: digits that ran together (`规章000`, `行政处罚2648-18538`).
      const run = cells.length > 0 && cells.length < columns.length && onePiece(cells) ? cutProactiveRun(doc, row.item, row.label, cells, columns, report) : null;
      if (run) {
        for (const [i, token] of run) pairs.push([columns[i]!, token]);
      } else if (cells.length !== columns.length || columns.length === 0) {
        report.warn(
          TABLE_CODES.cellCount,
          `主动公开 ${row.item}: ${cells.length} cells under ${columns.length} column headers; left out`,
          spanOf([row.label, ...cells]),
        );
        return;
      } else pairs = columns.map((c, i) => [c, cells[i]!]);
    }
    for (const [column, token] of pairs) {
      const key = keys.get(column.id);
      if (!key) {
        report.warn(TABLE_CODES.columnUnmapped, `主动公开 ${row.item}: the column ${column.id} does not apply to this row; left out`, token);
        continue;
      }
      let at = seen.get(key);
      if (at?.has(token.start)) continue;
      const value = cellValue(token, typeOf(key), column.unit);
      if (!value) {
        report.warn(TABLE_CODES.badCell, `${key}: "${token.text}" is not a value of this column; left out`, token);
        continue;
      }
      if (!at) seen.set(key, (at = new Set()));
      at.add(token.start);
      out.push(cellMatch(key, { token, value }));
    }
  };

  const tokens = tokensOf(doc);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const current = open as OpenRow | null;
    if (current && token.row !== current.labelRow) {
      const inline = current.cells.some((c) => c.row === current.labelRow);
      const full = current.cells.length >= Math.max(1, current.columns.length);
      if (inline || full || current.cells[0]?.grid) close();
    }
    if (token.kind !== 'text') {
      if (open) (open as OpenRow).cells.push(token);
      else if (unknown && token.kind === 'number' && token.row === unknown.row) {
        report.warn(TABLE_CODES.rowUnmapped, `主动公开: the row "${unknown.text}" is not one the template has; its cells were left out`, unknown);
        unknown = null;
      }
      continue;
    }
    unknown = null;
    const labels = trailingLabelsAt(tokens, t);
    if (labels === null) {
      close();
      // A short label with figures inside the table is a row the template does not have (其他主动公开文件).
      if (inTable && token.text.length <= 30) unknown = token;
      continue;
    }
    for (const label of labels) {
      if (label.id === 'section' || label.id === 'content') {
        close();
        inTable = true;
        header = [];
        headerOpen = true;
      } else if (PROACTIVE_COLUMNS.has(label.id) || (label.id === 'headerFragment' && inTable)) {
        close();
        if (!headerOpen) header = [];
        headerOpen = true;
        inTable = true;
        const unit = headerUnit(label.note);
        header.push({ id: label.id, row: token.row, ...(unit ? { unit } : {}), ...(token.grid ? { gridColumn: token.grid.column } : {}) });
      } else if (PROACTIVE_KEYS.has(label.id) && inTable) {
        close();
        headerOpen = false;
        open = { item: label.id, label: { start: token.start, end: token.end }, labelRow: token.row, cells: [], columns: header };
      } else {
        close();
        // The labels of another table end this one.
        if (label.id !== 'otherWord' && label.id !== 'total') inTable = false;
      }
    }
  }
  close();
  return out;
}
