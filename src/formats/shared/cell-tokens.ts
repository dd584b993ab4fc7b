/**
 * Every way a table reaches us, reduced to one stream of cell tokens: text (a label), number, or blank.
 * Grid tables (HTML, pipes, tabs) give one token run per grid cell with its column; plain lines are split at pipes,
 * tabs and runs of spaces, and inside a cell at the boundary between words and numbers, so one reader serves
 * pipe rows, aligned `-layout` text, one-cell-per-line dumps, bare number lines and run-together `textContent`.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Span } from '../../engine/finding.js';
import { foldChar } from '../../text/normalize.js';
import { type Line, blankBetween, isWhiteSpace, sourceEnd, sourceStart } from '../../tree/lines.js';
import type { Cell, Table, TreeItem } from '../../tree/types.js';
import { unitsToString } from '../../text/utf16.js';

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
  readonly grid: GridRef | undefined;
  /** A number written straight after text, with no separator (a candidate run of run-together cells). */
  readonly glued: boolean;
  /** The bytes of the cell were read by position in a one-cell-per-line dump (`58 |`). */
  readonly pipeCell: boolean;
  /** Index of the cell within its line (split at pipes, tabs and runs of spaces); for grid tokens, the column. */
  readonly cell: number;
  /**
   * text: the digits of the list marker it opens with (`2.其他…`) when a number came right before it in the cell —
   * the marker may hold that row's last cell (`0 0 0 0 0 0 12.其他` is 1 and marker 2, or 0 and marker 12).
   */
  readonly marker: string | undefined;
}

// A table line is short; longer lines are prose unless they hold run-together table text (label anchors).
const MAX_TABLE_LINE = 240;
const RUN_ANCHORS = /本年新收|上年结转|本年度办理结果|行政复议|结果维持|第二十条|信息内容/u;

// What `foldChar` makes of each UTF-16 unit outside the surrogates, looked up once per unit (it is a pure function
// of the character; some characters take NFKC): the unit itself, another unit, dropped, or several units.
const UNSEEN = -3;
const DROPPED = -1;
const SEVERAL = -2;
// Surrogates are SEVERAL from the start: a pair is folded as one character.
const FOLD_TABLE: Int32Array = new Int32Array(0x10000).fill(UNSEEN).fill(SEVERAL, 0xd800, 0xe000);

/** What `foldChar` makes of a unit not looked up before (then kept in FOLD_TABLE). */
function learnUnit(code: number): number {
  const folded = foldChar(String.fromCharCode(code));
  const to = folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? DROPPED : SEVERAL;
  FOLD_TABLE[code] = to;
  return to;
}

/**
 * The folded units of the cell being read and, once some character does not fold one for one, the index in the cell
 * of each unit's character. One pair of buffers serves every cell (grown by doubling): reading a cell allocates only
 * its folded string and its tokens.
 */
let foldCodes = new Uint16Array(1024);
let foldMap = new Int32Array(1024);

function reserve(size: number): void {
  if (size <= foldCodes.length) return;
  let capacity = foldCodes.length;
  while (capacity < size) capacity *= 2;
  const codes = new Uint16Array(capacity);
  codes.set(foldCodes);
  const map = new Int32Array(capacity);
  map.set(foldMap);
  foldCodes = codes;
  foldMap = map;
}

/** The result of `foldInto`: the folded length, and whether `foldMap` holds the indices (else unit k is character k). */
const folded = { length: 0, mapped: false, changed: false, surrogates: false };

/**
 * Fold `value[from, to)` per character (`foldChar`) into `foldCodes`: full-width forms, Traditional characters, quotes
 * dropped, NFKC for the rest. A pair of surrogates (or a unit that folds to several) is folded as one character.
 * `foldMap` holds indices into the range (0 is `from`): a cell of a line is folded where it lies, not sliced first.
 */
function foldInto(value: string, from: number, to: number): void {
  reserve(to - from + 16);
  // Locals, not the module's bindings, in the loop (a module `let` is a context load per use).
  let codes = foldCodes;
  let indices = foldMap;
  const table = FOLD_TABLE;
  let k = 0;
  let mapped = false;
  let changed = false;
  let surrogates = false;
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i);
    let unit = table[code]!;
    if (unit === UNSEEN) unit = learnUnit(code);
    if (unit >= 0) {
      if (unit !== code) changed = true;
      if (mapped) indices[k] = i - from;
      codes[k++] = unit;
      continue;
    }
    if (!mapped) {
      mapped = true;
      for (let j = 0; j < k; j++) indices[j] = j;
    }
    changed = true;
    if (unit === DROPPED) continue;
    surrogates = true;
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? value.slice(i, i + 2) : value[i]!;
    const several = foldChar(ch);
    reserve(k + several.length + (to - i) + 16);
    codes = foldCodes;
    indices = foldMap;
    for (let c = 0; c < several.length; c++) {
      indices[k] = i - from;
      codes[k++] = several.charCodeAt(c);
    }
    i += ch.length - 1;
  }
  folded.length = k;
  folded.mapped = mapped;
  folded.changed = changed;
  folded.surrogates = surrogates;
}

/**
 * The folded units as a string (`value` itself when folding changed nothing). The native decode would replace a lone
 * surrogate, so text that had surrogates (or folds to several units, which NFKC may make a pair of) is not given it.
 */
function foldedText(value: string): string {
  if (!folded.changed) return value;
  return unitsToString(foldCodes, 0, folded.length, !folded.surrogates);
}

/** A cell's text folded per character (for header cells, read as labels). */
function fold(value: string): string {
  foldInto(value, 0, value.length);
  return foldedText(value);
}

interface Emit {
  (token: Token): void;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A unit `tokenizeCell` reads as a word: no space, `(`, digit or sign. */
const isPlainText = (c: number): boolean => c !== 0x20 && c !== 0x28 && c !== 0x2b && c !== 0x2d && !isDigit(c);

/**
 * Where a cell value starting at `i` ends, or -1: what /[+\-]{0,2}\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元|万|件|条|个|项|笔|批|家)?/y
 * matches, scanned by char code (it runs at every digit of every table line). `codes` ends in zeros.
 */
function numberEnd(codes: Uint16Array, i: number): number {
  let j = i;
  for (let signs = 0; signs < 2; signs++) {
    const c = codes[j]!;
    if (c !== 0x2b && c !== 0x2d) break;
    j++;
  }
  if (!isDigit(codes[j]!)) return -1;
  while (isDigit(codes[j]!)) j++;
  while (codes[j] === 0x2c && isDigit(codes[j + 1]!) && isDigit(codes[j + 2]!) && isDigit(codes[j + 3]!)) j += 4;
  if (codes[j] === 0x2e && isDigit(codes[j + 1]!)) {
    j += 2;
    while (isDigit(codes[j]!)) j++;
  }
  switch (codes[j]) {
    case 0x4e07: // 万, 万元
      return codes[j + 1] === 0x5143 ? j + 2 : j + 1;
    case 0x5143: // 元
    case 0x4ef6: // 件
    case 0x6761: // 条
    case 0x4e2a: // 个
    case 0x9879: // 项
    case 0x7b14: // 笔
    case 0x6279: // 批
    case 0x5bb6: // 家
      return j + 1;
    default:
      return j;
  }
}

/** A list marker ends with one of [.、．]. */
const isMarkerEnd = (c: number): boolean => c === 0x2e || c === 0x3001 || c === 0xff0e;

/** What may not follow a cell value: [年月日号%时分秒\dA-Za-z] (a date, a percentage, a code). */
function notAfterNumber(c: number): boolean {
  if (c < 0x80) return c === 0x25 || isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  switch (c) {
    case 0x5e74: // 年
    case 0x6708: // 月
    case 0x65e5: // 日
    case 0x53f7: // 号
    case 0x65f6: // 时
    case 0x5206: // 分
    case 0x79d2: // 秒
      return true;
    default:
      return false;
  }
}

/**
 * One token shape for every token (every field set, in one order): a table cell costs one object, and the readers'
 * property reads see one map.
 */
function makeToken(
  kind: Token['kind'],
  text: string,
  start: number,
  end: number,
  glued: boolean,
  row: number,
  cell: number,
  grid: GridRef | undefined,
  pipeCell: boolean,
  marker: string | undefined,
): Token {
  return { kind, text, start, end, glued, row, cell, grid, pipeCell, marker: marker || undefined };
}

/** A token of the same cell at another place, with other text (a cell cut out of run-together digits). */
export function placed(token: Token, text: string, start: number, end: number): Token {
  return makeToken(token.kind, text, start, end, token.glued, token.row, token.cell, token.grid, token.pipeCell, token.marker);
}

/** Source offset of the folded character `a` of the cell at `from` in `line`. */
const startIn = (line: Line, from: number, map: Int32Array | null, a: number): number => sourceStart(line, from + (map ? map[a]! : a));
/** Source offset just past the folded character `b - 1` of the cell at `from` in `line`. */
const endIn = (line: Line, from: number, map: Int32Array | null, b: number): number => sourceEnd(line, from + (map ? map[b - 1]! : b - 1) + 1);

/** The first `)` within 80 characters after `i`, or -1 (a parenthetical is short; no search to the end of a page). */
function closeWithin(codes: Uint16Array, n: number, i: number): number {
  const last = Math.min(n - 1, i + 80);
  for (let k = i + 1; k <= last; k++) if (codes[k] === 0x29) return k;
  return -1;
}

/** What /^(?:[/／\\\-－—–―‐~～]{1,3}|无)$/ matches: a placeholder for an empty cell, over folded units [a, b). */
function isPlaceholder(codes: Uint16Array, a: number, b: number): boolean {
  if (b - a === 1 && codes[a] === 0x65e0) return true; // 无
  if (b - a < 1 || b - a > 3) return false;
  for (let k = a; k < b; k++) {
    switch (codes[k]) {
      case 0x2f: case 0xff0f: case 0x5c: case 0x2d: case 0xff0d: case 0x2014: case 0x2013: case 0x2015: case 0x2010: case 0x7e: case 0xff5e:
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * Tokens of one cell: `line.value[from, to)` (a piece of a line, or a whole grid cell). The folded text is read in
 * place: when folding changed nothing, token texts are slices of the line itself (no copy of the cell first).
 */
function tokenizeCell(
  line: Line,
  from: number,
  to: number,
  row: number,
  index: number,
  emit: Emit,
  grid: GridRef | undefined,
  explicitBlank: boolean,
  pipeCell: boolean,
): void {
  foldInto(line.value, from, to);
  const n = folded.length;
  const codes = foldCodes;
  const map = folded.mapped ? foldMap : null;
  let first = 0;
  while (first < n && isWhiteSpace(codes[first]!)) first++;
  if (first === n) {
    if (explicitBlank) emit(makeToken('blank', '', sourceStart(line, from), sourceEnd(line, to), false, row, index, grid, pipeCell, undefined));
    return;
  }
  // Past the end, zeros: no digit, sign, marker or unit (a lookahead reads up to four units on).
  for (let k = n; k < n + 5; k++) codes[k] = 0;
  // Token texts are `text.slice(base + a, base + b)` for folded units [a, b).
  const text = foldedText(line.value);
  const base = folded.changed ? 0 : from;
  let last = n;
  while (isWhiteSpace(codes[last - 1]!)) last--;
  if (isPlaceholder(codes, first, last)) {
    const trimmed = text.slice(base + first, base + last);
    emit(makeToken('blank', trimmed, startIn(line, from, map, first), endIn(line, from, map, last), false, row, index, grid, pipeCell, undefined));
    return;
  }
  let i = 0;
  let textStart = -1;
  let textEnd = -1;
  let lastWasText = false;
  let lastWasNumber = false;
  let spaceSince = true;
  let marker: string | undefined;
  while (i < n) {
    const code = codes[i]!;
    if (code === 0x20) {
      spaceSince = true;
      i++;
      continue;
    }
    if (code === 0x28) {
      // A parenthetical belongs to the label around it, digits and all (指2019年事项数, 单位:万元, 1).
      const close = closeWithin(codes, n, i);
      const end = close > i ? close + 1 : i + 1;
      if (textStart < 0) textStart = i;
      textEnd = end;
      i = end;
      spaceSince = false;
      continue;
    }
    const end = isDigit(code) || code === 0x2b || code === 0x2d ? numberEnd(codes, i) : -1;
    if (end >= 0) {
      const next = codes[end]!;
      const isMarker = isMarkerEnd(next) && !isDigit(codes[end + 1]!) && isDigit(code) && end - i <= 2 && (end - i === 1 || isDigit(codes[i + 1]!));
      if (!isMarker && !notAfterNumber(next)) {
        const glued = lastWasText && textStart >= 0 && !spaceSince;
        if (textStart >= 0) {
          emitText(text, base, textStart, textEnd, line, from, map, row, index, grid, pipeCell, marker, emit);
          textStart = -1;
          marker = undefined;
        }
        const value = text.slice(base + i, base + end);
        emit(makeToken('number', value, startIn(line, from, map, i), endIn(line, from, map, end), glued, row, index, grid, pipeCell, undefined));
        lastWasText = false;
        lastWasNumber = true;
        spaceSince = false;
        i = end;
        continue;
      }
      // Not a cell value (a year, a list marker, part of a word): the whole digit run joins the text.
      if (textStart < 0) {
        textStart = i;
        if (isMarker && lastWasNumber) marker = text.slice(base + i, base + end);
      }
      const stop = isMarker ? end + 1 : end;
      textEnd = stop;
      i = stop;
      spaceSince = false;
      continue;
    }
    // Text that follows a number is a new text token; text after text (even past a space) is one label. The run of
    // such units is taken in one go (most of a cell's units are words).
    if (textStart < 0) textStart = i;
    i++;
    while (i < n && isPlainText(codes[i]!)) i++;
    textEnd = i;
    spaceSince = false;
    lastWasText = true;
  }
  if (textStart >= 0) emitText(text, base, textStart, textEnd, line, from, map, row, index, grid, pipeCell, marker, emit);
}

/** A text token: the label's words, every character from its start to its end but the spaces between them. */
function emitText(
  text: string,
  base: number,
  a: number,
  b: number,
  line: Line,
  from: number,
  map: Int32Array | null,
  row: number,
  index: number,
  grid: GridRef | undefined,
  pipeCell: boolean,
  marker: string | undefined,
  emit: Emit,
): void {
  const slice = text.slice(base + a, base + b);
  const words = slice.includes(' ') ? slice.replace(/ /g, '') : slice;
  emit(makeToken('text', words, startIn(line, from, map, a), endIn(line, from, map, b), false, row, index, grid, pipeCell, marker));
}

const isPipe = (c: number): boolean => c === 0x7c || c === 0xff5c;
// What splits a line without pipes or tabs: a run of two or more spaces.
const SPACE_SPLIT = /[ \u00a0\u3000]{2,}/gu;

/**
 * The cells of the line being split: [cellFrom[k], cellTo[k]) and whether a pipe or tab bounds it, reused from line
 * to line (grown by doubling): splitting a line allocates nothing.
 */
let cellFrom = new Int32Array(64);
let cellTo = new Int32Array(64);
let cellExplicit = new Uint8Array(64);
let cellCount = 0;

function pushCell(from: number, to: number, explicit: boolean): void {
  if (cellCount === cellFrom.length) {
    const size = cellCount * 2;
    const nextFrom = new Int32Array(size);
    nextFrom.set(cellFrom);
    cellFrom = nextFrom;
    const nextTo = new Int32Array(size);
    nextTo.set(cellTo);
    cellTo = nextTo;
    const nextExplicit = new Uint8Array(size);
    nextExplicit.set(cellExplicit);
    cellExplicit = nextExplicit;
  }
  cellFrom[cellCount] = from;
  cellTo[cellCount] = to;
  cellExplicit[cellCount] = explicit ? 1 : 0;
  cellCount++;
}

/**
 * Split a plain line into cells: a line with pipes at its pipes only, one with tabs at its tabs, otherwise at runs
 * of two or more spaces; pipe/tab gaps are explicit blank cells.
 */
function tokenizeLine(line: Line, row: number, emit: Emit, pipeCells: boolean): void {
  const value = line.value;
  const length = value.length;
  // Native searches first: most lines have no pipe and no tab, and a run-together page is thousands of units long.
  const hasPipe = value.indexOf('|') >= 0 || value.indexOf('｜') >= 0;
  cellCount = 0;
  let from = 0;
  if (hasPipe) {
    let pipes = 0;
    let onlyPipesAndSpace = true;
    for (let k = 0; k < length; k++) {
      const c = value.charCodeAt(k);
      if (isPipe(c)) {
        pipes++;
        pushCell(from, k, true);
        from = k + 1;
      } else if (onlyPipesAndSpace && !isWhiteSpace(c)) onlyPipesAndSpace = false;
    }
    if (onlyPipesAndSpace) {
      // `|` alone is an empty cell in a one-cell-per-line dump; `|||` is span debris.
      if (pipeCells && pipes === 1) emit(makeToken('blank', '', line.start, line.end, false, row, 0, undefined, true, undefined));
      return;
    }
  } else if (value.indexOf('\t') >= 0) {
    for (let k = value.indexOf('\t'); k >= 0; k = value.indexOf('\t', k + 1)) {
      pushCell(from, k, true);
      from = k + 1;
    }
  } else {
    SPACE_SPLIT.lastIndex = 0;
    for (let m = SPACE_SPLIT.exec(value); m; m = SPACE_SPLIT.exec(value)) {
      pushCell(from, m.index, false);
      from = m.index + m[0].length;
    }
  }
  pushCell(from, length, false);
  // `| a | b |`: nothing before the first pipe or after the last one is a cell.
  let firstCell = 0;
  let endCell = cellCount;
  if (hasPipe) {
    if (blankBetween(value, cellFrom[0]!, cellTo[0]!)) firstCell = 1;
    if (endCell > firstCell && blankBetween(value, cellFrom[endCell - 1]!, cellTo[endCell - 1]!)) endCell--;
  }
  const pipeCell = pipeCells && hasPipe && endCell - firstCell === 1;
  for (let k = firstCell; k < endCell; k++) {
    const explicit = cellExplicit[k] === 1 || (k > firstCell && cellExplicit[k - 1] === 1);
    tokenizeCell(line, cellFrom[k]!, cellTo[k]!, row, k - firstCell, emit, undefined, explicit, pipeCell);
  }
}

/** A grid cell as a line (one shape whether or not it has offsets). */
function cellLine(cell: Cell): Line {
  return { value: cell.value, start: cell.position.start.offset ?? 0, end: cell.position.end.offset ?? 0, offsets: cell.offsets };
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
  // The last unit before trailing white space (what `trimEnd()` would keep), without making that string.
  let last = value.length - 1;
  while (last >= 0 && isWhiteSpace(value.charCodeAt(last))) last--;
  if (last < 1 || !isPipe(value.charCodeAt(last))) return false;
  for (let i = 0; i < last; i++) if (isPipe(value.charCodeAt(i))) return false;
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
  // Only this loop takes tokens: what is left is known at the start, and the count is taken in one go (at the end,
  // or when it runs out, after which each token is refused and noted as over, as one take per token would).
  const left = budget ? budget.left('tokens') : Infinity;
  let settled = false;
  const emit: Emit = (t) => {
    if (!settled && tokens.length < left) {
      tokens.push(t);
      return;
    }
    if (!settled) {
      settled = true;
      budget!.take('tokens', tokens.length);
    }
    if (budget!.take('tokens')) tokens.push(t);
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
        const line = cellLine(cell);
        tokenizeCell(line, 0, line.value.length, row, cell.column, emit, { table, row: cell.row, column: cell.column }, true, false);
      }
      row++;
    }
  }
  if (budget && !settled) budget.take('tokens', tokens.length);
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
      const text = fold(cell.value).replace(/ /g, '');
      if (text.length === 0) continue;
      const list = headers.get(cell.column) ?? [];
      if (list[list.length - 1] !== text) list.push(text);
      headers.set(cell.column, list);
    }
  }
  return headers;
}
