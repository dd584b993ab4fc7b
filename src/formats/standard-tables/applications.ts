/**
 * 表三 收到和处理政府信息公开申请情况: rows found by their labels (with the group context a flattened table carries
 * forward), columns by their headers (grid tables) or by the template's fixed order when a text rendering has exactly
 * the template's cells. Blank cells are 0; a blank 总计 over non-zero parts is their sum (`blank-total`); the group
 * totals 不予公开 / 无法提供 / 不予处理 / (2021) 其他处理 are the sums of their sub-rows. Run-together digits are cut only
 * where the table's arithmetic leaves one way.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Span } from '../../engine/finding.js';
import type { RuleMatch, RuleReporter } from '../../engine/rule.js';
import { type ReadCell, cellMatch, derivedMatch, spanOf } from './emit.js';
import {
  APPLICANT_HEADER_LABELS,
  readTrailingLabels,
  APPLICANT_PARTS,
  APPLICATION_GROUPS,
  APPLICATION_ROWS,
  type ApplicantColumn,
  type GroupId,
  type LabelId,
  STANDARD_COLUMNS,
  SUBTOTAL_COLUMNS,
  applicantColumnOf,
  groupOf,
  readLabels,
} from './labels.js';
import { cutRun } from './runs.js';
import { type Token, gridHeaders, tokensOf } from '../shared/cell-tokens.js';
import { alignedUnder, trimTrailingBlanks } from './row-cells.js';
import { cellValue } from './values.js';

export const TABLE_CODES = {
  cellCount: 'table.cell-count',
  columnUnmapped: 'table.column-unmapped',
  runUnsplit: 'table.run-unsplit',
  blankTotal: 'blank-total',
  badCell: 'table.bad-cell',
  rowUnmapped: 'table.row-unmapped',
} as const;

/** A row id: a key of APPLICATION_ROWS, or `otherReason` (其他, under 其他处理). */
type RowId = LabelId | 'otherReason';

interface RowRead {
  readonly id: RowId;
  readonly label: Span;
  readonly labelRow: number;
  readonly cells: Token[];
  /** The next label's list marker (`2.`) was run into this row's digits (`…1292.其他法律…`). */
  markerTail?: boolean;
}

interface Instance {
  readonly rows: RowRead[];
  hasSubtotal: boolean;
  /** A flat header line naming every value column, in its own order (`| | 自然人 | 商业企业 | … | 总计 |`). */
  order?: ApplicantColumn[];
}

const ROW_KEY = (id: RowId): string => (id === 'otherReason' ? 'dispositions.other.otherReason' : APPLICATION_ROWS.get(id)!);
const SUFFIX: Record<(typeof APPLICANT_PARTS)[number], string> = {
  naturalPerson: 'naturalPerson',
  commercial: 'commercial',
  research: 'research',
  social: 'social',
  legal: 'legal',
  otherOrg: 'otherOrg',
};
const DISPOSITION_ROWS: readonly RowId[] = [
  'granted', 'partial',
  ...APPLICATION_GROUPS.denied.rows, ...APPLICATION_GROUPS.unable.rows, ...APPLICATION_GROUPS.notProcessed.rows,
] as RowId[];

/** Scan the token stream into table instances (a document may hold the table twice, e.g. page and attachment). */
function scan(tokens: readonly Token[], unmapped: Token[]): Instance[] {
  const instances: Instance[] = [];
  let unknown: Token | null = null;
  // Applicant columns named on one physical row of the header, in order.
  // A nested header flattened into one line (申请人情况自然人法人或其他组织总计商业企业…) is not an order: only a row
  // of separate cells, one per column, without the parent headers, is.
  let headerRow = -1;
  let headerColumns: ApplicantColumn[] = [];
  let headerTokens = new Set<Token>();
  let nested = false;
  const headerColumn = (token: Token, column: ApplicantColumn | undefined, parent = false): void => {
    if (token.row !== headerRow) {
      headerRow = token.row;
      headerColumns = [];
      headerTokens = new Set();
      nested = false;
    }
    if (parent) nested = true;
    if (!column) return;
    headerColumns.push(column);
    headerTokens.add(token);
    const distinct = new Set(headerColumns);
    const flat = !nested && headerTokens.size === headerColumns.length;
    if (flat && distinct.size === headerColumns.length && distinct.has('total') && distinct.size >= 7) instance.order = [...headerColumns];
    else if (nested) delete instance.order;
  };
  let instance: Instance = { rows: [], hasSubtotal: false };
  let phase: 'none' | 'data' = 'none';
  let group: GroupId | 'results' | null = null;
  let open: RowRead | null = null;
  let expected = 7;

  const close = (): void => {
    if (open) instance.rows.push(open);
    open = null;
  };
  const finish = (): void => {
    close();
    if (instance.rows.length > 0) instances.push(instance);
    instance = { rows: [], hasSubtotal: false };
    phase = 'none';
    group = null;
  };
  const openRow = (id: RowId, token: Token): void => {
    close();
    open = { id, label: { start: token.start, end: token.end }, labelRow: token.row, cells: [] };
  };

  for (const token of tokens) {
    const current = open as RowRead | null;
    if (current && token.row !== current.labelRow) {
      const inline = current.cells.some((c) => c.row === current.labelRow);
      const full = current.cells.length >= expected;
      const grid = current.cells.length > 0 && current.cells[0]!.grid !== undefined;
      if (inline || full || grid) close();
    }
    if (token.kind !== 'text') {
      if (open) (open as RowRead).cells.push(token);
      else if (unknown && token.kind === 'number' && token.row === unknown.row) {
        unmapped.push(unknown);
        unknown = null;
      }
      continue;
    }
    unknown = null;
    const openRow_ = open as RowRead | null;
    const lastCell = openRow_?.cells[openRow_.cells.length - 1];
    if (openRow_ && lastCell?.glued && lastCell.kind === 'number' && /^[.、．]/u.test(token.text)) openRow_.markerTail = true;
    const labels = readTrailingLabels(token.text);
    if (labels === null) {
      // The rest of a label wrapped onto the next line (…重新出具已获 | 取信息 0 0 0 …): the row goes on.
      const waiting = open as RowRead | null;
      if (waiting && waiting.cells.length === 0 && token.text.length <= 16 && !/\d/u.test(token.text)) {
        open = { ...waiting, labelRow: token.row };
        continue;
      }
      close();
      // A short label with figures inside the table is a row the template does not have.
      if (phase === 'data' && token.text.length <= 30) unknown = token;
      continue;
    }
    for (const label of labels) {
      const id = label.id;
      if (APPLICANT_HEADER_LABELS.has(id)) {
        if (phase === 'data') finish();
        if (id === 'subtotal') instance.hasSubtotal = true;
        expected = instance.hasSubtotal ? 8 : 7;
        headerColumn(token, applicantColumnOf(id), id === 'applicants' || id === 'orgs');
        close();
        continue;
      }
      switch (id) {
        case 'results':
          group = 'results';
          close();
          break;
        case 'denied':
        case 'unable':
        case 'notProcessed':
          group = id;
          close();
          break;
        case 'other':
          group = 'other';
          if (phase === 'data') openRow('other', token);
          break;
        case 'otherWord':
          if (phase === 'data' && group === 'other') openRow('otherReason', token);
          else {
            if (phase !== 'data') headerColumn(token, 'otherOrg');
            close();
          }
          break;
        case 'total':
          if (phase === 'data') {
            group = 'results';
            openRow('total', token);
          } else {
            headerColumn(token, 'total');
            close();
          }
          break;
        case 'received':
          if (instance.rows.length > 0 || open) finish();
          phase = 'data';
          group = null;
          openRow(id, token);
          break;
        default:
          if (APPLICATION_ROWS.has(id) && (phase === 'data' || id === 'carriedOver')) {
            phase = 'data';
            const sub = groupOf(id);
            if (sub) group = sub;
            openRow(id, token);
          } else if (phase === 'data' && !APPLICATION_ROWS.has(id)) {
            // Another table's label: this table has ended.
            finish();
          } else close();
      }
    }
  }
  finish();
  return instances;
}

/** A table's applicant columns from the header rows above `upTo`, kept per table and extended row by row. */
const headerCache = new WeakMap<object, { upTo: number; columns: Map<number, ApplicantColumn> }>();

/**
 * Header of a grid table: the applicant column each grid column stands for, from the rows above `firstDataRow` (the
 * lowest label of a column wins). Each instance in a table asks again; the rows already read are not read again.
 */
function gridColumns(table: NonNullable<Token['grid']>['table'], firstDataRow: number): Map<number, ApplicantColumn> {
  let cached = headerCache.get(table);
  if (!cached || cached.upTo > firstDataRow) cached = { upTo: 0, columns: new Map() };
  for (const [column, texts] of gridHeaders(table, cached.upTo, firstDataRow)) {
    for (const text of texts) {
      for (const label of readLabels(text) ?? []) {
        const found = applicantColumnOf(label.id);
        if (found) cached.columns.set(column, found);
      }
    }
  }
  cached.upTo = firstDataRow;
  headerCache.set(table, cached);
  return new Map(cached.columns);
}

type RowCells = Map<ApplicantColumn, ReadCell>;

/** Cuts of a run into seven cells; when the next row's marker digits ran in, they are the last one or two digits. */
function cutsOf(digits: string, markerTail: boolean): number[][] | 'too-many' {
  if (!markerTail) return cutRun(digits, [7]);
  const out = new Map<string, number[]>();
  for (const k of [1, 2]) {
    const marker = digits.slice(digits.length - k);
    if (marker[0] === '0' || Number(marker) > 20) continue;
    const cuts = cutRun(digits.slice(0, digits.length - k), [7]);
    if (cuts === 'too-many') return cuts;
    for (const cut of cuts) out.set(cut.join(), cut);
  }
  return [...out.values()];
}

/** Read every 表三 in the document. */
export function readApplications(doc: DocumentView, report: RuleReporter): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const unmapped: Token[] = [];
  for (const instance of scan(tokensOf(doc), unmapped)) matches.push(...readInstance(instance, report));
  for (const token of unmapped) {
    report.warn(TABLE_CODES.rowUnmapped, `收到和处理申请: the row "${token.text}" is not one the template has; its cells were left out`, token);
  }
  return matches;
}

function readInstance(instance: Instance, report: RuleReporter): RuleMatch[] {
  const rows = new Map<RowId, RowCells>();
  const runs: Array<{ row: RowRead; digits: string }> = [];
  const gridCache = new Map<object, Map<number, ApplicantColumn>>();

  for (const row of instance.rows) {
    if (row.cells.length === 0 || rows.has(row.id)) continue;
    const name = ROW_KEY(row.id);
    const grid = row.cells[0]!.grid;
    let layout: Array<[ApplicantColumn, Token]> | null = null;
    if (grid) {
      let columns = gridCache.get(grid.table);
      if (!columns) {
        columns = gridColumns(grid.table, grid.row);
        gridCache.set(grid.table, columns);
      }
      // Header columns apply only when the row's cells sit exactly under them; a row shifted by a broken span
      // (a rowspan the page lost) is read by its order instead, like a text rendering.
      if (columns.size > 0 && alignedUnder(row.cells, columns)) {
        layout = [];
        for (const cell of row.cells) {
          const column = cell.grid ? columns.get(cell.grid.column) : undefined;
          if (column) layout.push([column, cell]);
          else if (cell.kind === 'number') {
            report.warn(TABLE_CODES.columnUnmapped, `${name}: a value in a column without a known header was left out`, cell);
          }
        }
      }
    }
    if (!layout) {
      const cells = trimTrailingBlanks(row.cells, instance.hasSubtotal ? 8 : 7);
      const only = cells.length === 1 ? cells[0]! : undefined;
      if (only && only.kind === 'number' && /^\d{7,}$/.test(only.text)) {
        runs.push({ row, digits: only.text });
        continue;
      }
      const order = instance.order?.length === cells.length ? instance.order : columnsFor(cells, instance.hasSubtotal);
      if (!order) {
        report.warn(
          TABLE_CODES.cellCount,
          `${name}: the row has ${cells.length} cells where the table has ${instance.hasSubtotal ? 8 : 7}; its cells were left out`,
          spanOf([row.label, ...cells]),
        );
        continue;
      }
      layout = order.map((column, i) => [column, cells[i]!]);
    }
    const read: RowCells = new Map();
    for (const [column, token] of layout) {
      const value = cellValue(token, 'count');
      if (value) read.set(column, { token, value });
      else report.warn(TABLE_CODES.badCell, `${name}: "${token.text}" is not a count; left out`, token);
    }
    rows.set(row.id, read);
  }

  if (runs.length > 0) solveRuns(runs, rows, report);
  return emit(rows, report);
}

function numeric(token: Token): number | null {
  const v = cellValue(token, 'count');
  return v ? v.value : null;
}

/** Text rendering: the template's column order, when the row has exactly the template's cells. */
function columnsFor(cells: readonly Token[], hasSubtotal: boolean): readonly ApplicantColumn[] | null {
  if (cells.length === 7) return STANDARD_COLUMNS;
  if (cells.length !== 8) return null;
  if (hasSubtotal) return SUBTOTAL_COLUMNS;
  // An unannounced 法人或其他组织小计 column: accepted only when its arithmetic proves it.
  const v = cells.map(numeric);
  if (v.some((x) => x === null)) return null;
  const n = v as number[];
  const orgs = n[1]! + n[2]! + n[3]! + n[4]! + n[5]!;
  return orgs === n[6] && n[0]! + orgs === n[7] && orgs > 0 ? SUBTOTAL_COLUMNS : null;
}

/** Cut run-together rows; keep a cut only when the table's arithmetic admits exactly one. */
function solveRuns(runs: Array<{ row: RowRead; digits: string }>, rows: Map<RowId, RowCells>, report: RuleReporter): void {
  const options: Array<{ row: RowRead; cuts: number[][] }> = [];
  for (const run of runs) {
    const cuts = cutsOf(run.digits, run.row.markerTail === true);
    if (cuts === 'too-many' || cuts.length === 0) {
      report.warn(
        TABLE_CODES.runUnsplit,
        `${ROW_KEY(run.row.id)}: the digits ${run.digits} run together and ${cuts === 'too-many' ? 'admit too many cuts' : 'no cut into 7 cells sums to its 总计'}; left out`,
        spanOf([run.row.label, ...run.row.cells]),
      );
      continue;
    }
    options.push({ row: run.row, cuts });
  }
  if (options.length === 0) return;
  const fixed = new Map<RowId, number[]>();
  for (const [id, cells] of rows) {
    const vector = STANDARD_COLUMNS.map((c) => cells.get(c)?.value.value);
    if (vector.every((x) => x !== undefined)) fixed.set(id, vector as number[]);
  }
  const combos = options.reduce((n, o) => n * o.cuts.length, 1);
  const solutions: number[][][] = [];
  let complete = false;
  if (combos <= 50000) {
    const pick: number[][] = [];
    const walk = (i: number): void => {
      if (solutions.length > 64) return;
      if (i === options.length) {
        const all = new Map(fixed);
        options.forEach((o, k) => all.set(o.row.id, pick[k]!));
        if (consistent(all)) solutions.push([...pick]);
        return;
      }
      for (const cut of options[i]!.cuts) {
        pick.push(cut);
        walk(i + 1);
        pick.pop();
      }
    };
    walk(0);
    // Agreement means something only over every solution: a capped search would favour its first branches.
    complete = solutions.length <= 64;
  }
  options.forEach((option, k) => {
    const agreed = complete && solutions.length > 0 && solutions.every((s) => s[k]!.join() === solutions[0]![k]!.join());
    if (!agreed) {
      report.warn(
        TABLE_CODES.runUnsplit,
        `${ROW_KEY(option.row.id)}: the run-together digits ${option.row.cells[0]!.text} ${solutions.length === 0 ? 'fit no cut that keeps the table consistent' : 'can be cut in more than one consistent way'}; left out`,
        spanOf([option.row.label, ...option.row.cells]),
      );
      return;
    }
    const token = option.row.cells[0]!;
    const read: RowCells = new Map();
    solutions[0]![k]!.forEach((value, i) => read.set(STANDARD_COLUMNS[i]!, { token, value: { value, blank: false } }));
    rows.set(option.row.id, read);
  });
}

/** The table identities over full rows (only those whose rows are all present are checked). */
function consistent(rows: ReadonlyMap<RowId, number[]>): boolean {
  for (const [, v] of rows) {
    if (v.slice(0, 6).reduce((a, b) => a + b, 0) !== v[6]) return false;
  }
  const get = (id: RowId): number[] | undefined => rows.get(id);
  const received = get('received');
  const carriedOver = get('carriedOver');
  const total = get('total');
  const forward = get('carriedForward');
  for (let c = 0; c < 7; c++) {
    if (received && carriedOver && total && forward && received[c]! + carriedOver[c]! !== total[c]! + forward[c]!) return false;
  }
  const other: RowId[] = rows.has('other') ? ['other'] : ['noCorrection', 'unpaidFee', 'otherReason'];
  const parts = [...DISPOSITION_ROWS, ...other];
  if (total && parts.every((p) => rows.has(p))) {
    for (let c = 0; c < 7; c++) {
      if (parts.reduce((sum, p) => sum + rows.get(p)![c]!, 0) !== total[c]) return false;
    }
  }
  return true;
}

function emit(rows: Map<RowId, RowCells>, report: RuleReporter): RuleMatch[] {
  const out: RuleMatch[] = [];
  const totals = new Map<RowId, { value: number; span: Span }>();
  const groupHasRows = (rows.has('noCorrection') || rows.has('unpaidFee') || rows.has('otherReason'));
  for (const [id, cells] of rows) {
    const key = ROW_KEY(id);
    // A group total has no applicant split in the record (2021 其他处理 when its sub-rows are present).
    const plainOnly = id === 'other' && groupHasRows;
    if (!plainOnly) {
      for (const part of APPLICANT_PARTS) {
        const cell = cells.get(part);
        if (cell) out.push(cellMatch(`${key}@${SUFFIX[part]}`, cell));
      }
    }
    const total = cells.get('total');
    if (!total) continue;
    const parts = APPLICANT_PARTS.map((p) => cells.get(p));
    if (total.value.blank && parts.every((p) => p !== undefined) && parts.some((p) => p!.value.value !== 0)) {
      const sum = parts.reduce((s, p) => s + p!.value.value, 0);
      report.warn(TABLE_CODES.blankTotal, `${key}: the 总计 cell is blank while its parts sum to ${sum}; reported as ${sum}`, total.token, {
        actual: '',
        expected: [String(sum)],
      });
      out.push(derivedMatch(key, sum, parts.map((p) => p!.token)));
      totals.set(id, { value: sum, span: total.token });
    } else {
      out.push(cellMatch(key, total));
      totals.set(id, { value: total.value.value, span: total.token });
    }
  }
  for (const [group, spec] of Object.entries(APPLICATION_GROUPS) as Array<[GroupId, { key: string; rows: readonly string[] }]>) {
    if (group === 'other' && (rows.has('other') || !groupHasRows)) continue;
    const subs = spec.rows.map((r) => totals.get(r as RowId));
    if (subs.some((s) => s === undefined)) continue;
    const sum = subs.reduce((s, x) => s + x!.value, 0);
    out.push(derivedMatch(spec.key, sum, subs.map((s) => s!.span)));
  }
  return out;
}
