/**
 * 表三's rows in the token stream: each row label (with the group context a flattened table carries forward) and
 * the value tokens after it, per table instance (a document may hold the table twice, e.g. page and attachment).
 * Also the flat header order of the applicant columns, when a header line names them one per cell.
 */
import type { Span } from '../../engine/finding.js';
import type { Token } from '../shared/cell-tokens.js';
import {
  APPLICANT_HEADER_LABELS,
  APPLICATION_ROWS,
  type ApplicantColumn,
  type GroupId,
  type LabelId,
  applicantColumnOf,
  groupOf,
  labelsAt,
  trailingLabelsOf,
  subRowByNumber,
} from './labels.js';

/** A row id: a key of APPLICATION_ROWS, or `otherReason` (其他, under 其他处理). */
export type RowId = LabelId | 'otherReason';

/** The record key of a row. */
export const ROW_KEY = (id: RowId): string => (id === 'otherReason' ? 'dispositions.other.otherReason' : APPLICATION_ROWS.get(id)!);

export interface RowRead {
  readonly id: RowId;
  readonly label: Span;
  /** The physical row the label ends on (moves on when the label wraps onto the next line, before any cell). */
  labelRow: number;
  readonly cells: Token[];
  /** A cell stands on the label's own row (set as cells are taken: the row then ends at the next line). */
  inline: boolean;
  /** The next label's list marker (`2.`) was run into this row's digits (`…1292.其他法律…`). */
  markerTail: boolean;
  /** The next label opened with a list marker right after this row's last number (`0 0 0 0 0 0 12.其他…`). */
  markerDigits: string | undefined;
}

export interface Instance {
  readonly rows: RowRead[];
  hasSubtotal: boolean;
  /** A flat header line naming every value column, in its own order (`| | 自然人 | 商业企业 | … | 总计 |`). */
  order: ApplicantColumn[] | undefined;
}

// One factory per kind, every field set: the readers of rows and instances see one map each.
const newInstance = (): Instance => ({ rows: [], hasSubtotal: false, order: undefined });
const newRow = (id: RowId, token: Token): RowRead => ({
  id,
  label: { start: token.start, end: token.end },
  labelRow: token.row,
  cells: [],
  inline: false,
  markerTail: false,
  markerDigits: undefined,
});

/** What a scan of a token stream finds: the table instances, and the rows it left out or read by their number. */
export interface Scan {
  readonly instances: readonly Instance[];
  /** Short labels with figures inside the table that are no row of the template. */
  readonly unmapped: readonly Token[];
  /** Garbled sub-row labels read as the sub-row their list number names. */
  readonly renamed: readonly Token[];
}

// The table rule and the processed-with-table refiner both ask: the document's tokens are scanned once.
const scans = new WeakMap<readonly Token[], Scan>();

/** The scan of a document's token stream (cached per stream). */
export function scanOf(tokens: readonly Token[]): Scan {
  let found = scans.get(tokens);
  if (!found) {
    const unmapped: Token[] = [];
    const renamed: Token[] = [];
    found = { instances: scan(tokens, unmapped, renamed), unmapped, renamed };
    scans.set(tokens, found);
  }
  return found;
}

/** A list marker's end (`.`, `、`, `．`) opening a text: the tail of the previous row's marker. */
function opensWithMarkerEnd(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x2e || c === 0x3001 || c === 0xff0e;
}

/** Scan the token stream into table instances (a document may hold the table twice, e.g. page and attachment). */
function scan(tokens: readonly Token[], unmapped: Token[], renamed: Token[]): Instance[] {
  const instances: Instance[] = [];
  const labelsOf = trailingLabelsOf(tokens);
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
    else if (nested) instance.order = undefined;
  };
  let instance: Instance = newInstance();
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
    instance = newInstance();
    phase = 'none';
    group = null;
  };
  const openRow = (id: RowId, token: Token): void => {
    close();
    open = newRow(id, token);
  };

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const current = open as RowRead | null;
    if (current && token.row !== current.labelRow) {
      const full = current.cells.length >= expected;
      const grid = current.cells.length > 0 && current.cells[0]!.grid !== undefined;
      if (current.inline || full || grid) close();
    }
    if (token.kind !== 'text') {
      if (open) {
        const row = open as RowRead;
        row.cells.push(token);
        if (token.row === row.labelRow) row.inline = true;
      }
      else if (unknown && token.kind === 'number' && token.row === unknown.row) {
        unmapped.push(unknown);
        unknown = null;
      }
      continue;
    }
    unknown = null;
    const openRow_ = open as RowRead | null;
    const lastCell = openRow_?.cells[openRow_.cells.length - 1];
    if (openRow_ && lastCell?.kind === 'number' && lastCell.row === token.row) {
      if (opensWithMarkerEnd(token.text)) openRow_.markerTail = true;
      else if (token.marker) openRow_.markerDigits = token.marker;
    }
    const labels = labelsAt(tokens, labelsOf, t);
    if (labels === null) {
      // The rest of a label wrapped onto the next line (…重新出具已获 | 取信息 0 0 0 …): the row goes on.
      const waiting = open as RowRead | null;
      if (waiting && waiting.cells.length === 0 && token.text.length <= 16 && !/\d/u.test(token.text)) {
        waiting.labelRow = token.row;
        continue;
      }
      close();
      // A sub-row whose label the source garbled, named by its list number (2.其他法律行政止公开).
      // The group is the open one, or that of the last row read (a PDF layout may print a group label out of order).
      let garbled: LabelId | null = null;
      if (phase === 'data') {
        const lastRow = instance.rows[instance.rows.length - 1];
        const subGroup = group !== null && group !== 'results' ? group : lastRow ? groupOf(lastRow.id) : undefined;
        if (subGroup) garbled = subRowByNumber(token.text, subGroup);
      }
      if (garbled && !instance.rows.some((r) => r.id === garbled)) {
        openRow(garbled, token);
        renamed.push(token);
        continue;
      }
      // A short label with figures inside the table is a row the template does not have.
      if (phase === 'data' && token.text.length <= 30) unknown = token;
      continue;
    }
    for (let l = 0; l < labels.length; l++) {
      const id = labels[l]!.id;
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

/** A 表三 is present when some instance has at least three of its rows (read or not). */
export function hasApplicationsTable(tokens: readonly Token[]): boolean {
  return scanOf(tokens).instances.some((instance) => instance.rows.length >= 3);
}
