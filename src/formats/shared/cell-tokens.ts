/**
 * Every way a table reaches us, reduced to one stream of cell tokens: text (a label), number, or blank.
 * Grid tables (HTML, pipes, tabs) give one token run per grid cell with its column; plain lines are split at pipes,
 * tabs and runs of spaces, and inside a cell at the boundary between words and numbers, so one reader serves
 * pipe rows, aligned `-layout` text, one-cell-per-line dumps, bare number lines and run-together `textContent`.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Span } from '../../engine/finding.js';
import { foldChar, foldsToItself } from '../../text/normalize.js';
import { type Line, sliceLine, sourceEnd, sourceStart } from '../../tree/lines.js';
import type { Cell, Table, TreeItem } from '../../tree/types.js';

export interface GridRef {
  readonly table: Table;
  readonly row: number;
  readonly column: number;
}

export interface Token extends Span {
  readonly kind: 'text' | 'number' | 'blank';
  /** text: folded, without white space; number: folded as written (`1,234`, `+3`, `160.5964万元`); blank: as written. */
  readonly text: string;
  /** Physical row: a source line or a grid row (increasing in reading order). */
  readonly row: number;
  readonly grid?: GridRef;
  /** A number written straight after text, with no separator (a candidate run of run-together cells). */
  readonly glued: boolean;
  /** The bytes of the cell were read by position in a one-cell-per-line dump (`58 |`). */
  readonly pipeCell?: boolean;
  /** Index of the cell within its line (split at pipes, tabs and runs of spaces); for grid tokens, the column. */
  readonly cell: number;
  /**
   * text: the digits of the list marker it opens with (`2.其他…`) when a number came right before it in the cell —
   * the marker may hold that row's last cell (`0 0 0 0 0 0 12.其他` is 1 and marker 2, or 0 and marker 12).
   */
  readonly marker?: string;
}

// A table line is short; longer lines are prose unless they hold run-together table text (label anchors).
const MAX_TABLE_LINE = 240;
const RUN_ANCHORS = /本年新收|上年结转|本年度办理结果|行政复议|结果维持|第二十条|信息内容/u;
const PLACEHOLDER = /^(?:[/／\\\-－—–―‐~～]{1,3}|无)$/u;
const NUMBER = /[+\-]{0,2}\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元|万|件|条|个|项|笔|批|家)?/y;
const NOT_AFTER_NUMBER = /[年月日号%时分秒\dA-Za-z]/u;
const MARKER_END = /[.、．]/u;

/**
 * A cell's text folded per character, with the index of each folded character in the cell (`map` null when every
 * character stays at its index: most cells are plain digits and CJK, or change one character for one).
 */
function fold(value: string): { text: string; map: number[] | null } {
  let i = 0;
  while (i < value.length && foldsToItself(value.charCodeAt(i))) i++;
  if (i === value.length) return { text: value, map: null };
  // Most changes are one character for one (full-width forms, Traditional characters): every index stays where it
  // was, so the text is built from slices and needs no map. Anything else (a surrogate pair, a dropped character)
  // takes the mapped way.
  let text = '';
  let from = 0;
  for (; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (foldsToItself(code)) continue;
    if (code >= 0xd800 && code <= 0xdfff) return foldMapped(value);
    const folded = foldChar(value[i]!);
    if (folded.length !== 1) return foldMapped(value);
    text += value.slice(from, i) + folded;
    from = i + 1;
  }
  return { text: text + value.slice(from), map: null };
}

/** `fold` with the index of each folded character in the cell. */
function foldMapped(value: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  // Characters that fold to themselves are copied in runs (a slice), the others one by one.
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (foldsToItself(code)) {
      map.push(i);
      continue;
    }
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < value.length ? value.slice(i, i + 2) : value[i]!;
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) map.push(i);
    text += value.slice(from, i) + folded;
    i += ch.length - 1;
    from = i + 1;
  }
  return { text: text + value.slice(from), map };
}

interface Emit {
  (token: Token): void;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Tokens of one cell (a slice of a line, or a grid cell). */
function tokenizeCell(cell: Line, row: number, index: number, emit: Emit, grid?: GridRef, explicitBlank = false, pipeCell = false): void {
  const { text, map } = fold(cell.value);
  const trimmed = text.trim();
  // One token shape for every token (fields in one order, optional ones last): a table cell costs one object.
  const token = (kind: Token['kind'], value: string, start: number, end: number, glued: boolean, marker?: string): Token => {
    const t: { -readonly [K in keyof Token]: Token[K] } = { kind, text: value, start, end, glued, row, cell: index };
    if (grid) t.grid = grid;
    if (pipeCell) t.pipeCell = pipeCell;
    if (marker) t.marker = marker;
    return t;
  };
  const startOf = (a: number): number => sourceStart(cell, map ? map[a]! : a);
  const endOf = (b: number): number => sourceEnd(cell, (map ? map[b - 1]! : b - 1) + 1);
  if (trimmed.length === 0) {
    if (explicitBlank) emit(token('blank', '', cell.start, cell.end, false));
    return;
  }
  if (PLACEHOLDER.test(trimmed)) {
    const a = text.indexOf(trimmed[0]!);
    emit(token('blank', trimmed, startOf(a), endOf(a + trimmed.length), false));
    return;
  }
  let i = 0;
  let textStart = -1;
  let textEnd = -1;
  let lastWasText = false;
  let lastWasNumber = false;
  let spaceSince = true;
  let marker: string | undefined;
  const flushText = (): void => {
    if (textStart < 0) return;
    // The label's words: every character from its start to its end but the spaces between them.
    const slice = text.slice(textStart, textEnd);
    const words = slice.includes(' ') ? slice.replace(/ /g, '') : slice;
    emit(token('text', words, startOf(textStart), endOf(textEnd), false, marker));
    textStart = -1;
    marker = undefined;
    lastWasText = true;
    lastWasNumber = false;
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      spaceSince = true;
      i++;
      continue;
    }
    if (code === 0x28) {
      // A parenthetical belongs to the label around it, digits and all (指2019年事项数, 单位:万元, 1).
      const close = text.indexOf(')', i);
      const end = close > i && close - i <= 80 ? close + 1 : i + 1;
      if (textStart < 0) textStart = i;
      textEnd = end;
      i = end;
      spaceSince = false;
      continue;
    }
    let m: RegExpExecArray | null = null;
    if (isDigit(code) || code === 0x2b || code === 0x2d) {
      NUMBER.lastIndex = i;
      m = NUMBER.exec(text);
    }
    if (m && /\d/.test(m[0])) {
      const end = i + m[0].length;
      const next = text[end] ?? '';
      const isMarker = MARKER_END.test(next) && !isDigit(text.charCodeAt(end + 1)) && /^\d{1,2}$/.test(m[0]);
      if (!isMarker && !NOT_AFTER_NUMBER.test(next)) {
        const glued = lastWasText && textStart >= 0 && !spaceSince;
        flushText();
        emit(token('number', m[0], startOf(i), endOf(end), glued));
        lastWasText = false;
        lastWasNumber = true;
        spaceSince = false;
        i = end;
        continue;
      }
      // Not a cell value (a year, a list marker, part of a word): the whole digit run joins the text.
      if (textStart < 0) {
        textStart = i;
        if (isMarker && lastWasNumber) marker = m[0];
      }
      const stop = isMarker ? end + 1 : end;
      textEnd = stop;
      i = stop;
      spaceSince = false;
      continue;
    }
    if (textStart < 0) {
      textStart = i;
      lastWasText = false;
    }
    textEnd = i + 1;
    spaceSince = false;
    i++;
    // Text that follows a number is a new text token; text after text (even past a space) is one label.
    lastWasText = true;
  }
  flushText();
}

// A line with pipes is split at its pipes only, one with tabs at its tabs; otherwise at runs of spaces.
const PIPE_SPLIT = /[|｜]/gu;
const TAB_SPLIT = /\t/gu;
const SPACE_SPLIT = /[ \u00a0\u3000]{2,}/gu;

/** Split a plain line into cells at pipes, tabs and runs of spaces; pipe/tab gaps are explicit blank cells. */
function tokenizeLine(line: Line, row: number, emit: Emit, pipeCells: boolean): void {
  const value = line.value;
  const hasPipe = /[|｜]/u.test(value);
  if (hasPipe && /^[\s|｜]*$/u.test(value)) {
    // `|` alone is an empty cell in a one-cell-per-line dump; `|||` is span debris.
    if (pipeCells && value.replace(/[^|｜]/gu, '').length === 1) {
      emit({ kind: 'blank', text: '', start: line.start, end: line.end, row, cell: 0, glued: false, pipeCell: true });
    }
    return;
  }
  const pieces: Array<{ from: number; to: number; explicit: boolean }> = [];
  let from = 0;
  const split = hasPipe ? PIPE_SPLIT : value.includes('\t') ? TAB_SPLIT : SPACE_SPLIT;
  split.lastIndex = 0;
  for (let m = split.exec(value); m; m = split.exec(value)) {
    pieces.push({ from, to: m.index, explicit: split !== SPACE_SPLIT });
    from = m.index + m[0].length;
  }
  pieces.push({ from, to: value.length, explicit: false });
  // `| a | b |`: nothing before the first pipe or after the last one is a cell.
  if (hasPipe) {
    const first = pieces[0];
    if (first && value.slice(first.from, first.to).trim() === '' && /^\s*[|｜]/u.test(value)) pieces.shift();
    const last = pieces[pieces.length - 1];
    if (last && value.slice(last.from, last.to).trim() === '' && /[|｜]\s*$/u.test(value)) pieces.pop();
  }
  const pipeCell = pipeCells && hasPipe && pieces.length === 1;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const explicit = piece.explicit || (p > 0 && pieces[p - 1]!.explicit);
    tokenizeCell(sliceLine(line, piece.from, piece.to), row, p, emit, undefined, explicit, pipeCell);
  }
}

function cellLine(cell: Cell): Line {
  return {
    value: cell.value,
    start: cell.position.start.offset ?? 0,
    end: cell.position.end.offset ?? 0,
    ...(cell.offsets ? { offsets: cell.offsets } : {}),
  };
}

// Page furniture that PDF text puts inside tables: `- 13 -`, `第 3 页`, `P. 9`, `Page 9 - 2020年报`, `3/10`.
const PAGE_FURNITURE = /^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|P\.\s*\d{1,4}|Page\s+\d{1,4}(?:\s+-.*)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/u;

function worthReading(value: string): boolean {
  if (value.length === 0 || PAGE_FURNITURE.test(value)) return false;
  // A sentence of prose is not a table row (labels and cells carry no 。), unless a whole page ran into one line.
  if (value.length > 60 && value.includes('。') && !RUN_ANCHORS.test(value)) return false;
  if (value.length <= MAX_TABLE_LINE) return true;
  return RUN_ANCHORS.test(value) && /\d{7}/.test(value);
}

/**
 * `text |`: one pipe, at the end (white space after it allowed). A loop, not /^[^|]+[|]\s*$/: a greedy class over a
 * line of millions of characters overflows the regex backtrack stack.
 */
function endsWithOnlyPipe(value: string): boolean {
  const text = value.trimEnd();
  const last = text.length - 1;
  if (last < 1 || (text[last] !== '|' && text[last] !== '｜')) return false;
  for (let i = 0; i < last; i++) if (text[i] === '|' || text[i] === '｜') return false;
  return true;
}

/** One-cell-per-line dumps end each cell with ` |`; then a bare `|` line is an empty cell. */
function usesPipeCells(items: readonly TreeItem[]): boolean {
  let terminated = 0;
  for (const item of items) {
    if (item.kind === 'line' && endsWithOnlyPipe(item.line.value)) terminated++;
    if (terminated >= 5) return true;
  }
  return false;
}

const cache = new WeakMap<DocumentView, Token[]>();

/** The document's cell tokens in reading order (cached per document). */
export function tokensOf(doc: DocumentView): Token[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const tokens: Token[] = [];
  const budget = doc.tree.data?.budget;
  const emit: Emit = (t) => {
    if (!budget || budget.take('tokens')) tokens.push(t);
  };
  const items = doc.tree.data?.items ?? [];
  const pipeCells = usesPipeCells(items);
  let row = 0;
  for (const item of items) {
    if (item.kind === 'break' || item.kind === 'field') continue;
    if (item.kind === 'line') {
      if (worthReading(item.line.value)) tokenizeLine(item.line, row, emit, pipeCells);
      row++;
      continue;
    }
    const table = item.table;
    for (const gridRow of table.children) {
      for (const cell of gridRow.children) {
        if (cell.spanOf) continue;
        tokenizeCell(cellLine(cell), row, cell.column, emit, { table, row: cell.row, column: cell.column }, true);
      }
      row++;
    }
  }
  cache.set(doc, tokens);
  return tokens;
}

/** Grid header texts by column: for each column, the folded texts of the header rows above `beforeRow`, top first. */
export function gridHeaders(table: Table, fromRow: number, beforeRow: number): Map<number, string[]> {
  const headers = new Map<number, string[]>();
  // Rows are in grid order: start at the first row of the range and stop after it, so a reader asking for the
  // header of each of N rows costs the rows it asks for, not N each time.
  const rows = table.children;
  const rowOf = (i: number): number => rows[i]!.children[0]?.row ?? 0;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rowOf(mid) < fromRow) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < rows.length; i++) {
    const row = rows[i]!;
    const r = rowOf(i);
    if (r >= beforeRow) break;
    for (const cell of row.children) {
      const text = fold(cell.value).text.replace(/ /g, '');
      if (text.length === 0) continue;
      const list = headers.get(cell.column) ?? [];
      if (list[list.length - 1] !== text) list.push(text);
      headers.set(cell.column, list);
    }
  }
  return headers;
}
