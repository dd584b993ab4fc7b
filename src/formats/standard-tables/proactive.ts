/**
 * 表二 主动公开政府信息情况: stacked sub-tables (第二十条第（N）项), each with its own header row. Rows are found by
 * their item label (规章, 行政规范性文件, 行政许可 …) inside the table; columns by the header cells above them, or —
 * when a rendering lost the header — by the template's columns for that item, if the row has exactly that many.
 *
 * The reader walks every cell token of the document (表三's too): its state is one object of one class, each row and
 * header column is made by one factory with every field set, and a row is read where it closes, without tuples or
 * copies per cell.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Span } from '../../engine/finding.js';
import type { RuleMatch, RuleReporter } from '../../engine/rule.js';
import { TABLE_CODES } from './codes.js';
import { alignedUnder, onePiece, trimTrailingBlanks } from './row-cells.js';
import { cellMatch, spanOf } from './emit.js';
import { cutProactiveRun } from './proactive-runs.js';
import {
  DEFAULT_PROACTIVE_COLUMNS,
  type Label,
  type LabelId,
  PROACTIVE_COLUMNS,
  PROACTIVE_KEYS,
  type ProactiveVariant,
  type TokenLabels,
  labelsAt,
  trailingLabelsOf,
} from './labels.js';
import { type Token, tokensOf } from '../shared/cell-tokens.js';
import { type CellType, cellValue, headerUnit } from './values.js';

interface Column {
  readonly id: LabelId;
  readonly unit: '元' | '万元' | undefined;
  readonly gridColumn: number | undefined;
  /** The physical row of the header cell (a header split over lines puts its halves on two). */
  readonly row: number | undefined;
}

function column(id: LabelId, unit: Column['unit'], gridColumn: number | undefined, row: number | undefined): Column {
  return { id, unit, gridColumn, row };
}

/** Each item's template columns, for a sub-table whose header was lost (none: no columns), made once. */
const FALLBACK_COLUMNS = new Map<ProactiveVariant, Map<LabelId, readonly Column[]>>(
  (Object.keys(DEFAULT_PROACTIVE_COLUMNS) as ProactiveVariant[]).map((variant) => [
    variant,
    new Map(Object.entries(DEFAULT_PROACTIVE_COLUMNS[variant]).map(([item, ids]) => [item as LabelId, ids.map((id) => column(id, undefined, undefined, undefined))])),
  ]),
);
const NO_COLUMNS: readonly Column[] = [];

/**
 * A header whose labels were split (`本年新` / `制作数量` on two lines) or cut short (`本年新 | 本年新 | 对外公开总数量`):
 * a fragment followed on a later line by a label is that label's first half; fragments left over stand for the
 * template's column at their place, when the header has the template's columns otherwise.
 */
function resolveHeader(header: readonly Column[], fallback: readonly LabelId[] | undefined): readonly Column[] {
  const out: Column[] = [];
  let fragments = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    const next = header[i + 1];
    const continued = next !== undefined && next.id !== 'headerFragment' && next.row !== c.row && c.gridColumn === undefined;
    if (c.id === 'headerFragment' && continued) continue;
    if (c.id === 'headerFragment') fragments = true;
    out.push(c);
  }
  if (!fragments || !fallback || fallback.length !== out.length) return out;
  for (let i = 0; i < out.length; i++) if (out[i]!.id !== 'headerFragment' && out[i]!.id !== fallback[i]) return out;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.id === 'headerFragment') out[i] = column(fallback[i]!, c.unit, c.gridColumn, c.row);
  }
  return out;
}

interface OpenRow {
  readonly item: LabelId;
  readonly label: Span;
  readonly labelRow: number;
  readonly cells: Token[];
  readonly columns: readonly Column[];
  /** Some cell is on the label's own line. */
  inline: boolean;
}

function openRow(item: LabelId, token: Token, columns: readonly Column[]): OpenRow {
  return { item, label: { start: token.start, end: token.end }, labelRow: token.row, cells: [], columns, inline: false };
}

function typeOf(key: string): CellType {
  if (key.endsWith('.change')) return 'signed';
  if (key === 'proactive.fees.amount') return 'money万元';
  if (key === 'proactive.procurement.amount') return 'money元';
  return 'count';
}

/** Some column of the header is one of the row's. */
function someColumnOf(columns: readonly Column[], keys: ReadonlyMap<LabelId, string>): boolean {
  for (const c of columns) if (keys.has(c.id)) return true;
  return false;
}

/** The header columns by the grid column they head (the last one, where two head one). */
function byGridColumn(columns: readonly Column[]): Map<number, Column> {
  const out = new Map<number, Column>();
  for (const c of columns) if (c.gridColumn !== undefined) out.set(c.gridColumn, c);
  return out;
}

function columnAt(columns: readonly Column[], gridColumn: number | undefined): Column | undefined {
  for (const c of columns) if (c.gridColumn === gridColumn) return c;
  return undefined;
}

class ProactiveReader {
  readonly out: RuleMatch[] = [];
  /** The places each key was read at: a key is read once per place. */
  readonly seen = new Map<string, Set<number>>();
  inTable = false;
  header: Column[] = [];
  headerOpen = false;
  open: OpenRow | null = null;
  unknown: Token | null = null;

  constructor(
    readonly report: RuleReporter,
    readonly doc: DocumentView,
    readonly variant: ProactiveVariant,
  ) {}

  take(tokens: readonly Token[], labelsOf: TokenLabels, t: number): void {
    const token = tokens[t]!;
    const current = this.open;
    if (current && token.row !== current.labelRow) {
      const full = current.cells.length >= Math.max(1, current.columns.length);
      if (current.inline || full || current.cells[0]?.grid) this.close();
    }
    if (token.kind !== 'text') {
      const open = this.open;
      if (open) {
        open.cells.push(token);
        if (token.row === open.labelRow) open.inline = true;
      } else if (this.unknown && token.kind === 'number' && token.row === this.unknown.row) {
        this.report.warn(TABLE_CODES.rowUnmapped, `主动公开: the row "${this.unknown.text}" is not one the template has; its cells were left out`, this.unknown);
        this.unknown = null;
      }
      return;
    }
    this.unknown = null;
    const labels = labelsAt(tokens, labelsOf, t);
    if (labels === null) {
      this.close();
      // A short label with figures inside the table is a row the template does not have (其他主动公开文件).
      if (this.inTable && token.text.length <= 30) this.unknown = token;
      return;
    }
    for (let l = 0; l < labels.length; l++) this.label(labels[l]!, token);
  }

  label(label: Label, token: Token): void {
    const id = label.id;
    this.close();
    if (id === 'section' || id === 'content') {
      this.inTable = true;
      this.header = [];
      this.headerOpen = true;
    } else if (PROACTIVE_COLUMNS.has(id) || (id === 'headerFragment' && this.inTable)) {
      if (!this.headerOpen) this.header = [];
      this.headerOpen = true;
      this.inTable = true;
      this.header.push(column(id, headerUnit(label.note), token.grid ? token.grid.column : undefined, token.row));
    } else if (PROACTIVE_KEYS.has(id) && this.inTable) {
      this.headerOpen = false;
      this.open = openRow(id, token, this.header);
    } else if (id !== 'otherWord' && id !== 'total') {
      // The labels of another table end this one.
      this.inTable = false;
    }
  }

  close(): void {
    const row = this.open;
    this.open = null;
    if (!row || row.cells.length === 0) return;
    const keys = PROACTIVE_KEYS.get(row.item)!;
    const rowColumns = resolveHeader(row.columns, DEFAULT_PROACTIVE_COLUMNS[this.variant][row.item]);
    if (row.cells[0]!.grid !== undefined) {
      const headerColumns = byGridColumn(rowColumns);
      if (headerColumns.size > 0 && alignedUnder(row.cells, headerColumns)) {
        this.readGridRow(row, keys, rowColumns);
        return;
      }
    }
    const fallback = FALLBACK_COLUMNS.get(this.variant)!.get(row.item) ?? NO_COLUMNS;
    const columns = rowColumns.length > 0 && someColumnOf(rowColumns, keys) ? rowColumns : fallback;
    const cells = trimTrailingBlanks(row.cells, columns.length);
    // Fewer tokens than columns: digits that ran together (`规章000`, `行政处罚2648-18538`).
    const run = cells.length > 0 && cells.length < columns.length && onePiece(cells) ? cutProactiveRun(this.doc, row.item, row.label, cells, columns, this.report) : null;
    if (run) {
      for (const [i, token] of run) this.cell(row.item, keys, columns[i]!, token);
    } else if (cells.length !== columns.length || columns.length === 0) {
      this.report.warn(
        TABLE_CODES.cellCount,
        `主动公开 ${row.item}: ${cells.length} cells under ${columns.length} column headers; left out`,
        spanOf([row.label, ...cells]),
      );
    } else {
      for (let i = 0; i < cells.length; i++) this.cell(row.item, keys, columns[i]!, cells[i]!);
    }
  }

  /** A grid row under its header: each cell by the header above it (a value under none is left out first). */
  readGridRow(row: OpenRow, keys: ReadonlyMap<LabelId, string>, columns: readonly Column[]): void {
    const under: Column[] = [];
    const cells: Token[] = [];
    for (const cell of row.cells) {
      const c = columnAt(columns, cell.grid?.column);
      if (c) {
        under.push(c);
        cells.push(cell);
      } else if (cell.kind === 'number') this.report.warn(TABLE_CODES.columnUnmapped, `${row.item}: a value under no known header was left out`, cell);
    }
    for (let i = 0; i < cells.length; i++) this.cell(row.item, keys, under[i]!, cells[i]!);
  }

  cell(item: LabelId, keys: ReadonlyMap<LabelId, string>, c: Column, token: Token): void {
    const key = keys.get(c.id);
    if (!key) {
      this.report.warn(TABLE_CODES.columnUnmapped, `主动公开 ${item}: the column ${c.id} does not apply to this row; left out`, token);
      return;
    }
    let at = this.seen.get(key);
    if (at?.has(token.start)) return;
    const value = cellValue(token, typeOf(key), c.unit);
    if (!value) {
      this.report.warn(TABLE_CODES.badCell, `${key}: "${token.text}" is not a value of this column; left out`, token);
      return;
    }
    if (!at) this.seen.set(key, (at = new Set()));
    at.add(token.start);
    this.out.push(cellMatch(key, { token, value }));
  }
}

export function readProactive(doc: DocumentView, report: RuleReporter, variant: ProactiveVariant): RuleMatch[] {
  const reader = new ProactiveReader(report, doc, variant);
  const tokens = tokensOf(doc);
  const labelsOf = trailingLabelsOf(tokens);
  for (let t = 0; t < tokens.length; t++) reader.take(tokens, labelsOf, t);
  reader.close();
  return reader.out;
}
